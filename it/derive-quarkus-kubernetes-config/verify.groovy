// Quarkus' kubernetes-config extension as a source of configuration: the ConfigMaps that
// quarkus.kubernetes-config.config-maps names override the local localhost values; Jaeger is reached
// through its Service jaeger-agent; a key whose extension is missing (billing's quarkus.jaeger.*) and the
// address a service listens on (quarkus.http.host) are no edges. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'orders -> postgres:5432', 'orders -> billing:8080', 'orders -> logstash:12201', 'orders -> jaeger:6831',
    'billing -> postgres:5432', 'billing -> logstash:12201'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'orders/orders-config.yml:7 quarkus.datasource.jdbc.url (ConfigMap orders-config key application.properties, read by quarkus-kubernetes-config) names postgres',
    'orders -> billing:8080 because orders/orders-config.yml:8 quarkus.rest-client.billing.url (ConfigMap orders-config key application.properties, read by quarkus-kubernetes-config) names billing',
    'orders -> jaeger:6831 because orders/orders-config.yml:12 quarkus.jaeger.agent-host-port (ConfigMap orders-config key application.properties, read by quarkus-kubernetes-config) names jaeger-agent (jaeger/jaeger.yml:22 Service jaeger-agent selects the pods of Deployment jaeger, which runs jaeger)',
    'billing -> logstash:12201 because billing/billing-config.yml:14 quarkus.log.handler.gelf.host (ConfigMap billing-config key application.yaml, read by quarkus-kubernetes-config) names logstash',
    'billing -/-> jaeger-agent (quarkus.jaeger.agent-host-port): not a connection: no library on the classpath of billing reads quarkus.jaeger.*',
    'orders -/-> 0.0.0.0 (quarkus.http.host): not a connection: quarkus.http.host is the address orders itself listens on')
ItFiles.logLacks(basedir, "names host 'localhost'", 'billing -> jaeger', 'DERIVE-UNKNOWN-HOST')
def policy = new File(basedir, 'target/ai-security/manifests/services/jaeger/network-policy.yaml').text
assert policy.contains('port: 6831') && policy.contains('protocol: UDP') : policy
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
