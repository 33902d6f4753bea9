// A Kubernetes platform deployed by a Helm chart kept in the repository: the chart is rendered with its
// values.yaml and the helmValues file (deploy/market-values.yaml) and read like plain manifests, so the
// workloads' ConfigMaps, Secret and env give the exact graph with descriptors that hold no calls; the
// evidence names the template and the values file (never a Secret's value); the chart's Services map port
// 80 to the pods' port; the dependency that is not vendored is one warning; the templates are not read
// as YAML; the password planted in values.yaml appears nowhere, at debug level or in any written file.
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build ran at debug level'
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'catalog -> postgres:5432', 'catalog -> kafka:9092',
    'orders -> postgres:5432', 'orders -> catalog:8080', 'orders -> payments:8081',
    'payments -> postgres:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'catalog -> kafka:9092 because helm/market/templates/config.yaml from values helm/market/values.yaml:12 ConfigMap market-kafka key bootstrap-servers as SPRING_KAFKA_BOOTSTRAP_SERVERS names kafka',
    'catalog -> postgres:5432 because helm/market/templates/secret.yaml:9 Secret market-db key catalog-jdbc-url as SPRING_DATASOURCE_URL names postgres',
    'orders -> catalog:8080 because helm/market/templates/config.yaml from values helm/market/values.yaml:14 ConfigMap orders-clients key APP_CATALOG_URL names catalog; Service catalog (helm/market/templates/catalog.yaml:34) maps port 80 to targetPort http (8080)',
    'orders -> payments:8081 because helm/market/templates/config.yaml from values deploy/market-values.yaml:3 ConfigMap orders-clients key APP_PAYMENTS_URL names payments; Service payments (helm/market/templates/payments.yaml:31) maps port 80 to targetPort 8081',
    'orders -> postgres:5432 because helm/market/templates/secret.yaml:10 Secret market-db key orders-jdbc-url as SPRING_DATASOURCE_URL names postgres',
    'payments -> postgres:5432 because helm/market/templates/payments.yaml from values helm/market/values.yaml:7 spring.datasource.url names postgres',
    'helm/market/Chart.yaml:8: the Helm chart market depends on chart postgresql, which is not in its charts/ folder and is not downloaded during the build; the chart is rendered without it')
assert log.count('depends on chart postgresql') == 1 : 'one warning for the dependency that is not vendored'
// values.yaml's paymentsUrl (localhost) is overridden by the helmValues file; a template read as YAML would show its {{ }}
ItFiles.logLacks(basedir, '{{', '.Values', 'localhost', 'declares only', 'is not rendered', 'cannot render')

// the planted password (in values.yaml, rendered into the Secret's JDBC URLs) is nowhere: log, reports, SARIF, manifests
ItFiles.plantedNowhere(basedir, *['PwMarketDb4711'])

def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
// every generated YAML file starts with the line naming the project it came from
assert ItFiles.headed(basedir, 'target/ai-security', 'org.example.market:market') > 0
return true
