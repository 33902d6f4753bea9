package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlloyExportsTest {

    private static final String PLATFORM = """
            services:
              - {name: alloy, role: monitoring, ports: [{name: otlp-http, port: 4318}, {name: http, port: 12345}]}
              - {name: tempo, ports: [{name: http, port: 3200}, {name: otlp, port: 4317}]}
              - {name: loki, ports: [{name: http, port: 3100}]}
              - {name: mimir, ports: [{name: http, port: 9009}]}
            """;
    private static final String WEB = "ports: [{name: http, port: 8080}]\n";
    private static final String CONFIG = """
            otelcol.receiver.otlp "default" {
              http { endpoint = "0.0.0.0:4318" }
              output { traces = [otelcol.exporter.otlp.tempo.input] }
            }

            otelcol.exporter.otlp "tempo" {
              client {
                endpoint = "tempo:4317"
              }
            }

            loki.write "default" {
              endpoint { url = sys.env("LOKI_URL") }
            }

            prometheus.remote_write "self" {
              endpoint { url = "http://localhost:9009/api/v1/push" }
            }
            """;

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).service("orders", WEB).modules(),
                new AlloyExports());
    }

    @Test
    void theServersItsComponentsWriteToAreTheMountingServicesCalleesWithFileLineAndComponentAsEvidence()
            throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  alloy:
                    image: grafana/alloy:v1.5.0
                    command: [run, /etc/alloy/config.alloy]
                    environment:
                      LOKI_URL: http://loki:3100/loki/api/v1/push
                    volumes:
                      - ./observability/config.alloy:/etc/alloy/config.alloy
                """);
        SourceRun.write(dir, "observability/config.alloy", CONFIG);
        SourceRun run = run();
        assertEquals(Map.of(
                "alloy->tempo", List.of("observability/config.alloy:8 otelcol.exporter.otlp \"tempo\" client.endpoint"
                        + " names tempo"),
                "alloy->loki", List.of("observability/config.alloy:13 loki.write \"default\" endpoint.url ="
                        + " sys.env(\"LOKI_URL\") (LOKI_URL of alloy's container) names loki")), run.edges(), "the remote write to localhost is Alloy's own container");
        assertEquals(Map.of("alloy->tempo", List.of(4317), "alloy->loki", List.of(3100)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aVariableTheContainerDoesNotSetIsAWarningAndNoEdge() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  alloy:
                    image: grafana/alloy:v1.5.0
                    volumes: ['./observability:/etc/alloy']
                """);
        SourceRun.write(dir, "observability/config.alloy", CONFIG);
        SourceRun run = run();
        assertEquals(List.of("alloy->tempo"), List.copyOf(run.edges().keySet()),
                "a folder mounted into grafana/alloy is searched");
        assertEquals(List.of("service 'alloy': observability/config.alloy:13 loki.write \"default\" endpoint.url ="
                + " sys.env(\"LOKI_URL\"): the environment of alloy's container does not set LOKI_URL; the connection is"
                + " not derived (set it to the server's address, or add 'calls:')"),
                run.warnings());
    }

    @Test
    void credentialsInAUrlAreNeverShown() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  alloy:
                    image: grafana/alloy:v1.5.0
                    volumes: ['./config.alloy:/etc/alloy/config.alloy']
                """);
        SourceRun.write(dir, "config.alloy", """
                loki.write "default" {
                  endpoint { url = "http://tenant:s3cret@loki:3100/loki/api/v1/push" }
                }
                """);
        SourceRun run = run();
        assertEquals(Map.of("alloy->loki", List.of("config.alloy:2 loki.write \"default\" endpoint.url names loki")),
                run.edges());
        assertEquals(false, run.edges().toString().contains("s3cret") || run.warnings().toString().contains("s3cret"));
    }

    @Test
    void aFolderMountedIntoAnotherImageIsNotSearchedAndAComponentNotListedIsNoConnection() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  alloy:
                    image: busybox:1.36
                    volumes: ['./observability:/etc/alloy']
                """);
        SourceRun.write(dir, "observability/config.alloy", CONFIG);
        assertEquals(Map.of(), run().edges());
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  alloy:
                    image: grafana/alloy:v1.5.0
                    volumes: ['./observability/config.alloy:/etc/alloy/config.alloy']
                """);
        SourceRun.write(dir, "observability/config.alloy", """
                otelcol.receiver.otlp "default" {
                  grpc { endpoint = "tempo:4317" }
                }
                """);
        assertEquals(Map.of(), run().edges(), "a receiver listens: its endpoint is its own address");
    }

    @Test
    void aFileAnAlloyContainerMountsByNameIsItsConfigurationWhateverItsNameButNotInAnotherImage() throws Exception {
        String mount = "    volumes: ['./alloy/alloy-local-config.yaml:/etc/alloy/config.alloy']\n";
        SourceRun.write(dir, "alloy/alloy-local-config.yaml", """
                loki.write "default" {
                  endpoint { url = "http://loki:3100/loki/api/v1/push" }
                }
                """);
        SourceRun.write(dir, "docker-compose.yml", "services:\n  alloy:\n    image: grafana/alloy:latest\n" + mount);
        assertEquals(Map.of("alloy->loki", List.of("alloy/alloy-local-config.yaml:2 loki.write \"default\" endpoint.url"
                + " names loki")), run().edges());
        SourceRun.write(dir, "docker-compose.yml", "services:\n  alloy:\n    image: busybox:1.36\n" + mount);
        assertEquals(Map.of(), run().edges(), "only Alloy's image runs a file of any name");
    }
}
