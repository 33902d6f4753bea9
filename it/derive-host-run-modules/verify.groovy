// Modules run on the host share its loopback: localhost:8888 is the config module, localhost:8761 the registry,
// orders' localhost:8222 (app.customers-url, read by @Value) the gateway; localhost:5432 is the PostgreSQL that
// compose.yml publishes. The gateway routes to orders through the registry. Its global CORS origin localhost:4200 is
// no connection. No "the pod itself" warning, no "several". Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> config:8888', 'orders -> registry:8761', 'orders -> postgres:5432', 'orders -> gateway:8222',
    'gateway -> config:8888', 'gateway -> registry:8761', 'gateway -> orders:8070')

ItFiles.logContains(basedir,
    'orders -> gateway:8222 because orders/src/main/java/org/example/orders/CustomerClient.java:9 @Value(app.customers-url) (localhost:8222: gateway listens on 8222 on the host, where orders runs too: no Compose service or workload of the repository runs either) names gateway',
    'gateway/src/main/resources/application.yml:7 spring.config.import (localhost:8888: config listens on 8888 on the host, where gateway runs too: no Compose service or workload of the repository runs either) names config',
    'gateway -/-> localhost (spring.cloud.gateway.globalcors.cors-configurations./**.allowed-origins): not a connection: the framework reads no address under spring.cloud.gateway.globalcors.*, only its own settings',
    'ai-security: 5 services, 7 connections')
ItFiles.logLacks(basedir, 'several', 'the pod itself')
return true
