// A chart named ShopPlatform (a valid chart name, no valid release name) is rendered under the release name
// shopplatform, as Helm requires and as a user installs it, instead of failing with "invalid release name":
// the workload's JDBC URL, built from {{ .Release.Name }}, gives the exact graph with descriptors that hold no
// calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> shopplatform-db:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'orders -> shopplatform-db:5432 because helm/ShopPlatform/templates/orders.yaml from values helm/ShopPlatform/values.yaml:2 spring.datasource.url names shopplatform-db')
ItFiles.logLacks(basedir, 'cannot render', 'is not rendered', 'invalid release name')

def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
