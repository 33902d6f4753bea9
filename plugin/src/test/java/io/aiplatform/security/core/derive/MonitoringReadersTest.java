package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of Dockerfiles, Prometheus configurations and third-party containers' environment, on their own. */
class MonitoringReadersTest {

    @TempDir
    Path dir;

    @Test
    void aDockerfileCopiesFromItsContextButNotFromAnotherStageOrAUrl() throws Exception {
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), """
                FROM maven:3 AS build
                FROM prom/prometheus:v2.53.0
                COPY --from=build /app/target/x.yml /etc/x.yml
                ADD https://example.org/rules.yml /etc/prometheus/
                COPY ["conf/prometheus.yml", "/etc/prometheus/prometheus.yml"]
                copy --chown=65534:65534 \\
                     rules/ alerts/ /etc/prometheus/
                """);
        List<Problem> warnings = new ArrayList<>();
        assertEquals(List.of(dir.resolve("conf/prometheus.yml"), dir.resolve("rules"), dir.resolve("alerts")),
                DockerfileCopies.sources(dockerfile, dir, warnings::add));
        assertEquals(List.of(), warnings);
        assertEquals(List.of(), DockerfileCopies.sources(dir.resolve("absent/Dockerfile"), dir, warnings::add));
    }

    @Test
    void prometheusJobsSayWhatTheyDiscoverAndWhetherTheyKeepOnlyAnnotatedTargets() throws Exception {
        Path file = Files.writeString(dir.resolve("p.yml"), """
                scrape_configs:
                  - job_name: services
                    kubernetes_sd_configs: [{role: service, namespaces: {names: [shop]}}]
                    relabel_configs:
                      - source_labels: [__meta_kubernetes_service_annotation_prometheus_io_scrape]
                        action: keep
                        regex: true
                  - job_name: replaced
                    kubernetes_sd_configs: [{role: pod}]
                    relabel_configs:
                      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
                        target_label: scrape
                  - job_name: static
                    static_configs: [{targets: ['orders:8081', 'billing:9100']}]
                """);
        Map<String, ConfigValue> props = ConfigFiles.read(file, p -> { }).get(0).properties();
        PrometheusConfig config = new PrometheusConfig(props);
        assertEquals(List.of("service service [shop] 3", "pod null [] 9"), config.discoveryJobs().stream()
                .map(j -> j.role() + " " + j.annotated() + " " + j.namespaces() + " " + j.where().line()).toList());
        assertEquals(List.of("orders:8081", "billing:9100"), config.staticTargets().stream()
                .map(t -> t.host() + ":" + t.port()).toList());
    }

    @Test
    void theCatalogSaysWhatAVariableOfAnImageHolds() {
        Path file = dir.resolve("docker-compose.yml");
        List<ConfigValue> env = List.of(new ConfigValue("DB_VENDOR", "postgres", file, 4),
                new ConfigValue("DB_ADDR", "postgres", file, 5), new ConfigValue("DB_PORT", "5433", file, 6),
                new ConfigValue("DB_USER", "postgres", file, 7),
                new ConfigValue("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092", file, 8));
        Set<String> services = Set.of("postgres", "kafka");
        Container legacy = new Container("keycloak", file, List.of("jboss/keycloak:16.1.1"), null, null, env, List.of(),
                List.of(), Map.of());
        assertEquals(List.of("postgres:5433 docker-compose.yml:5 DB_ADDR"), ContainerVariables.references(legacy,
                services::contains, p -> p.getFileName().toString()).stream()
                .map(r -> r.host() + ":" + r.port() + " " + r.source()).toList());
        // another image's DB_ADDR is a bare host under a name that says it: still a host, without a port
        Container other = new Container("app", file, List.of("example/app:1"), null, null, env, List.of(), List.of(),
                Map.of());
        assertEquals(List.of("postgres:null docker-compose.yml:5 DB_ADDR"), ContainerVariables.references(other,
                services::contains, p -> p.getFileName().toString()).stream()
                .map(r -> r.host() + ":" + r.port() + " " + r.source()).toList());
    }
}
