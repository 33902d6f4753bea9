// Service charts that depend on a common chart of the repository through `repository: file://../service`
// are rendered with that chart vendored, as `helm dependency build` would, so the Deployments and Services
// the common chart writes from each service chart's values give the exact graph with descriptors that hold
// no calls; the evidence names the common chart's template and the service chart's values file; no
// dependency warning; the repository is left as it was (no charts/ folder written into it).
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> catalog:8081', 'orders -> postgres:5432', 'catalog -> postgres:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'orders -> catalog:8081 because deploy/charts/service/templates/deployment.yaml from values deploy/charts/orders/values.yaml:5 app.catalog.url names catalog; Service catalog (deploy/charts/service/templates/service.yaml:9) maps port 80 to targetPort http (8081)',
    'orders -> postgres:5432 because deploy/charts/service/templates/deployment.yaml from values deploy/charts/orders/values.yaml:6 spring.datasource.url names postgres',
    'catalog -> postgres:5432 because deploy/charts/service/templates/deployment.yaml from values deploy/charts/catalog/values.yaml:5 spring.datasource.url names postgres')
ItFiles.logLacks(basedir, 'depends on chart', 'is not rendered', 'cannot render', 'cannot be copied')
['orders', 'catalog'].each {
    assert !Files.exists(basedir.toPath().resolve("deploy/charts/${it}/charts")) : "nothing is vendored into ${it}'s folder"
}
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
