package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSourceHostsTest {

    @TempDir
    Path dir;

    @Test
    void aLiteralNamingAServiceIsAnEdgeAndOneNamingNoServiceIsNothing() throws Exception {
        SourceRun.write(dir, "web/src/main/java/shop/Client.java", "package shop;\nclass Client {\n"
                + "    String orders = \"http://orders:8080/api\";\n    String other = \"http://example.com/\";\n}\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "web", "orders");
        assertEquals(List.of("web->orders"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("web->orders").get(0).startsWith("web/src/main/java/shop/Client.java:3"),
                run.edges().toString());
        assertEquals(List.of(), run.warnings(), "a literal that names no service is no finding");
    }

    @Test
    void aFeignClientUrlTakesItsPlaceholderFromTheConfiguration() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties", "orders.url=http://orders:8080\n");
        SourceRun.write(dir, "web/src/main/java/shop/OrdersClient.java", "package shop;\n"
                + "@FeignClient(name = \"x\", url = \"${orders.url}\")\ninterface OrdersClient {\n}\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "web", "orders");
        assertEquals(List.of("web->orders"), List.copyOf(run.edges().keySet()), run.edges().toString());
        assertTrue(run.edges().get("web->orders").get(0).contains("@FeignClient(url)"), run.edges().toString());
    }

    @Test
    void aServiceWithoutSourcesGivesNothing() throws Exception {
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges());
    }
}
