// The Service Quarkus' quarkus-kubernetes extension generates (not in the repository): its port 80 leads to the
// service's HTTP port, so http://dummy:80 is dummy's 8090 and not its management port 9000; a Service of the
// repository (k8s/stock.yaml) wins over the generated one. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['gateway -> dummy:8090', 'gateway -> stock:9090'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'gateway -> dummy:8090 because gateway/src/main/resources/application.properties:2 dummy-api/mp-rest/url names dummy; Service dummy (dummy/pom.xml:14) maps port 80 to targetPort 8090',
    'gateway -> stock:9090 because gateway/src/main/resources/application.properties:3 stock-api/mp-rest/url names stock; Service stock (k8s/stock.yaml:9) maps port 80 to targetPort 9090')
ItFiles.logLacks(basedir, 'DERIVE-PORT-UNKNOWN', 'declares only')
def policy = new File(basedir, 'target/ai-security/manifests/services/dummy/network-policy.yaml').text
assert policy.contains('port: 8090') && !policy.contains('port: 9000') : policy
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
