// The OpenTelemetry Collector's configuration as a source of edges, on a Compose platform whose descriptors hold no
// calls: orders exports to the collector through the Java agent's OTEL_EXPORTER_OTLP_ENDPOINT; the collector (its
// file bind-mounted) connects to the exporters its pipelines list — Tempo over OTLP, Prometheus by remote write, Loki
// on the host its environment's LOGS_BACKEND names — and its prometheus receiver scrapes orders. The zipkin exporter that
// no pipeline lists and the debug exporter are no connections. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> collector:4317', 'collector -> tempo:4317', 'collector -> prometheus:9090',
                'collector -> loki:3100', 'collector -> orders:9464'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'collector -> tempo:4317 because otel/collector/config.yml:22 exporters.otlp/tempo.endpoint (exporter otlp/tempo in pipeline traces) names tempo',
    'collector -> prometheus:9090 because otel/collector/config.yml:26 exporters.prometheusremotewrite.endpoint (exporter prometheusremotewrite in pipeline metrics) names prometheus',
    'collector -> loki:3100 because otel/collector/config.yml:28 exporters.loki.endpoint (exporter loki in pipeline logs) names loki',
    'collector -> orders:9464 because otel/collector/config.yml:13 receivers.prometheus.config.scrape_configs[0].static_configs[0].targets[0] names orders',
    'ai-security: 6 services, 5 connections')
ItFiles.logLacks(basedir, '-> zipkin', 'is run by no service', 'needs ')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
