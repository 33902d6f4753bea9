// The derivation on a Spring Cloud shaped platform: exactly the graph the descriptors and
// dependencies say, no self-edge, no edge from an excluded or embedded library, scrape edges.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+):[\d,]+ because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def services = ['customers-service', 'vets-service', 'visits-service']
def expected = [] as Set
['api-gateway', *services].each { s ->
    ['discovery-server', 'config-server', 'tracing-server', 'admin-server'].each { expected << "$s -> $it".toString() }
}
services.each { expected << "api-gateway -> $it".toString(); expected << "$it -> mysql".toString() }
expected << 'config-server -> discovery-server' << 'discovery-server -> config-server' << 'admin-server -> discovery-server'
// no configuration names a Eureka server: every client registers in the only one (issue 30, point 4), and the
// Spring Boot Admin server reaches each service registered there, as it does in the real platform
['api-gateway', 'config-server', *services].each { expected << "admin-server -> $it".toString() }
// only the API services that declare a metrics port are scraped; the others are reported
['api-gateway', *services].each { expected << "prometheus -> $it".toString() }
expected << 'grafana -> prometheus'
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
assert !edges.any { it.split(' -> ')[0] == it.split(' -> ')[1] } : 'self-edge'
ItFiles.logContains(basedir,
    'vets-service -/-> redis (org.springframework.boot:spring-boot-starter-data-redis): excluded: the Redis cache is switched off in production',
    'customers-service -/-> (embedded) (com.h2database:h2): embedded engine, never a network peer',
    'api-gateway -/-> (scraped) (io.micrometer:micrometer-registry-prometheus): metrics library that is scraped, not a call',
    'customers-service -> mysql:3306 because spring-petclinic-customers-service/pom.xml',
    'com.mysql:mysql-connector-j (catalog: mysql, provided by mysql)',
    'prometheus -> customers-service:8081 because prometheus/src/main/ai-security/service.yaml:5 scrapes role api (customers-service)',
    "service 'prometheus': scrapes config-server on port metrics, but config-server declares only http=8888/TCP; it is not scraped")
ItFiles.logLacks(basedir, 'redis:', '-> vets-service:8080 because prometheus')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
assert md.contains('## Why each declared connection exists')
return true
