// orders runs in Compose only under the profile apps, and on the host otherwise: kafka:29092 from its Compose
// environment, localhost:9092 (published by kafka) and localhost:8083 (billing, on the host too) from its own
// configuration. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> kafka:9092,29092', 'orders -> billing:8083')
ItFiles.logContains(basedir,
    'orders/src/main/resources/application.properties:2 kafka.bootstrap.servers (localhost:9092: compose.yml:13 publishes Compose service kafka\'s port 9092 as the host\'s 9092, and orders runs on the host: only Compose services under a profile run it, which a plain docker compose up does not start: compose.yml:4 gives Compose service orders the profile apps) names kafka',
    'orders -> billing:8083 because orders/src/main/resources/application.properties:3 quarkus.rest-client.billing.url (localhost:8083: billing listens on 8083 on the host, where orders runs too: orders: only Compose services under a profile run it')
return true
