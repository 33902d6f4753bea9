package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Compose variable whose value is only a variable of the shell that runs Compose
 * ({@code OPENAI_API_KEY=${OPENAI_API_KEY}}, {@code KEY: $KEY}, a {@code KEY} item alone) passes that shell's value
 * through: the build does not know it, so the variable is unset, not a property that names itself.
 */
class ComposePassThroughTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("web", HTTP).service("orders", HTTP)
                .service("billing", HTTP).modules(), new ConfiguredHosts());
    }

    @Test
    void aPassedThroughVariableIsUnsetSoThePropertyKeepsItsDefault() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", """
                clients.orders.url: ${ORDERS_URL:http://orders:8080}
                clients.billing.url: ${BILLING_URL:http://billing:8080}
                spring.ai.openai.api-key: ${OPENAI_API_KEY}
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  web:
                    environment:
                      - ORDERS_URL=${ORDERS_URL}
                      - OPENAI_API_KEY=${OPENAI_API_KEY}
                      - BILLING_URL
                """);
        SourceRun run = run();
        assertEquals(Map.of("web->billing", List.of("web/src/main/resources/application.yml:2 clients.billing.url"
                        + " names billing"), "web->orders", List.of("web/src/main/resources/application.yml:1"
                        + " clients.orders.url names orders")), run.edges());
        assertFalse(run.warnings().toString().contains("names itself"), run.warnings().toString());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theMapFormAndTheDollarFormPassThroughToo() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", """
                clients.orders.url: ${ORDERS_URL:http://orders:8080}
                clients.billing.url: ${BILLING_URL:http://billing:8080}
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  web:
                    environment:
                      ORDERS_URL: $ORDERS_URL
                      BILLING_URL: ${BILLING_URL}
                """);
        SourceRun run = run();
        assertEquals(List.of("web->billing", "web->orders"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aValueWithMoreThanTheShellsVariableIsStillRead() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", """
                clients.orders.url: ${ORDERS_URL:http://localhost:8080}
                clients.billing.url: ${BILLING_URL:http://localhost:8080}
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  web:
                    environment:
                      - ORDERS_URL=http://${ORDERS_HOST:-orders}:8080
                      - BILLING_URL=http://${BILLING_HOST}:8080
                """);
        SourceRun run = run();
        assertEquals(List.of("web->orders"), List.copyOf(run.edges().keySet()));
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertFalse(run.warnings().get(0).contains("names itself"), run.warnings().toString());
        assertEquals(true, run.warnings().get(0).contains("BILLING_HOST"), run.warnings().toString());
    }
}
