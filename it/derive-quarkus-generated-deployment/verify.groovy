// Quarkus' Kubernetes extensions generate the Deployments of orders (quarkus-kubernetes) and billing
// (quarkus-minikube) from their application.properties: env.vars, env.configmaps and env.mapping there are the
// services' deployment environment over the local localhost values, with the ConfigMap and the Secret resolved from
// the repository's manifests. The Secret's value is never shown. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'orders -> postgres:5432', 'orders -> billing:8080', 'orders -> logstash:12201',
    'billing -> postgres:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'orders -> billing:8080 because orders/src/main/resources/application.properties:7 quarkus.kubernetes.env.vars.quarkus-rest-client-billing-url as QUARKUS_REST_CLIENT_BILLING_URL names billing',
    'orders -> logstash:12201 because k8s/orders-env.yml:6 ConfigMap orders-env key QUARKUS_LOG_HANDLER_GELF_HOST (quarkus.kubernetes.env.configmaps) names logstash',
    'declares io.quarkus:quarkus-jdbc-postgresql (catalog: postgresql, provided by postgres); orders/src/main/resources/application.properties:2 quarkus.datasource.jdbc.url names postgres',
    'declares io.quarkus:quarkus-jdbc-postgresql (catalog: postgresql, provided by postgres); k8s/billing-db.yml:6 Secret billing-db key jdbc-url as QUARKUS_DATASOURCE_JDBC_URL (quarkus.minikube.env.mapping.quarkus-datasource-jdbc-url.from-secret) names postgres')
ItFiles.logLacks(basedir, "names host 'localhost'", 'runs on the host', 'DERIVE-UNKNOWN-HOST', 'DERIVE-LOOPBACK-HOST')
ItFiles.plantedNowhere(basedir, 'planted-s3cret')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
