package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorExportsTest {

    private static final String PLATFORM = """
            services:
              - {name: collector, role: monitoring, ports: [{name: otlp-grpc, port: 4317}, {name: metrics, port: 8888}]}
              - {name: tempo, ports: [{name: http, port: 3200}, {name: otlp, port: 4317}]}
              - {name: loki, ports: [{name: http, port: 3100}]}
              - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}
              - {name: kafka, ports: [{name: kafka, port: 9092}]}
            """;
    private static final String WEB = "ports: [{name: http, port: 8080}, {name: metrics, port: 8081}]\n";

    private static final String CONFIG = """
            receivers:
              otlp:
                protocols:
                  grpc:
                    endpoint: 0.0.0.0:4317
            processors:
              batch:
            exporters:
              debug:
                verbosity: detailed
              otlp/tempo:
                endpoint: tempo:4317
                tls:
                  insecure: true
              prometheusremotewrite:
                endpoint: http://prometheus:9090/api/v1/write
              loki:
                endpoint: ${env:LOKI_URL}
              zipkin:
                endpoint: http://zipkin:9411/api/v2/spans
            service:
              pipelines:
                traces:
                  receivers: [otlp]
                  processors: [batch]
                  exporters: [otlp/tempo, debug]
                metrics:
                  receivers: [otlp]
                  exporters: [prometheusremotewrite]
                logs:
                  receivers: [otlp]
                  exporters: [loki, otlp/tempo]
            """;

    @TempDir
    Path dir;

    private SourceRun run(Fixtures fixtures) throws Exception {
        return SourceRun.of(dir, fixtures.platformFile(PLATFORM).modules(), new CollectorExports());
    }

    @Test
    void theExportersThePipelinesListAreTheCollectorsCalleesWithTheFileLineAndExporterAsEvidence() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  collector:
                    image: otel/opentelemetry-collector-contrib:0.105.0
                    command: ["--config=/etc/otelcol-config.yml"]
                    environment:
                      LOKI_URL: http://loki:3100/loki/api/v1/push
                    volumes:
                      - ./otel/otelcol-config.yml:/etc/otelcol-config.yml
                """);
        SourceRun.write(dir, "otel/otelcol-config.yml", CONFIG);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(Map.of(
                "collector->tempo", List.of("otel/otelcol-config.yml:12 exporters.otlp/tempo.endpoint (exporter"
                        + " otlp/tempo in pipelines logs, traces) names tempo"),
                "collector->prometheus", List.of("otel/otelcol-config.yml:16 exporters.prometheusremotewrite.endpoint"
                        + " (exporter prometheusremotewrite in pipeline metrics) names prometheus"),
                "collector->loki", List.of("otel/otelcol-config.yml:18 exporters.loki.endpoint (exporter loki in"
                        + " pipeline logs) names loki")), run.edges());
        assertEquals(List.of(4317), run.ports().get("collector->tempo"));
        assertEquals(List.of(9090), run.ports().get("collector->prometheus"));
        assertEquals(List.of(3100), run.ports().get("collector->loki"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void anExporterNoPipelineListsIsNoConnection() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  collector:
                    image: otel/opentelemetry-collector:0.105.0
                    volumes: ['./otel:/etc/otelcol']
                """);
        SourceRun.write(dir, "otel/config.yaml", """
                receivers:
                  otlp:
                    protocols: {grpc: {}}
                exporters:
                  otlp:
                    endpoint: tempo:4317
                  loki:
                    endpoint: http://loki:3100/loki/api/v1/push
                service:
                  pipelines:
                    traces: {receivers: [otlp], exporters: [otlp]}
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(List.of("collector->tempo"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aPrometheusReceiversScrapesAndAKafkaExportersBrokersInAConfigMapAreConnectionsOfTheWorkloadMountingIt()
            throws Exception {
        SourceRun.write(dir, "k8s/collector.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: collector-config}
                data:
                  config.yaml: |
                    receivers:
                      otlp:
                        protocols: {grpc: {}}
                      prometheus/apps:
                        config:
                          scrape_configs:
                            - job_name: orders
                              static_configs:
                                - targets: ['orders:8081', 'localhost:8888']
                      prometheus/unused:
                        config:
                          scrape_configs:
                            - job_name: loki
                              static_configs:
                                - targets: ['loki:3100']
                    exporters:
                      kafka:
                        brokers: [kafka:9092]
                    service:
                      pipelines:
                        metrics: {receivers: [otlp, prometheus/apps], exporters: [kafka]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: collector}
                spec:
                  template:
                    spec:
                      containers: [{name: collector, image: otel/opentelemetry-collector-k8s:0.110.0}]
                      volumes:
                        - name: config
                          configMap: {name: collector-config}
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(Map.of(
                "collector->orders", List.of("k8s/collector.yaml:14 receivers.prometheus/apps.config.scrape_configs[0]"
                        + ".static_configs[0].targets[0] names orders"),
                "collector->kafka", List.of("k8s/collector.yaml:23 exporters.kafka.brokers[0] (exporter kafka in"
                        + " pipeline metrics) names kafka")), run.edges());
        assertEquals(List.of(8081), run.ports().get("collector->orders"));
    }

    @Test
    void anEndpointNeedingAVariableTheContainerDoesNotSetIsAWarningNamingFileLineAndVariable() throws Exception {
        SourceRun.write(dir, "compose.yaml", """
                services:
                  collector:
                    image: otel/opentelemetry-collector-contrib:0.105.0
                    volumes: ['./otel/otelcol-config.yml:/etc/otelcol-config.yml']
                """);
        SourceRun.write(dir, "otel/otelcol-config.yml", CONFIG.replace("tempo:4317", "${env:TEMPO_HOST:-tempo}:4317"));
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(List.of("collector->prometheus", "collector->tempo"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("service 'collector': otel/otelcol-config.yml:18 exporters.loki.endpoint (exporter loki in"
                + " pipeline logs) needs LOKI_URL, which the environment of collector's container does not set, for the"
                + " host it connects to; the connection is not derived (set it in the Compose service or Deployment, or"
                + " add 'calls:')"), run.warnings());
    }

    @Test
    void aCollectorFileNoContainerRunsBelongsToTheServiceRunningACollectorImage() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  collector:
                    image: otel/opentelemetry-collector-contrib:0.105.0
                """);
        SourceRun.write(dir, "docs/collector-example.yaml", CONFIG.replace("${env:LOKI_URL}", "http://loki:3100"));
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(List.of("collector->loki", "collector->prometheus", "collector->tempo"),
                List.copyOf(run.edges().keySet()));
    }
}
