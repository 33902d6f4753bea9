// A Quarkus platform on Compose: the variable MicroProfile Config reads for the REST client's camelCase interface name
// overrides the file's localhost; Grafana's access: direct data source is the browser's, its access: proxy one Grafana's.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+):[\d,]+ because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['reservation -> event', 'grafana -> prometheus'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'reservation -> event:8081 because docker-compose.yml:7 SHOP_RESERVATION_EVENTSPROXY_MP_REST_URL names event',
    'grafana -> prometheus:9090 because monitoring/datasources.yaml:10 datasources[1].url names prometheus',
    'grafana -/-> host.docker.internal (datasources[0].url): not a connection: access: direct, the browser queries this data source, not the Grafana server [monitoring/datasources.yaml:6]')
ItFiles.logLacks(basedir, 'DERIVE-LOOPBACK-HOST', 'DERIVE-UNKNOWN-HOST', 'ERROR')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
