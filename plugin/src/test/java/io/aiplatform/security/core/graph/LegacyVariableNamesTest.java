package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Boot's legacy environment-variable form of a dashed key: {@code RETAILSTORE_API_GATEWAY_URL} sets
 * {@code retailstore.api-gateway-url} as {@code RETAILSTORE_APIGATEWAYURL} does.
 */
class LegacyVariableNamesTest {

    @TempDir
    Path dir;

    @Test
    void theLegacyVariableOverridesTheDashedKey() throws Exception {
        SourceRun run = run("RETAILSTORE_API_GATEWAY_URL");
        assertEquals(List.of("webapp->gateway"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("docker-compose.yml:4 retailstore.api-gateway-url names gateway"),
                run.edges().get("webapp->gateway"));
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
    }

    @Test
    void theDocumentedFormWithoutDashesStillOverridesIt() throws Exception {
        SourceRun run = run("RETAILSTORE_APIGATEWAYURL");
        assertEquals(List.of("webapp->gateway"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aVariableWhoseUnderscoresPartOtherWordsSetsNothing() throws Exception {
        SourceRun run = run("RETAILSTORE_APIGATEWAY_URL");
        assertEquals(List.of(), List.copyOf(run.edges().keySet()), "retailstore.apigateway.url is another key");
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("retailstore.api-gateway-url names host 'localhost'")),
                run.warnings().toString());
    }

    private SourceRun run(String variable) throws Exception {
        SourceRun.write(dir, "webapp/src/main/resources/application.properties",
                "retailstore.api-gateway-url=http://localhost:8765\n");
        SourceRun.write(dir, "webapp/src/main/java/x/Props.java", "package x;\n"
                + "@org.springframework.boot.context.properties.ConfigurationProperties(\"retailstore\")\n"
                + "record Props(String apiGatewayUrl) {\n}\n"
                + "class Gateway {\n    String base(Props props) { return props.apiGatewayUrl(); }\n}\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  webapp:\n    environment:\n"
                + "      " + variable + ": http://gateway:8765\n");
        return SourceRun.of(dir, new Fixtures(dir)
                .service("webapp", "ports: [{name: http, port: 8080}]\n", dep("org.springframework.boot:spring-boot-starter-web"))
                .service("gateway", "ports: [{name: http, port: 8765}]\n").modules(), new ConfiguredHosts());
    }
}
