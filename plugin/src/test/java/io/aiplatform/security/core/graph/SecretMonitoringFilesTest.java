package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring files held in Secrets: the scrape jobs a Prometheus Operator {@code Prometheus} resource's
 * {@code additionalScrapeConfigs} names, and Grafana data sources provisioned from a Secret; a value planted in the
 * same payload never shows.
 */
class SecretMonitoringFilesTest {

    private static final String WEB = "ports: [{name: http, port: 8080}, {name: metrics, port: 8081}]\n";
    private static final String PLANTED = "PwScrapeJob4711";
    private static final String PLANTED_GRAFANA = "PwGrafanaSecure4711";

    @TempDir
    Path dir;

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String JOBS = """
            - job_name: orders
              basic_auth: {username: scraper, password: %s}
              static_configs:
                - targets: ['orders:8081']
            - job_name: pods
              kubernetes_sd_configs: [{role: pod}]
              relabel_configs:
                - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
                  action: keep
            """.formatted(PLANTED);

    private void writePrometheus(String resourceName) throws Exception {
        SourceRun.write(dir, "k8s/prometheus.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: Prometheus
                metadata: {name: %s}
                spec:
                  serviceMonitorSelector: {}
                  additionalScrapeConfigs:
                    name: extra-jobs
                    key: jobs.yaml
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: extra-jobs}
                data:
                  jobs.yaml: %s
                """.formatted(resourceName, base64(JOBS)));
        SourceRun.write(dir, "k8s/billing.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: billing}
                spec:
                  template:
                    metadata:
                      annotations: {prometheus.io/scrape: "true", prometheus.io/port: "8081"}
                    spec:
                      containers: [{name: billing, image: billing}]
                """);
    }

    private SourceRun prometheusRun(String prometheusService) throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("orders", WEB).service("billing", WEB).platformFile(
                "services:\n  - {name: " + prometheusService + ", role: monitoring, ports: [{name: http, port: 9090}]}\n")
                .modules(), new PrometheusScrapes());
    }

    @Test
    void theScrapeJobsOfAPrometheusResourcesAdditionalScrapeConfigsAreScrapesOfThePrometheusTheOperatorRuns()
            throws Exception {
        writePrometheus("main");
        SourceRun run = prometheusRun("prometheus-main");
        String secret = "k8s/prometheus.yaml:14 Secret extra-jobs key jobs.yaml (additionalScrapeConfigs of Prometheus main) ";
        assertEquals(Map.of(
                "prometheus-main->orders", List.of(secret + "[0].static_configs[0].targets[0] names orders"),
                "prometheus-main->billing", List.of(secret + "[1].kubernetes_sd_configs[0].role (role pod) keeps"
                        + " prometheus.io/scrape, which k8s/billing.yaml:7 sets: scrapes billing")), run.edges());
        assertEquals("[8081]", String.valueOf(run.ports().get("prometheus-main->orders")));
        assertEquals(List.of(), run.warnings());
        assertFalse(String.valueOf(run.edges()).contains(PLANTED) || String.valueOf(run.warnings()).contains(PLANTED));
    }

    @Test
    void aServiceSelectingTheOperatorsPodsRunsIt() throws Exception {
        writePrometheus("main");
        SourceRun.write(dir, "k8s/prometheus-service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: metrics-server}
                spec:
                  selector: {prometheus: main}
                  ports: [{port: 9090}]
                """);
        SourceRun run = prometheusRun("metrics-server");
        assertEquals(List.of("metrics-server->billing", "metrics-server->orders"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void withoutTheSecretOrWithoutAServiceRunningItThereIsAWarningAndNoEdge() throws Exception {
        SourceRun.write(dir, "k8s/prometheus.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: Prometheus
                metadata: {name: main}
                spec:
                  additionalScrapeConfigs: {name: absent-jobs, key: jobs.yaml}
                """);
        SourceRun run = prometheusRun("prometheus-main");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("k8s/prometheus.yaml:5: the additionalScrapeConfigs of Prometheus main name Secret"
                + " absent-jobs, which is not in the repository; the scrape jobs it adds are not derived (add the"
                + " Secret's manifest, or add 'calls:' to the Prometheus service)"), run.warnings());

        writePrometheus("main");
        SourceRun other = prometheusRun("scraper");
        assertEquals(Map.of(), other.edges());
        assertEquals(1, other.warnings().size(), other.warnings().toString());
        assertTrue(other.warnings().get(0).startsWith("k8s/prometheus.yaml: this Prometheus configuration (Secret"
                + " extra-jobs key jobs.yaml (additionalScrapeConfigs of Prometheus main)) is run by no service of the"
                + " platform: no service is named prometheus-main, prometheus-operated, main, and no service is named"
                + " prometheus"), other.warnings().get(0));
        assertFalse(other.warnings().get(0).contains(PLANTED));
    }

    @Test
    void aSecretThatIsNoOperatorsScrapeJobsAndNoMonitoringFileIsNotRead() throws Exception {
        SourceRun.write(dir, "k8s/jobs.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: extra-jobs}
                stringData:
                  jobs.yaml: |
                    - job_name: orders
                      static_configs: [{targets: ['orders:8081']}]
                """);
        SourceRun run = prometheusRun("prometheus");
        assertEquals(Map.of(), run.edges());
    }

    @Test
    void grafanaDataSourcesProvisionedFromASecretTheGrafanaWorkloadMountsNameItsCallees() throws Exception {
        String datasources = """
                apiVersion: 1
                datasources:
                  - name: Prometheus
                    type: prometheus
                    url: http://prometheus:9090
                  - name: Loki
                    type: loki
                    url: http://loki:3100
                    basicAuth: true
                    secureJsonData:
                      basicAuthPassword: %s
                """.formatted(PLANTED_GRAFANA);
        SourceRun.write(dir, "k8s/grafana.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: dashboards-datasources}
                data:
                  datasources.yaml: %s
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: dashboards}
                spec:
                  template:
                    spec:
                      containers: [{name: grafana, image: bitnami/grafana:10}]
                      volumes:
                        - name: datasources
                          secret: {secretName: dashboards-datasources}
                """.formatted(base64(datasources)));
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile("""
                services:
                  - {name: dashboards, role: monitoring, ports: [{name: http, port: 3000}]}
                  - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}
                  - {name: loki, ports: [{name: http, port: 3100}]}
                """).modules(), new GrafanaDataSources());
        assertEquals(Map.of(
                "dashboards->prometheus", List.of("k8s/grafana.yaml:5 Secret dashboards-datasources key datasources.yaml"
                        + " datasources[0].url names prometheus"),
                "dashboards->loki", List.of("k8s/grafana.yaml:5 Secret dashboards-datasources key datasources.yaml"
                        + " datasources[1].url names loki")), run.edges());
        assertEquals(List.of(), run.warnings());
        assertFalse(String.valueOf(run.edges()).contains(PLANTED_GRAFANA));
    }

    @Test
    void aGrafanaDataSourceSecretNoWorkloadMountsBelongsToTheServiceNamedGrafanaAsTheSidecarReadsIt() throws Exception {
        SourceRun.write(dir, "k8s/datasources.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: datasources
                  labels: {grafana_datasource: "1"}
                stringData:
                  datasources.yaml: |
                    apiVersion: 1
                    datasources:
                      - {name: Prometheus, type: prometheus, url: "http://prometheus:9090"}
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile("""
                services:
                  - {name: grafana, role: monitoring, ports: [{name: http, port: 3000}]}
                  - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}
                """).modules(), new GrafanaDataSources());
        assertEquals(List.of("grafana->prometheus"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aSecretMountedOnlyByWorkloadsOutsideThePlatformIsRunByNoneOfItsServicesAndPromtailsConfigurationIsNoPrometheus()
            throws Exception {
        SourceRun.write(dir, "k8s/agents.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: promtail}
                stringData:
                  promtail.yaml: |
                    server: {http_listen_port: 3101}
                    clients: [{url: "http://loki:3100/loki/api/v1/push"}]
                    positions: {filename: /run/promtail/positions.yaml}
                    scrape_configs:
                      - job_name: pods
                        static_configs: [{targets: ['orders:8081']}]
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: team-datasources}
                stringData:
                  datasources.yaml: |
                    apiVersion: 1
                    datasources: [{name: Prometheus, type: prometheus, url: "http://prometheus:9090"}]
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: promtail}
                spec:
                  template:
                    spec:
                      containers: [{name: promtail, image: grafana/promtail}]
                      volumes: [{name: config, secret: {secretName: promtail}}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: team-grafana}
                spec:
                  template:
                    spec:
                      containers: [{name: grafana, image: grafana/grafana}]
                      volumes: [{name: ds, secret: {secretName: team-datasources}}]
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", WEB).platformFile("""
                services:
                  - {name: grafana, role: monitoring, ports: [{name: http, port: 3000}]}
                  - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}
                """).modules(), new PrometheusScrapes(), new GrafanaDataSources());
        assertEquals(Map.of(), run.edges());
        // Promtail's file is read as Promtail's (its scrape jobs scrape nothing), run by a DaemonSet outside the platform
        assertEquals(List.of("k8s/agents.yaml: this Promtail configuration (Secret promtail key promtail.yaml) is run"
                + " by promtail, which runs no service of the platform; the connections it configures are not derived"
                + " (add it to platform.yaml as the promtail service, or add 'calls:')",
                "k8s/agents.yaml: this Grafana data source file (Secret team-datasources key"
                + " datasources.yaml) is run by team-grafana, which runs no service of the platform; the connections it"
                + " configures are not derived (add it to platform.yaml as the grafana service, or add 'calls:')"),
                run.warnings());
    }
}
