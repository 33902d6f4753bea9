package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusScrapesTest {

    private static final String WEB = "ports: [{name: http, port: 8080}, {name: metrics, port: 8081}]\n";
    private static final String PROMETHEUS = "services:\n  - name: prometheus\n    role: monitoring\n"
            + "    ports: [{name: http, port: 9090}]\n";

    @TempDir
    Path dir;

    private SourceRun run(Fixtures fixtures) throws Exception {
        return SourceRun.of(dir, fixtures.modules(), new PrometheusScrapes());
    }

    @Test
    void aStaticTargetOfTheFileAComposeServiceMountsIsAScrapeOnThatPortAndAnUndeclaredPortIsAWarning() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  prometheus:
                    image: prom/prometheus:v2.53.0
                    volumes:
                      - ./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml:ro
                """);
        SourceRun.write(dir, "monitoring/prometheus.yml", """
                global: {scrape_interval: 15s}
                scrape_configs:
                  - job_name: self
                    static_configs:
                      - targets: ['localhost:9090']
                  - job_name: apps
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: ['orders:8081', 'billing:9999']
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).service("billing", WEB).platformFile(PROMETHEUS));
        assertEquals(Map.of("prometheus->orders", List.of("monitoring/prometheus.yml:9"
                + " scrape_configs[1].static_configs[0].targets[0] names orders"), "prometheus->billing",
                List.of("monitoring/prometheus.yml:9 scrape_configs[1].static_configs[0].targets[1] names billing")),
                run.edges());
        assertEquals(List.of("service 'prometheus': monitoring/prometheus.yml:9 scrape_configs[1].static_configs[0].targets[1]"
                + " connects to billing:9999, but billing declares only http=8080/TCP, metrics=8081/TCP"), run.warnings());
        assertEquals("[8081]", String.valueOf(run.ports().get("prometheus->orders")));
    }

    @Test
    void theAlertmanagersOfItsAlertingSectionAreConnectionsAndALoopbackOneIsNone() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  prometheus:
                    image: prom/prometheus:v3.1.0
                    volumes: ['./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml']
                """);
        SourceRun.write(dir, "monitoring/prometheus.yml", """
                alerting:
                  alertmanagers:
                    - static_configs:
                        - targets: ['alertmanager:9093', 'localhost:9093']
                rule_files: [/etc/prometheus/alerts.yml]
                scrape_configs:
                  - job_name: self
                    static_configs: [{targets: ['localhost:9090']}]
                """);
        String alertmanager = "services:\n  - {name: alertmanager, role: monitoring, ports: [{name: http, port: 9093}]}\n"
                + "  - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}\n";
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).platformFile(alertmanager));
        assertEquals(Map.of("prometheus->alertmanager", List.of("monitoring/prometheus.yml:4"
                + " alerting.alertmanagers[0].static_configs[0].targets[0] names alertmanager")), run.edges());
        assertEquals(Map.of("prometheus->alertmanager", List.of(9093)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void withoutAnAlertingSectionPrometheusSendsNoAlerts() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  prometheus:
                    image: prom/prometheus:v3.1.0
                    volumes: ['./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml']
                """);
        SourceRun.write(dir, "monitoring/prometheus.yml", """
                rule_files: [/etc/prometheus/alerts.yml]
                scrape_configs:
                  - job_name: orders
                    static_configs: [{targets: ['orders:8081']}]
                """);
        String platform = "services:\n  - {name: alertmanager, role: monitoring, ports: [{name: http, port: 9093}]}\n"
                + "  - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}\n";
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).platformFile(platform));
        assertEquals(List.of("prometheus->orders"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aFileTheDockerfileOfAComposeBuildCopiesBelongsToThatModule() throws Exception {
        SourceRun.write(dir, "compose.yaml", "services:\n  scraper:\n    build: ./scraper\n");
        SourceRun.write(dir, "scraper/Dockerfile", """
                FROM prom/prometheus:v2.53.0
                # COPY other.yml /etc/prometheus/
                COPY --chown=nobody:nobody config/ /etc/prometheus/
                """);
        SourceRun.write(dir, "scraper/config/prometheus.yml",
                "scrape_configs:\n  - job_name: orders\n    static_configs: [{targets: [orders:8081]}]\n");
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).service("scraper", "role: monitoring\n"));
        assertEquals(List.of("scraper->orders"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aFileNoServiceRunsIsAWarningAndNoEdge() throws Exception {
        SourceRun.write(dir, "ops/prometheus.yml", "scrape_configs:\n  - static_configs: [{targets: [orders:8081]}]\n");
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).service("scraper", "role: monitoring\n"));
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).startsWith("ops/prometheus.yml: this Prometheus configuration is run by no"
                + " service of the platform"), run.warnings().get(0));
    }

    @Test
    void withoutAMountTheServiceNamedPrometheusRunsIt() throws Exception {
        SourceRun.write(dir, "ops/prometheus.yml", "scrape_configs:\n  - static_configs: [{targets: [orders:8081]}]\n");
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).platformFile(PROMETHEUS));
        assertEquals(List.of("prometheus->orders"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void kubernetesDiscoveryKeepingTheScrapeAnnotationScrapesTheAnnotatedWorkloadsOnTheirPort() throws Exception {
        SourceRun.write(dir, "k8s/prometheus.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: prometheus-config}
                data:
                  prometheus.yml: |
                    scrape_configs:
                      - job_name: pods
                        kubernetes_sd_configs:
                          - role: pod
                        relabel_configs:
                          - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
                            action: keep
                            regex: "true"
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: prometheus}
                spec:
                  template:
                    spec:
                      containers: [{name: prometheus, image: prom/prometheus}]
                      volumes:
                        - name: config
                          configMap: {name: prometheus-config}
                """);
        SourceRun.write(dir, "k8s/orders.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  template:
                    metadata:
                      annotations:
                        prometheus.io/scrape: "true"
                        prometheus.io/port: "8081"
                    spec:
                      containers: [{name: orders, image: orders}]
                """);
        SourceRun.write(dir, "k8s/billing.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: billing}
                spec:
                  template:
                    spec:
                      containers: [{name: billing, image: billing}]
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).service("billing", WEB).platformFile(PROMETHEUS));
        assertEquals(Map.of("prometheus->orders", List.of("k8s/prometheus.yaml:9 scrape_configs[0].kubernetes_sd_configs[0].role"
                + " (role pod) keeps prometheus.io/scrape, which k8s/orders.yaml:8 sets: scrapes orders")), run.edges());
        assertEquals("[8081]", String.valueOf(run.ports().get("prometheus->orders")));
    }

    @Test
    void kubernetesDiscoveryWithoutRelabellingScrapesEveryMetricsPortOfItsNamespace() throws Exception {
        SourceRun.write(dir, "prometheus/prometheus.yml", """
                scrape_configs:
                  - job_name: endpoints
                    kubernetes_sd_configs: [{role: endpoints}]
                  - job_name: elsewhere
                    kubernetes_sd_configs: [{role: pod, namespaces: {names: [other]}}]
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).service("billing", "ports: [{port: 80}]\n")
                .platformFile(PROMETHEUS));
        assertEquals(Map.of("prometheus->orders", List.of("prometheus/prometheus.yml:3"
                + " scrape_configs[0].kubernetes_sd_configs[0].role (role endpoints) scrapes orders's metrics port")), run.edges());
    }

    @Test
    void eurekaDiscoveryScrapesWhatRegistersInTheRegistryItNames() throws Exception {
        SourceRun.write(dir, "prometheus/prometheus.yml", """
                scrape_configs:
                  - job_name: eureka
                    eureka_sd_configs:
                      - server: http://registry:8761/eureka
                """);
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "eureka.client.service-url.defaultZone: http://registry:8761/eureka/\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", WEB).service("billing", WEB)
                .service("registry", "role: registry\nports: [{name: http, port: 8761}]\n").platformFile(PROMETHEUS)
                .modules(), new ConfiguredHosts(), new PrometheusRegistryScrapes());
        assertEquals(Map.of("orders->registry", List.of("orders/src/main/resources/application.yml:1"
                        + " eureka.client.service-url.default-zone names registry"),
                "prometheus->registry", List.of("prometheus/prometheus.yml:4 scrape_configs[0].eureka_sd_configs[0].server"
                        + " names registry"),
                "prometheus->orders", List.of("prometheus/prometheus.yml:4 scrape_configs[0].eureka_sd_configs[0].server"
                        + " (eureka) scrapes what registers in registry; orders registers at"
                        + " orders/src/main/resources/application.yml:1 eureka.client.service-url.default-zone")), run.edges());
        assertEquals(List.of(8081), run.ports().get("prometheus->orders"));
    }

    @Test
    void aFileOnlyAContainerOutsideThePlatformMountsIsAWarningNamingThatContainer() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  metrics:
                    image: prom/prometheus:v2.53.0
                    volumes:
                      - ./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml:ro
                """);
        SourceRun.write(dir, "monitoring/prometheus.yml", "scrape_configs:\n  - static_configs: [{targets: ['orders:8081']}]\n");
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("monitoring/prometheus.yml: this Prometheus configuration is run by metrics (docker-compose.yml),"
                + " which runs no service of the platform; the connections it configures are not derived (add it to"
                + " platform.yaml as the prometheus service, or add 'calls:')"), run.warnings());
    }

    private static final String HOST_NETWORK_PROMETHEUS = """
            services:
              prometheus:
                image: prom/prometheus
                network_mode: host
                volumes:
                  - ./prometheus.yaml:/etc/prometheus/prometheus.yml
              postgres:
                image: postgres
                ports: ["5432:5432"]
            """;

    @Test
    void onTheHostNetworkALoopbackTargetIsTheModuleRunOnTheHostListeningOnItsPort() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", HOST_NETWORK_PROMETHEUS);
        SourceRun.write(dir, "prometheus.yaml", """
                scrape_configs:
                  - job_name: prometheus
                    static_configs:
                      - targets: ['localhost:9090']
                  - job_name: orders
                    static_configs:
                      - targets: ['localhost:8080']
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).platformFile(PROMETHEUS));
        assertEquals(Map.of("prometheus->orders", List.of("prometheus.yaml:7 scrape_configs[1].static_configs[0].targets[0]"
                + " (localhost:8080 on the host network: docker-compose.yml:4 runs Compose service prometheus with"
                + " network_mode: host, and orders listens on 8080 on the host, where it runs: no Compose service or"
                + " workload of the repository runs it) names orders")), run.edges(), "the self-scrape is none");
        assertEquals(Map.of("prometheus->orders", List.of(8080)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void onItsOwnNetworkALoopbackTargetIsItsSelfScrapeAndAModuleInAContainerIsNotOnTheHost() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", HOST_NETWORK_PROMETHEUS.replace("    network_mode: host\n", ""));
        SourceRun.write(dir, "prometheus.yaml", "scrape_configs:\n  - static_configs: [{targets: ['localhost:8080']}]\n");
        assertEquals(Map.of(), run(new Fixtures(dir).service("orders", WEB).platformFile(PROMETHEUS)).edges());
        SourceRun.write(dir, "docker-compose.yml", HOST_NETWORK_PROMETHEUS + "  orders:\n    build: ./orders\n");
        SourceRun run = run(new Fixtures(dir).service("orders", WEB).platformFile(PROMETHEUS));
        assertEquals(Map.of(), run.edges(), "orders runs in its own container: the host's 8080 is no one's");
        assertEquals(List.of(), run.warnings());
    }
}
