# The three POMs import com.redhat.quarkus.platform:quarkus-bom and quarkus-camel-bom 3.20.2.SP1-redhat-00003 from
# https://maven.repository.redhat.com/ga (order/pom.xml:13-15, :144-154), which this machine cannot reach, so Maven
# cannot read the projects. The BOM coordinates are properties; the community platform of the same Quarkus line
# (io.quarkus.platform 3.20.0, on Maven Central) gives them here. generate-security reads no dependency jar.
# The applications run in one namespace each (Argo CD destinations, demo-camel-saga/argo-apps/*.yaml) and name the
# shared Kafka by its namespace (demo-cluster-kafka-bootstrap.kafka.svc.cluster.local); the plugin generates one
# namespace, so the platform is generated for namespace kafka, where the broker and Kafka UI run.
mkdir -p .mvn && printf '%s\n' '-Dquarkus.platform.group-id=io.quarkus.platform -Dquarkus.platform.version=3.20.0 -Dai-security.namespace=kafka' >> .mvn/maven.config
