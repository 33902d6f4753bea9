// A chart whose templates and packaged dependency (charts/postgresql-1.0.0.tgz) call Helm's `lookup` renders
// as `helm template` documents it, without a cluster: `lookup` is an empty map, so the chart's Secret takes its
// first-install branch and the workload's JDBC URL (secretKeyRef) gives the exact graph with descriptors that
// hold no calls. The bundled Helm asks no API server (no client-go errors, no localhost), the repository's
// archive and templates are left as they are, and the planted passwords appear nowhere.
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> orders-postgresql:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'orders -> orders-postgresql:5432 because helm/orders/templates/secret.yaml from values helm/orders/values.yaml:2 Secret orders-db key jdbc-url as SPRING_DATASOURCE_URL names orders-postgresql')
ItFiles.logLacks(basedir, 'cannot render', 'is not rendered', 'cannot be copied', 'depends on chart',
    'unable to retrieve resource list', 'apiresource', 'localhost', 'connection refused')

def chart = basedir.toPath().resolve('helm/orders')
assert Files.isRegularFile(chart.resolve('charts/postgresql-1.0.0.tgz')) : 'the archive is left in the repository'
assert !Files.exists(chart.resolve('charts/postgresql')) : 'nothing is unpacked into the repository'
assert Files.readString(chart.resolve('templates/secret.yaml')).contains('lookup "v1" "Secret"') : 'the template is left as it is'

ItFiles.plantedNowhere(basedir, *['PwLookupIt0815', 'PwLookupIt0816'])

def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
