// ${%prod.kafka.bootstrap.servers} is the line %prod.kafka.bootstrap.servers: the enricher's streams connect to kafka,
// with no unresolved-placeholder warning; the k8s profile's broker, which nothing deploys, is no edge.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'enricher -> kafka:9092')
ItFiles.logContains(basedir, 'enricher/src/main/resources/application.properties:6 quarkus.kafka-streams.bootstrap-servers names kafka')
ItFiles.logLacks(basedir, 'DERIVE-UNRESOLVED-PLACEHOLDER', 'my-cluster-kafka-bootstrap')
return true
