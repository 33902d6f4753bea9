package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlloyConfigTest {

    private static String shown(List<AlloyConfig.Setting> settings) {
        return String.join("\n", settings.stream().map(s -> s.line() + " " + s.describe() + " = "
                + (s.value() == null ? "<" + s.expression() + ">" : s.value())).toList());
    }

    @Test
    void theServerArgumentsOfTheComponentsTheCatalogListsAreReadWithTheirLinesAndPaths() {
        String text = """
                // receive OTLP and hand traces to Tempo
                otelcol.receiver.otlp "default" {
                  grpc { endpoint = "0.0.0.0:4317" }
                  output { traces = [otelcol.exporter.otlp.tempo.input] }
                }

                otelcol.exporter.otlp "tempo" {
                  client {
                    endpoint = "tempo:4317"
                    tls { insecure = true }
                  }
                }

                loki.write "default" {
                  endpoint {
                    url = "http://loki:3100/loki/api/v1/push"
                  }
                  external_labels = { cluster = "dev" }
                }
                """;
        assertEquals("9 otelcol.exporter.otlp \"tempo\" client.endpoint = tempo:4317\n"
                + "16 loki.write \"default\" endpoint.url = http://loki:3100/loki/api/v1/push",
                shown(AlloyConfig.peerSettings(text)));
    }

    @Test
    void commentsRawStringsListsAndOtherExpressionsAreReadAsAlloyWritesThem() {
        String text = """
                /* a block comment { endpoint = "ignored:1" }
                   over two lines */
                prometheus.remote_write "mimir" {
                  endpoint { url = `http://mimir:9009/api/v1/push` } // a raw string
                }
                otelcol.exporter.kafka "out" {
                  brokers = ["kafka-1:9092", "kafka-2:9092"]
                }
                otelcol.exporter.otlphttp "cloud" {
                  client { endpoint = sys.env("OTLP_ENDPOINT") }
                  traces_endpoint = "http://tempo:4318/v1/traces"
                }
                discovery.docker "containers" {
                  host = "unix:///var/run/docker.sock"
                }
                """;
        assertEquals("4 prometheus.remote_write \"mimir\" endpoint.url = http://mimir:9009/api/v1/push\n"
                + "7 otelcol.exporter.kafka \"out\" brokers = kafka-1:9092,kafka-2:9092\n"
                + "10 otelcol.exporter.otlphttp \"cloud\" client.endpoint = <sys.env(\"OTLP_ENDPOINT\")>\n"
                + "11 otelcol.exporter.otlphttp \"cloud\" traces_endpoint = http://tempo:4318/v1/traces",
                shown(AlloyConfig.peerSettings(text)), "discovery.docker reads the local socket: not listed");
    }

    @Test
    void anArgumentOutsideItsCatalogPathOrAStrayTextIsNoSetting() {
        assertEquals("", shown(AlloyConfig.peerSettings("""
                loki.write "default" {
                  url = "http://loki:3100"
                }
                otelcol.exporter.otlp "x" { endpoint = "tempo:4317" }
                }} unbalanced "text
                """)), "a url outside the endpoint block and an endpoint outside client are not the documented arguments");
        assertEquals("", shown(AlloyConfig.peerSettings("")));
    }

    @Test
    void alloyAndRiverFilesAreCandidates() {
        assertTrue(AlloyConfig.candidateName("config.alloy"));
        assertTrue(AlloyConfig.candidateName("agent.River"));
        assertFalse(AlloyConfig.candidateName("config.yaml"));
    }
}
