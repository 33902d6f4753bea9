// Prometheus Operator monitors rendered by a Helm chart of the repository, on a Kubernetes platform whose descriptors
// hold no calls: the chart's ServiceMonitor scrapes orders through the Service it selects (its metrics port), its
// PodMonitor the payments pods on their prom port, both selected by the Prometheus resource of a plain manifest; the
// audit monitor its values leave out is none. The evidence names the chart's templates. Skipped where helm-java has
// no native Helm for the machine.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
if (log.contains('is not rendered: helm-java has no native Helm library') || log.contains('the native Helm library does not load')) {
    println 'derive-helm-monitors: skipped, Helm cannot run on this machine'
    return true
}
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['prometheus-main -> orders:9100', 'prometheus-main -> payments:9092'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    "prometheus-main -> orders:9100 because ServiceMonitor shop-orders (helm/shop/templates/monitors.yaml:4), selected by Prometheus main (k8s/prometheus.yaml:4)'s serviceMonitorSelector: endpoints[0] scrapes Service orders (helm/shop/templates/orders.yaml:22) on port metrics (9100): orders",
    "prometheus-main -> payments:9092 because PodMonitor shop-payments (helm/shop/templates/monitors.yaml:16), selected by Prometheus main (k8s/prometheus.yaml:4)'s podMonitorSelector: podMetricsEndpoints[0] scrapes the pods of payments (helm/shop/templates/payments.yaml:4) on port prom (9092): payments",
    'ai-security: 3 services, 2 connections')
ItFiles.logLacks(basedir, 'shop-audit', 'is not rendered', 'cannot render', 'not followed')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
