package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogShipperClientsTest {

    private static final String PLATFORM = """
            services:
              - {name: promtail, role: monitoring, ports: [{name: http, port: 9080}]}
              - {name: agent, role: monitoring, ports: [{name: http, port: 12345}]}
              - {name: loki, ports: [{name: http, port: 3100}]}
              - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}
            """;
    private static final String WEB = "ports: [{name: http, port: 8080}, {name: metrics, port: 8081}]\n";

    @TempDir
    Path dir;

    private SourceRun run(Fixtures fixtures) throws Exception {
        return SourceRun.of(dir, fixtures.platformFile(PLATFORM).modules(), new LogShipperClients(),
                new PrometheusScrapes());
    }

    @Test
    void promtailsClientsOfTheFileItsComposeServiceMountsAreItsCalleesAndItsDockerScrapingIsNone() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  promtail:
                    image: grafana/promtail:3.0.0
                    environment:
                      LOKI_HOST: loki
                    volumes:
                      - ./promtail/config.yml:/etc/promtail/config.yml
                      - /var/run/docker.sock:/var/run/docker.sock
                    command: -config.file=/etc/promtail/config.yml -config.expand-env=true
                """);
        SourceRun.write(dir, "promtail/config.yml", """
                server:
                  http_listen_port: 9080
                clients:
                  - url: http://${LOKI_HOST}:3100/loki/api/v1/push
                scrape_configs:
                  - job_name: containers
                    docker_sd_configs:
                      - host: unix:///var/run/docker.sock
                  - job_name: files
                    static_configs:
                      - targets: [orders]
                        labels: {__path__: /var/log/*.log}
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(Map.of("promtail->loki", List.of("promtail/config.yml:4 clients[0].url names loki")), run.edges());
        assertEquals(List.of(3100), run.ports().get("promtail->loki"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void promtailsKubernetesDiscoveryInAConfigMapScrapesNoWorkloadAndItsSingleClientPushes() throws Exception {
        SourceRun.write(dir, "k8s/promtail.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: promtail-config}
                data:
                  promtail.yaml: |
                    client:
                      url: http://loki:3100/loki/api/v1/push
                    scrape_configs:
                      - job_name: pods
                        kubernetes_sd_configs:
                          - role: pod
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: promtail}
                spec:
                  template:
                    spec:
                      containers: [{name: promtail, image: grafana/promtail:3.0.0}]
                      volumes:
                        - name: config
                          configMap: {name: promtail-config}
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(Map.of("promtail->loki", List.of("k8s/promtail.yaml:7 client.url names loki")), run.edges());
    }

    @Test
    void grafanaAgentsStaticLogsClientsArePushesAndAFileNoServiceRunsIsAWarning() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  agent:
                    image: grafana/agent:v0.40.0
                    volumes:
                      - ./agent:/etc/agent
                """);
        SourceRun.write(dir, "agent/agent.yaml", """
                logs:
                  configs:
                    - name: default
                      clients:
                        - url: http://loki:3100/loki/api/v1/push
                """);
        SourceRun.write(dir, "ops/promtail-old.yml", "clients:\n  - url: http://loki:3100/loki/api/v1/push\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", WEB).platformFile("""
                services:
                  - {name: agent, role: monitoring, ports: [{name: http, port: 12345}]}
                  - {name: loki, ports: [{name: http, port: 3100}]}
                """).modules(), new LogShipperClients());
        assertEquals(Map.of("agent->loki", List.of("agent/agent.yaml:5 logs.configs[0].clients[0].url names loki")),
                run.edges());
        assertEquals(List.of("ops/promtail-old.yml: this Promtail configuration is run by no service of the platform: no"
                + " Compose service mounts or copies it, no workload mounts its ConfigMap, and no service is named"
                + " promtail; the connections it configures are not derived (mount it into the promtail service, or add"
                + " 'calls:')"), run.warnings());
    }

    @Test
    void aClientUrlWhoseHostNeedsAnUnsetVariableIsAWarningNamingIt() throws Exception {
        SourceRun.write(dir, "compose.yaml", """
                services:
                  promtail:
                    image: grafana/promtail:3.0.0
                    volumes: ['./promtail.yml:/etc/promtail/config.yml']
                """);
        SourceRun.write(dir, "promtail.yml", "clients:\n  - url: ${LOKI_URL}/loki/api/v1/push\n"
                + "  - url: http://${LOKI_HOST:-loki}:3100/loki/api/v1/push\n");
        SourceRun run = run(new Fixtures(dir).service("orders", WEB));
        assertEquals(Map.of("promtail->loki", List.of("promtail.yml:3 clients[1].url names loki")), run.edges());
        assertEquals(List.of("service 'promtail': promtail.yml:2 clients[0].url needs LOKI_URL, which the environment of"
                + " promtail's container does not set, for the host it pushes logs to; the connection is not derived (set"
                + " it in the Compose service or Deployment, or add 'calls:')"), run.warnings());
    }
}
