// Consul's HTTP health checks as a source of edges: Consul polls orders (Micronaut,
// consul.client.registration.check.http) and billing (Spring Cloud Consul's default HTTP check), not stock
// (Micronaut's default TTL check). The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'orders -> consul:8500', 'billing -> consul:8500', 'stock -> consul:8500',
    'consul -> orders:8080', 'consul -> billing:8081'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'consul -> orders:8080 because orders/src/main/resources/application.yml:9 consul.client.registration.check.http registers an HTTP check in Consul: consul polls the health endpoint of orders, which registers there',
    'consul -> billing:8081 because billing/pom.xml:14 declares org.springframework.cloud:spring-cloud-starter-consul-discovery, which registers an HTTP check in Consul by default: consul polls the health endpoint of billing, which registers there')
ItFiles.logLacks(basedir, 'consul -> stock')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
