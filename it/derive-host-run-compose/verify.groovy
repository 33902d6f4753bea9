// Services run on the host reach the ports the Compose file publishes: localhost:5433 is orders_db's 5432 (the
// platform's orders-db: Compose's underscore is Kubernetes' dash), localhost:19092 redpanda's 19092, localhost:8500
// Consul's. The gateway's Kafka client is left at localhost:9092, which no Compose service publishes: no edge, one
// warning. No "several providers" error, no "the pod itself" warning for the host-run services. Consul polls the
// health check Spring Cloud Consul registers for both services. Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432', 'orders -> redpanda:19092', 'orders -> consul:8500',
    'gateway -> consul:8500', 'consul -> orders:9090', 'consul -> gateway:8080')

ItFiles.logContains(basedir,
    'orders -> orders-db:5432 because orders/src/main/resources/application.yml:5 spring.datasource.url (localhost:5433: compose.yml:9 publishes Compose service orders_db\'s port 5432 as the host\'s 5433, and orders runs on the host: no Compose service or workload of the repository runs it) names orders-db',
    'gateway/pom.xml:16: service \'gateway\': org.springframework.cloud:spring-cloud-stream-binder-kafka, a client of \'kafka\', connects to its framework\'s default localhost:9092',
    'where no Compose service of the repository publishes port 9092; no connection to redpanda is derived',
    'ai-security: 6 services, 6 connections')
ItFiles.logLacks(basedir, 'several', 'the pod itself')
return true
