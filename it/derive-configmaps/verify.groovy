// A Kubernetes-manifest platform whose every connection setting lives in ConfigMaps and Secrets (env
// valueFrom, envFrom with and without a prefix, Quarkus property-style keys, kustomize generators) and
// whose Services map port 80 to the pods' port: descriptors hold no calls, yet the exact graph is derived,
// on the pods' ports, with evidence naming the ConfigMap or Secret and key (never a value) and the
// Service's mapping; a Secret that is in no file of the repository is one warning; the password planted in
// a Secret's JDBC URL appears nowhere, at debug level or in any written file.
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build ran at debug level'
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'catalog -> postgres:5432', 'catalog -> kafka:9092',
    'orders -> postgres:5432', 'orders -> kafka:9092', 'orders -> catalog:8080', 'orders -> payments:8081',
    'payments -> postgres:5432', 'payments -> kafka:9092',
    'gateway -> orders:8080', 'gateway -> catalog:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'catalog -> postgres:5432 because deploy/k8s/catalog.yaml:46 Secret catalog-db key jdbc-url as SPRING_DATASOURCE_URL names postgres',
    'catalog -> kafka:9092 because deploy/k8s/catalog.yaml:38 ConfigMap catalog-config key SPRING_KAFKA_BOOTSTRAP_SERVERS names kafka',
    'orders -> postgres:5432 because deploy/k8s/orders/db.env:2 Secret orders-db key SPRING_DATASOURCE_URL names postgres',
    'orders -> kafka:9092 because deploy/k8s/orders/kafka-config.yaml:6 ConfigMap orders-kafka key KAFKA_BOOTSTRAP_SERVERS as SPRING_KAFKA_BOOTSTRAP_SERVERS names kafka',
    'orders -> catalog:8080 because deploy/k8s/orders/kustomization.yaml:5 ConfigMap orders-clients key APP_CATALOG_URL names catalog; Service catalog (deploy/k8s/catalog.yaml:31) maps port 80 to targetPort http (8080)',
    'orders -> payments:8081 because deploy/k8s/orders/kustomization.yaml:6 ConfigMap orders-clients key APP_PAYMENTS_URL names payments; Service payments (deploy/k8s/payments.yaml:26) maps port 80 to targetPort 8081',
    'payments -> postgres:5432 because deploy/k8s/payments.yaml:33 ConfigMap payments-config key quarkus.datasource.reactive.url names postgres',
    'payments -> kafka:9092 because deploy/k8s/payments.yaml:34 ConfigMap payments-config key kafka.bootstrap.servers names kafka',
    'gateway -> orders:8080 because gateway/src/main/resources/application.yml:8 spring.cloud.gateway.routes[0].uri names orders; Service orders (deploy/k8s/orders/deployment.yaml:29) maps port 80 to targetPort 8080',
    'gateway -> catalog:8080 because gateway/src/main/resources/application.yml:11 spring.cloud.gateway.routes[1].uri names catalog; Service catalog (deploy/k8s/catalog.yaml:31) maps port 80 to targetPort http (8080)',
    'deploy/k8s/infrastructure.yaml:18: StatefulSet postgres takes its environment from Secret postgres-admin, which is in no manifest or kustomize generator of the repository')
assert log.count('takes its environment from Secret postgres-admin') == 1 : 'one warning for the missing Secret'
ItFiles.logLacks(basedir, 'orders-extra', 'declares only', 'localhost', 'needs SPRING_DATASOURCE_URL', 'needs ORDERS_URI')

// the planted password (and the base64 of the JDBC URL holding it) is nowhere: log, reports, SARIF, manifests
ItFiles.plantedNowhere(basedir, *['PwCatalogJdbc4711', 'PwOrdersJdbc4711', 'PwPaymentsDb4711',
               'amRiYzpwb3N0Z3Jlc3FsOi8vY2F0YWxvZzpQd0NhdGFsb2dKZGJjNDcxMUBwb3N0Z3Jlczo1NDMyL2NhdGFsb2c='])

def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
