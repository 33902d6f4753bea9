// Third-party containers' environment as a source of edges: Kafka, ZooKeeper, a schema registry and
// kafka-ui of the platform file run by Compose, Keycloak on PostgreSQL, and an nginx frontend module
// without Java deployed by a Kubernetes manifest; the descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'kafka -> zookeeper:2181', 'schema-registry -> kafka:29092', 'kafka-ui -> kafka:29092',
    'kafka-ui -> schema-registry:8081', 'keycloak -> postgres:5432', 'frontend -> orders:8080',
    'orders -> kafka:29092', 'orders -> schema-registry:8081'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'kafka -> zookeeper:2181 because docker-compose.yml:12 KAFKA_ZOOKEEPER_CONNECT names zookeeper',
    'schema-registry -> kafka:29092 because docker-compose.yml:20 SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS names kafka',
    'kafka-ui -> kafka:29092 because docker-compose.yml:26 KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS names kafka',
    'kafka-ui -> schema-registry:8081 because docker-compose.yml:27 KAFKA_CLUSTERS_0_SCHEMAREGISTRY names schema-registry',
    'keycloak -> postgres:5432 because docker-compose.yml:38 KC_DB_URL_HOST names postgres',
    'frontend -> orders:8080 because k8s/frontend.yaml:13 GATEWAY_URL names orders')
ItFiles.logLacks(basedir, 'localhost', '0.0.0.0', 'keycloak -> keycloak', 'postgres -> ')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
