// An image name whose first segment is a placeholder left unresolved (${docker.prefix}/billing) is no name to compare:
// the placeholder may stand for a registry or a namespace. So Deployment payments, running
// registry.example.com/billing:1.0, is not taken to run billing, and its datasource URL (ledger-db) is not billing's;
// billing's own configuration names billing-db. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'billing -> billing-db:5432')
ItFiles.logContains(basedir,
    'billing -> billing-db:5432 because billing/src/main/resources/application.yml:3 spring.datasource.url names billing-db',
    'k8s/payments.yaml:4: Deployment payments runs none of the services, so the connections its environment sets (to ledger-db) are not derived')
ItFiles.logLacks(basedir, 'billing -> ledger-db', 'runs billing:', 'Deployment payments runs billing')
return true
