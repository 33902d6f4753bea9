// A Compose platform on the host's network: orders (network_mode: host) reaches localhost:5433, the port orders_db
// publishes (its 5432), Kafka and Redis listening on the host network (Redis on the catalog's port of the key, which
// gives none); Kafka's and the Kafka manager's localhost:2181 is ZooKeeper on the host network. billing, on its own network,
// names billing_db, the Compose name of billing-db. No "the pod itself" warning, no "several providers" error for the
// two PostgreSQL servers. Descriptors hold no calls. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> orders-db:5432', 'orders -> kafka:9092', 'orders -> redis:6379',
                'billing -> billing-db:5432', 'kafka -> zookeeper:2181', 'kafka-manager -> zookeeper:2181'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'orders -> orders-db:5432 because orders/src/main/resources/application.yml:5 spring.datasource.url (localhost:5433 on the host network: docker-compose.yml:4 runs Compose service orders with network_mode: host, and docker-compose.yml:10 publishes Compose service orders_db\'s port 5432 as the host\'s 5433) names orders-db',
    'orders -> kafka:9092 because orders/pom.xml:17 declares org.springframework.kafka:spring-kafka (catalog: kafka, provided by kafka); orders/src/main/resources/application.yml:7 spring.kafka.bootstrap-servers (localhost:9092 on the host network: docker-compose.yml:4 runs Compose service orders with network_mode: host, and docker-compose.yml:18 runs Compose service kafka with network_mode: host, which listens on 9092) names kafka',
    'orders/src/main/resources/application.yml:10 spring.data.redis.host (localhost:6379 on the host network: docker-compose.yml:4 runs Compose service orders with network_mode: host, and docker-compose.yml:23 runs Compose service redis with network_mode: host, which listens on 6379) names redis',
    'kafka -> zookeeper:2181 because docker-compose.yml:20 KAFKA_ZOOKEEPER_CONNECT (localhost:2181 on the host network: docker-compose.yml:18 runs Compose service kafka with network_mode: host, and docker-compose.yml:15 runs Compose service zookeeper with network_mode: host, which listens on 2181) names zookeeper',
    'billing -> billing-db:5432 because billing/src/main/resources/application.yml:5 spring.datasource.url names billing_db (Compose service billing_db of docker-compose.yml runs billing-db)',
    'kafka-manager -> zookeeper:2181 because docker-compose.yml:28 ZK_HOSTS (localhost:2181 on the host network: docker-compose.yml:26 runs Compose service kafka_manager with network_mode: host, and docker-compose.yml:15 runs Compose service zookeeper with network_mode: host, which listens on 2181) names zookeeper',
    'ai-security: 8 services, 6 connections')
ItFiles.logLacks(basedir, 'several', 'the pod itself', 'DERIVE-LOOPBACK-HOST', 'DERIVE-UNKNOWN-HOST')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
