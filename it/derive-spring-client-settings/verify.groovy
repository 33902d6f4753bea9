// Client settings Spring documents: SPRING_CLOUD_CONFIG_ENABLED=false switches the config client off (no edge to the
// config server from the starter or from product's configserver: import, no "no service provides" warning); account's
// management.tracing.zipkin.tracing.endpoint is read by no Spring Boot version, so its Zipkin reporter keeps its
// localhost default (no edge, one DERIVE-LOOPBACK-HOST warning); product's management.zipkin.tracing.endpoint is
// Spring Boot 3's key. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['account -> eureka:8761', 'product -> eureka:8761', 'product -> zipkin:9411'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'account -/-> zipkin (management.tracing.zipkin.tracing.endpoint): not a connection: the framework reads no address under management.tracing.*, only its own settings',
    "account/pom.xml:19: service 'account': io.zipkin.reporter2:zipkin-reporter-brave, a client of 'zipkin', connects to Spring Boot's default localhost:9411",
    'account -/-> spring-cloud-config (org.springframework.cloud:spring-cloud-starter-config): its configuration switches the spring-cloud-config client off: docker-compose.yml:9 spring.cloud.config.enabled is false',
    'product -/-> config (spring.config.import): not a connection: docker-compose.yml:13 spring.cloud.config.enabled is false, which switches its client off',
    'product/src/main/resources/application.yml:18 management.zipkin.tracing.endpoint names zipkin')
ItFiles.logLacks(basedir, 'DERIVE-NO-PROVIDER', 'account -> zipkin', '-> config:')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
