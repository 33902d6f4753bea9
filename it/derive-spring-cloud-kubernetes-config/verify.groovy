// Spring Cloud Kubernetes' config as a source of configuration: the ConfigMap shop-config that bootstrap.yml's
// profile kubernetes names (the Deployments activate it) gives the gateway its routes; vets and visits read the same
// ConfigMap but carry no gateway, so its routes are no edges of theirs. Brave's Zipkin reporter sends nothing under
// Spring Boot 2 without spring-cloud-sleuth-zipkin: vets has no Zipkin edge, visits (which carries it) one, located by
// spring.zipkin.base-url. carts' OpenTelemetry SDK is disabled: no OTLP edge, no warning for its endpoint or exporter.
// The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['gateway -> vets:8080', 'gateway -> visits:8080', 'visits -> zipkin:9411'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'gateway -> vets:8080 because k8s/shop-config.yaml:17 spring.cloud.gateway.routes[0].uri (ConfigMap shop-config key application.yaml, read by spring-cloud-kubernetes) names vets.shop.svc.cluster.local',
    'vets -/-> zipkin (io.zipkin.reporter2:zipkin-reporter-brave): not a connection: io.zipkin.reporter2:zipkin-reporter-brave has no sender under Spring Boot 2.7.18',
    'visits -> zipkin:9411 because k8s/shop-config.yaml:12 spring.zipkin.base-url (ConfigMap shop-config key application.yaml, read by spring-cloud-kubernetes) names zipkin',
    'otel.sdk.disabled is true, which switches its client off')
ItFiles.logLacks(basedir, "names host 'jaeger-collector'", "no service provides 'otlp'", 'vets -> visits', 'visits -> vets',
    'vets -> zipkin')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
