package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kong container in DB-less mode reads the declarative file KONG_DECLARATIVE_CONFIG names: its services' url (or
 * host and port) and its upstreams' targets name the services Kong calls. Without DB-less mode, or without the file
 * mounted, nothing; hosts outside the platform are no edge.
 */
class KongDeclarativeServicesTest {

    private static final String KONG = "services:\n  kong:\n    image: kong:3.6\n    environment:\n"
            + "      KONG_DATABASE: \"off\"\n      KONG_DECLARATIVE_CONFIG: /kong/declarative/kong.yml\n"
            + "    volumes:\n      - ./kong:/kong/declarative\n";
    private static final String FILE = "_format_version: \"3.0\"\nservices:\n  - name: orders\n    url: http://orders:8080/api\n"
            + "  - name: billing\n    host: billing\n    port: 8081\n  - name: pay\n    host: pay-upstream\n"
            + "  - name: outside\n    url: https://api.example.org\nupstreams:\n  - name: pay-upstream\n    targets:\n"
            + "      - target: payments:9000\n";

    @TempDir
    Path dir;

    @Test
    void theDeclarativeFileNamesTheServicesKongCalls() throws Exception {
        SourceRun.write(dir, "kong/kong.yml", FILE);
        SourceRun run = run(KONG);
        assertEquals(Map.of("kong->billing", List.of(8081), "kong->orders", List.of(8080), "kong->payments", List.of(9000)),
                run.ports());
        assertEquals(List.of("kong/kong.yml:4 services[0].url names orders"), run.edges().get("kong->orders"));
        assertEquals(List.of("kong/kong.yml:15 upstreams[0].targets[0].target names payments"),
                run.edges().get("kong->payments"));
    }

    @Test
    void nothingWithoutDbLessModeOrWithoutTheMountedFile() throws Exception {
        SourceRun.write(dir, "kong/kong.yml", FILE);
        assertEquals(Map.of(), run(KONG.replace("\"off\"", "postgres")).edges());
        assertEquals(Map.of(), run(KONG.replace("      - ./kong:/kong/declarative\n", "      - ./other:/other\n")).edges());
    }

    private SourceRun run(String compose) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", compose);
        return SourceRun.of(dir, new Fixtures(dir).service("kong", "ports: [{name: proxy, port: 8000}]\n")
                .service("orders", "ports: [{name: http, port: 8080}]\n")
                .service("billing", "ports: [{name: http, port: 8081}]\n")
                .service("payments", "ports: [{name: http, port: 9000}, {name: admin, port: 9001}]\n").modules(),
                new KongDeclarativeServices());
    }
}
