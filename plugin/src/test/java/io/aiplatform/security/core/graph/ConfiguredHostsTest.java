package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredHostsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    @Test
    void aUrlNamingAServiceIsAnEdgeWithTheFileLineAndKeyAsEvidence() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties", "x=1\nclients.orders.url=http://orders:8080/api\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new ConfiguredHosts(), "web", "orders");
        assertEquals(Map.of("web->orders", List.of("web/src/main/resources/application.properties:2 clients.orders.url"
                + " names orders")), run.edges());
    }

    @Test
    void aHostThatIsNoServiceIsAWarningAndNoEdge() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", "clients.pay.url: http://payments.example.com/\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new ConfiguredHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("names host 'payments.example.com', which is no service"
                + " of the platform")), run.warnings().toString());
    }

    @Test
    void theDeploymentEnvironmentAndAConfigServerRepositoryAreLayeredOverTheFiles() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", "clients.orders.url: ${ORDERS_URL:http://localhost}\n"
                + "spring.config.import: configserver:http://config:8888\n");
        SourceRun.write(dir, "config/src/main/resources/application.yml",
                "spring.cloud.config.server.native.search-locations: classpath:/repo\n");
        SourceRun.write(dir, "config/src/main/resources/repo/web.yml", "clients.search.url: http://search:9200\n");
        SourceRun.write(dir, "ops/docker-compose.yml", "services:\n  web:\n    environment:\n      ORDERS_URL: http://orders:8080\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP).service("orders", HTTP)
                .service("search", "ports: [{port: 9200}]\n").service("config", "ports: [{port: 8888}]\n").modules(),
                new ConfiguredHosts());
        assertEquals(List.of("web->config", "web->orders", "web->search"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("web->search").get(0).startsWith("config/src/main/resources/repo/web.yml:1 "),
                run.edges().toString());
        assertEquals(List.of("web/src/main/resources/application.yml:1 clients.orders.url names orders"),
                run.edges().get("web->orders"), "ORDERS_URL from the Compose file");
    }
}
