// Scrapes configured through Prometheus Operator resources, on a Kubernetes platform whose descriptors hold no calls:
// the Prometheus resource main (run by the operator as prometheus-main) selects every ServiceMonitor
// (serviceMonitorSelector: {}) and the PodMonitors labelled release: main. A ServiceMonitor endpoint's port names a
// Service port, which the Service maps to the pods' port; its targetPort names the pods' port; a PodMonitor's port
// names a container port. The PodMonitor no Prometheus selects is stated as information and scrapes nothing.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['prometheus-main -> orders:8080,9100', 'prometheus-main -> billing:9091',
                'prometheus-main -> payments:9092'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
def by = "selected by Prometheus main (deploy/k8s/monitoring.yaml:4)'s"
ItFiles.logContains(basedir,
    "prometheus-main -> orders:8080,9100 because ServiceMonitor orders (deploy/k8s/monitoring.yaml:13), ${by} serviceMonitorSelector:"
        + ' endpoints[0] scrapes Service orders (deploy/k8s/apps.yaml:18) on port web (80); Service orders'
        + ' (deploy/k8s/apps.yaml:22) maps port 80 to targetPort http (8080): orders; ServiceMonitor orders'
        + " (deploy/k8s/monitoring.yaml:13), ${by} serviceMonitorSelector: endpoints[1] scrapes Service orders"
        + ' (deploy/k8s/apps.yaml:18) on port metrics (9100): orders',
    "prometheus-main -> billing:9091 because ServiceMonitor billing (deploy/k8s/monitoring.yaml:25), ${by} serviceMonitorSelector:"
        + ' endpoints[0] scrapes Service billing (deploy/k8s/apps.yaml:41) on targetPort metrics: billing',
    "prometheus-main -> payments:9092 because PodMonitor payments (deploy/k8s/monitoring.yaml:35), ${by} podMonitorSelector:"
        + ' podMetricsEndpoints[0] scrapes the pods of payments (deploy/k8s/apps.yaml:50) on port prom (9092): payments',
    'deploy/k8s/monitoring.yaml:46: PodMonitor stray is not followed: no Prometheus resource of the repository selects it'
        + ' by its podMonitorSelector (an absent selector selects none; matchExpressions are not evaluated); the scrapes'
        + " it configures are not derived (add 'calls:' to the Prometheus service if it scrapes services of the"
        + ' platform) [DERIVE-MONITOR-NOT-FOLLOWED]')
ItFiles.logLacks(basedir, 'is run by no service', 'DERIVE-PORT-UNKNOWN', 'DERIVE-UNOWNED-MONITORING')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
def policy = new File(basedir, 'target/ai-security/manifests/services/orders/network-policy.yaml').text
assert policy.contains('''              app.kubernetes.io/name: prometheus-main
      ports:
        - port: 8080
          protocol: TCP
        - port: 9100
          protocol: TCP''') : policy
return true
