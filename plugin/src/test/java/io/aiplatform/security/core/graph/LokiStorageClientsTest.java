package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Loki configuration a Loki container mounts connects it to its object store and Alertmanager, never shown. */
class LokiStorageClientsTest {

    private static final String PLATFORM = """
            services:
              - {name: write, role: monitoring, ports: [{name: http, port: 3100}]}
              - {name: minio, role: database, ports: [{name: s3, port: 9000}]}
              - {name: alertmanager, role: monitoring, ports: [{name: http, port: 9093}]}
            """;
    private static final String CONFIG = """
            server:
              http_listen_port: 3100
            common:
              compactor_address: http://write:3100
              storage:
                s3:
                  endpoint: minio:9000
                  insecure: true
            ruler:
              alertmanager_url: http://alertmanager:9093
            storage_config:
              aws:
                s3: s3://loki:s3cret@localhost:9000/chunks
            """;

    @TempDir
    Path dir;

    @Test
    void theObjectStoreAndTheAlertmanagerOfAMountedFileAreItsContainersCalleesWithFileLineAndKey() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  write:
                    image: grafana/loki:3.2.0
                    command: "-config.file=/etc/loki/config.yaml -target=write"
                    volumes:
                      - ./loki/loki-config.yaml:/etc/loki/config.yaml
                """);
        SourceRun.write(dir, "loki/loki-config.yaml", CONFIG);
        SourceRun run = run();
        assertEquals(Map.of("write->minio", List.of("loki/loki-config.yaml:7 common.storage.s3.endpoint names minio"),
                "write->alertmanager", List.of("loki/loki-config.yaml:10 ruler.alertmanager_url names alertmanager")),
                run.edges());
        assertEquals(List.of(9000), run.ports().get("write->minio"));
        assertFalse(run.edges().toString().contains("s3cret"), "an s3:// URL's credentials are never shown");
    }

    @Test
    void theFileMountedIntoAnotherImageOrAVariableLeftInItIsNoEdge() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  write:
                    image: busybox:1.36
                    volumes: ['./loki/loki-config.yaml:/etc/loki/config.yaml']
                """);
        SourceRun.write(dir, "loki/loki-config.yaml", CONFIG);
        assertEquals(Map.of(), run().edges());
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  write:
                    image: grafana/loki:3.2.0
                    volumes: ['./loki/loki-config.yaml:/etc/loki/config.yaml']
                """);
        SourceRun.write(dir, "loki/loki-config.yaml", "common:\n  storage:\n    s3:\n      endpoint: ${S3_ENDPOINT}\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("service 'write': loki/loki-config.yaml:4 common.storage.s3.endpoint is set from a variable"
                + " Loki expands at start (-config.expand-env); the connection is not derived (write the server's address,"
                + " or add 'calls:')"), run.warnings());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new LokiStorageClients());
    }
}
