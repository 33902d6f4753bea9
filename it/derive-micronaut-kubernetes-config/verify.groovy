// Micronaut Kubernetes' configuration client as a source of configuration: orders reads the ConfigMap and the Secret
// its labels select (the ConfigMap's application.yml entry names billing, the Secret's mongodb.uri orders-mongo among
// two MongoDB services); billing reads the ConfigMap its includes name (a literal mongodb.uri entry) and no Secret,
// since kubernetes.client.secrets.enabled is not true, so billing's Secret (which says orders-mongo) configures
// nothing. The local files' localhost is overridden. A Secret's value appears nowhere. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> orders-mongo:27017', 'orders -> billing:8080', 'billing -> billing-mongo:27017'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'orders -> billing:8080 because orders/k8s/deployment.yaml:13 micronaut.http.services.billing.url (ConfigMap orders key application.yml, read by micronaut-kubernetes) names billing',
    'orders/k8s/deployment.yaml:23 (Secret orders key mongodb.uri, read by micronaut-kubernetes) names orders-mongo',
    'billing/k8s/deployment.yaml:6 (ConfigMap billing key mongodb.uri, read by micronaut-kubernetes) names billing-mongo')
ItFiles.logLacks(basedir, "names host 'localhost'", 'billing -> orders-mongo', 'several services provide')
ItFiles.plantedNowhere(basedir, 'pl4nted-0rders-pw', 'pl4nted-b1lling-pw')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
