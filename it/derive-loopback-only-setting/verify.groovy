// A client set only to the loopback host in a deployed service is no edge (the pod itself), with a warning and explain's
// reason; the deployment's environment naming the server is an edge. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['cart -> redis:6379'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'ai-security: web -/-> redis (org.springframework.boot:spring-boot-starter-data-redis): its configuration points it at the loopback host, the pod itself once deployed [web/src/main/resources/application.yml:4 spring.data.redis.host]',
    "service 'web': web/src/main/resources/application.yml:4 spring.data.redis.host names host 'localhost', the pod itself once deployed; name the service it means [DERIVE-LOOPBACK-HOST]",
    'ai-security: 3 services, 1 connection')
ItFiles.logLacks(basedir, 'web -> ')
return true
