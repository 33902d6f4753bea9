// Framework conventions, with descriptors that hold no calls: server libraries provide their products,
// Spring Boot's legacy variable form, management.opentelemetry.* only with an OTLP exporter, the OpenTelemetry
// Java agent's endpoint variables only where the agent is loaded, Stork service discovery, and a connects-to
// annotation that keeps the port the configuration gives. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
return true
