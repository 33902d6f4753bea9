// A Spring Cloud platform whose configuration repository is kept outside the code repository (a config
// server backed by Git), with descriptors that hold no calls. Run 1 reads the checked-out repository
// (configDirectories); run 2 does not, says so in one info line, and derives only what the code
// repository says. Eureka clients configured nowhere register in the only registry, so the Spring Boot
// Admin server reaches them; discovery calls, a load-balanced RestTemplate and an HTTP interface give the
// rest. A Deployment's app.openshift.io/connects-to alone (a console hint) is no connection.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def runs = log.split(/BUILD SUCCESS/)
assert runs.size() >= 2 : 'two runs, each successful'
def edgesOf = { String text ->
    (text =~ /ai-security: (\S+) -> (\S+):[\d,]+ because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
}
def registered = ['gateway', 'customers', 'visits', 'vets'].collect { "admin -> ${it}".toString() }
def withoutRepository = [
    'gateway -> config-server', 'gateway -> registry',
    'customers -> config-server', 'customers -> registry', 'customers -> visits', 'customers -> vets',
    'visits -> config-server', 'visits -> registry',
    'vets -> config-server', 'vets -> registry',
    'admin -> registry'] + registered as Set
def expected = withoutRepository + ['gateway -> customers', 'gateway -> visits', 'visits -> vets'] as Set

def first = edgesOf(runs[0])
assert first == expected : "with configDirectories: missing ${expected - first}, unexpected ${first - expected}"
def second = edgesOf(runs[1])
assert second == withoutRepository : "without: missing ${withoutRepository - second}, unexpected ${second - withoutRepository}"

ItFiles.logContains(basedir,
    'gateway -> customers:8081 because config-repo/gateway.yml:6 spring.cloud.gateway.routes[0].uri names customers',
    'gateway -> visits:8082 because config-repo/gateway.yml:10 spring.cloud.gateway.routes[1].uri names visits',
    'visits/src/main/java/org/example/petclinic/visits/VetsClientConfiguration.java:15 baseUrl(vetsEndpoint) names vets',
    'config-repo/visits/visits.yml:3 vets.endpoint names vets',
    'customers -> visits:8082 because customers/src/main/java/org/example/petclinic/customers/OwnerVisits.java:19 DiscoveryClient.getInstances("visits") names visits',
    'customers -> vets:8083 because customers/src/main/java/org/example/petclinic/customers/OwnerVisits.java:23 "http://vets/vets" names vets',
    'ai-security: vets -/-> vets-db (app.openshift.io/connects-to): a topology hint of the OpenShift console, not a connection; nothing else vets runs with names vets-db [k8s/vets.yaml:6]',
    'customers -> registry:8761 because customers/pom.xml:15 declares org.springframework.cloud:spring-cloud-starter-netflix-eureka-client (catalog: eureka, provided by registry, whose registry/pom.xml:14 declares org.springframework.cloud:spring-cloud-starter-netflix-eureka-server); customers/pom.xml:15 declares org.springframework.cloud:spring-cloud-starter-netflix-eureka-client and its configuration names no eureka registry; registry is the platform\'s only eureka registry',
    'admin -> vets:8083 because admin/pom.xml:14 declares de.codecentric:spring-boot-admin-starter-server (spring-boot-admin: calls every service registered in registry; vets registers at vets/pom.xml:15 declares')

def note = 'info: configuration kept outside this repository is not read: config-server\'s Git repository' +
    ' (config-server/src/main/resources/application.yml:10 spring.cloud.config.server.git.uri); the connections' +
    ' its settings make are not derived. Check it out and name its folders with -Dai-security.configDirectories='
assert !runs[0].contains(note) : 'run 1 names the folders: no note'
assert runs[1].count(note) == 1 : "run 2: the note once\n" + runs[1]
assert runs[1].contains('[INFO] ' + note) : 'information, logged at INFO, not as a warning'
ItFiles.logLacks(basedir, 'no service provides', 'localhost', 'example/petclinic-config')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
