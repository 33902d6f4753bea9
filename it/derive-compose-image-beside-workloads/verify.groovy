// A Compose service that runs the module's image is a way of running it beside the Deployment that Service orders
// selects (the Kubernetes rules rank workloads, not Compose services): its CLIENTS_BILLING_URL is orders' call to
// billing, with why the Compose service runs the module; the Deployment's localhost is its own pod (no edge, no
// warning). The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> billing:8080')
ItFiles.logContains(basedir,
    'orders -> billing:8080 because compose.yml:5 clients.billing.url (Compose service ordersvc runs the module: its image'
        + ' shop/orders:1.0.0-SNAPSHOT is the image shop/orders that orders/pom.xml:20'
        + ' (dockerfile-maven-plugin <repository>) builds) names billing',
    'ai-security: 2 services, 1 connection;')
ItFiles.logLacks(basedir, "names host 'localhost'", 'DERIVE-UNMATCHED-COMPOSE-SERVICE')
return true
