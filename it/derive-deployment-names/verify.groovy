// Deployments that name the services otherwise than the modules: Kubernetes workloads tied to their module
// by a Service's selector, a name label and the only container, a workload that runs no module stated once
// (no edge); Compose network aliases and container names as host names; pass-through variables unset, so
// the configuration keeps its defaults and nothing is reported as naming itself. Descriptors hold no calls,
// yet the exact graph is derived, with evidence naming why each workload runs its module.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
ItFiles.edgesAre(basedir, 'orders -> catalog:8080', 'catalog -> postgres:5432', 'billing -> orders:8080',
    'gateway -> orders:8080', 'gateway -> notifier:8080', 'notifier -> gateway:8080')

ItFiles.logContains(basedir,
    'orders -> catalog:8080 because deploy/k8s/orders.yaml:17 app.catalog.url (Deployment shop-orders runs orders: Service orders selects its pods) names catalog',
    'catalog -> postgres:5432 because deploy/k8s/catalog.yaml:17 spring.datasource.url (Deployment catalog-v2 runs catalog: its pods\' label app.kubernetes.io/name is catalog) names postgres',
    'billing -> orders:8080 because deploy/k8s/billing.yaml:20 app.orders.url (Deployment billing-worker runs billing: its only container is named billing) names orders',
    'gateway -> orders:8080 because gateway/src/main/resources/application.yml:9 app.orders.url names orders',
    'gateway -> notifier:8080 because gateway/src/main/resources/application.yml:11 app.mailer.url names mailer (docker-compose.yml:12 gives Compose service notifier the container name mailer)',
    'notifier -> gateway:8080 because docker-compose.yml:15 app.gateway.url names edge (docker-compose.yml:6 gives Compose service gateway on network backend the alias edge)',
    '[INFO] ai-security: deploy/k8s/reports.yaml:5: Deployment legacy-reports runs none of the services, so the connections its environment sets (to orders) are not derived',
    'ai-security: 6 services, 6 connections')
assert log.count('Deployment legacy-reports runs none of the services') == 1 : 'one notice for the workload that runs no module'
ItFiles.logLacks(basedir, 'names itself', 'APP_ORDERS_URL', 'OPENAI_API_KEY', 'names host', 'localhost')
return true
