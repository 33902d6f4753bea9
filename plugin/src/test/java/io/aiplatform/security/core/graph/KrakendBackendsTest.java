package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KrakendBackendsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PLATFORM = """
            services:
              - {name: krakend, role: gateway, ports: [{name: http, port: 8080}]}
              - {name: zipkin, ports: [{name: http, port: 9411}]}
            """;
    private static final String KRAKEND = """
            {
              "version": 3,
              "extra_config": {
                "github_com/devopsfaith/krakend-opencensus": {
                  "exporters": {"zipkin": {"collector_url": "http://zipkin:9411/api/v2/spans"}}
                }
              },
              "endpoints": [
                {"endpoint": "/department/{id}", "backend": [
                  {"url_pattern": "/departments/{id}", "sd": "dns", "host": ["department.service.consul"]}]},
                {"endpoint": "/employee/{id}", "backend": [
                  {"url_pattern": "/employees/{id}", "host": ["http://employee:8080", "https://api.github.com"]}]}
              ]
            }
            """;

    @TempDir
    Path dir;

    private Fixtures platform() {
        return new Fixtures(dir).service("department", HTTP).service("employee", HTTP).platformFile(PLATFORM);
    }

    @Test
    void aKrakendContainerMountingItsConfigurationCallsTheBackendsAndCollectorsItNames() throws Exception {
        SourceRun.write(dir, "config/krakend.json", KRAKEND);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  krakend:
                    image: devopsfaith/krakend:2.7
                    volumes:
                      - ./config:/etc/krakend
                """);
        SourceRun run = SourceRun.of(dir, platform().modules(), new KrakendBackends());
        assertEquals(Map.of(
                "krakend->department", List.of("config/krakend.json:10 endpoints[0].backend[0].host[0] names"
                        + " department.service.consul"),
                "krakend->employee", List.of("config/krakend.json:12 endpoints[1].backend[0].host[0] names employee"),
                "krakend->zipkin", List.of("config/krakend.json:5 extra_config.github_com/devopsfaith/krakend-opencensus"
                        + ".exporters.zipkin.collector_url names zipkin")), run.edges());
        assertEquals(List.of(9411), run.ports().get("krakend->zipkin"));
        assertEquals(List.of(), run.warnings(), "api.github.com is outside: not warned about");
    }

    @Test
    void aConfigMapMountedIntoAKrakendWorkloadCountsAndAnotherImageMountingTheFileDoesNot() throws Exception {
        SourceRun.write(dir, "k8s/krakend.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: krakend-config}
                data:
                  krakend.json: |
                    {"endpoints": [{"endpoint": "/e", "backend": [{"host": ["http://employee:8080"]}]}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: krakend}
                spec:
                  template:
                    spec:
                      containers:
                        - name: krakend
                          image: krakend:2.7
                      volumes:
                        - name: config
                          configMap: {name: krakend-config}
                """);
        SourceRun.write(dir, "config/krakend.json", KRAKEND);
        SourceRun.write(dir, "docker-compose.yml", "services:\n  zipkin:\n    image: openzipkin/zipkin\n"
                + "    volumes: [./config/krakend.json:/krakend.json]\n");
        SourceRun run = SourceRun.of(dir, platform().modules(), new KrakendBackends());
        assertEquals(List.of("krakend->employee"), List.copyOf(run.edges().keySet()));
    }
}
