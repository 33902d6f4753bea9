// Monitoring and logging files as sources of edges, on a Compose platform whose descriptors hold no
// calls: the prometheus.yml Compose mounts into Prometheus (static targets), Grafana's provisioned data
// sources, and a logback Loki4j appender of the orders service.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'prometheus -> orders:8081', 'prometheus -> loki:3100',
    'grafana -> prometheus:9090', 'grafana -> loki:3100',
    'orders -> loki:3100'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'prometheus -> orders:8081 because monitoring/prometheus.yml:10 scrape_configs[1].static_configs[0].targets[0] names orders',
    'prometheus -> loki:3100 because monitoring/prometheus.yml:13 scrape_configs[2].static_configs[0].targets[0] names loki',
    'grafana -> prometheus:9090 because monitoring/grafana/datasources/datasources.yml:6 datasources[0].url names prometheus',
    'grafana -> loki:3100 because monitoring/grafana/datasources/datasources.yml:11 datasources[1].url names loki',
    'orders -> loki:3100 because orders/src/main/resources/logback-spring.xml:7 <url> names loki')
ItFiles.logLacks(basedir, 'localhost', 'is run by no service', 'needs a variable')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
