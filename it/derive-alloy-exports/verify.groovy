// Grafana Alloy's config.alloy sends traces to tempo:4317 and logs to loki:3100; Prometheus sends alerts to
// alertmanager:9093 and scrapes web:8081; web's Spring Boot 4 OTLP endpoint is alloy:4318 only (not the collector's
// every otlp port). Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'alloy -> tempo:4317', 'alloy -> loki:3100', 'prometheus -> alertmanager:9093',
    'prometheus -> web:8081', 'web -> alloy:4318')

ItFiles.logContains(basedir,
    'alloy -> tempo:4317 because observability/config.alloy:13 otelcol.exporter.otlp "tempo" client.endpoint names tempo',
    'alloy -> loki:3100 because observability/config.alloy:30 loki.write "default" endpoint.url names loki',
    'prometheus -> alertmanager:9093 because observability/prometheus.yml:4 alerting.alertmanagers[0].static_configs[0].targets[0] names alertmanager',
    'web -> alloy:4318 because web/pom.xml:16 declares org.springframework.boot:spring-boot-starter-opentelemetry (catalog: otlp, provided by alloy); web/src/main/resources/application.yml:10 management.opentelemetry.tracing.export.otlp.endpoint names alloy')
ItFiles.logLacks(basedir, 'DERIVE-UNKNOWN-HOST', 'unix:')
return true
