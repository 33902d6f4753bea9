package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java file that reads its deployment's variable itself, {@code System.getenv("CART_REDIS_HOST")}, connects where
 * the deployment sets it: a host with the {@code _PORT} the file reads too, or a URL.
 */
class EnvironmentReadsTest {

    private static final String CONFIG = """
            package x;
            import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
            class CartRedis {
                LettuceConnectionFactory carts() {
                    String host = System.getenv("CART_REDIS_HOST");
                    String port = System.getenv("CART_REDIS_PORT");
                    return new LettuceConnectionFactory(host, Integer.parseInt(port));
                }
                String audit() {
                    return java.lang.System.getenv("AUDIT_URL") + "/events";
                }
                String timeout() {
                    return System.getenv("CART_REDIS_TIMEOUT_HOST_NAME");
                }
            }
            """;

    @TempDir
    Path dir;

    private SourceRun run(String composeEnvironment) throws Exception {
        SourceRun.write(dir, "orders/src/main/java/x/CartRedis.java", CONFIG);
        SourceRun.write(dir, "compose.yml", "services:\n  orders:\n    build: ./orders\n    environment:\n"
                + composeEnvironment);
        return SourceRun.of(dir, new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}]\n",
                        Fixtures.dep("org.springframework.boot:spring-boot-starter-data-redis"))
                .platformFile("""
                        services:
                          - {name: cart-cache, role: database, ports: [{port: 6380}], provides: [redis]}
                          - {name: audit, ports: [{name: http, port: 8090}, {name: admin, port: 9000}]}
                        """).modules(), new JavaSourceHosts());
    }

    @Test
    void theVariablesTheCodeReadsNameTheServerAndItsPort() throws Exception {
        SourceRun run = run("      CART_REDIS_HOST: cart-cache\n      CART_REDIS_PORT: \"6380\"\n"
                + "      AUDIT_URL: http://audit:8090\n");
        assertEquals(Map.of("orders->cart-cache", List.of("orders/src/main/java/x/CartRedis.java:5"
                        + " System.getenv(CART_REDIS_HOST) names cart-cache"),
                "orders->audit", List.of("orders/src/main/java/x/CartRedis.java:10 System.getenv(AUDIT_URL) names audit")),
                run.edges());
        assertEquals(Map.of("orders->cart-cache", List.of(6380), "orders->audit", List.of(8090)), run.ports());
    }

    @Test
    void aVariableTheDeploymentDoesNotSetNamesNothing() throws Exception {
        SourceRun run = run("      OTHER: x\n");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void getenvOfAnotherTypeIsNoEnvironmentRead() throws Exception {
        SourceRun.write(dir, "orders/src/main/java/x/Settings.java", """
                package x;
                class Settings {
                    static String getenv(String name) { return name.toLowerCase(); }
                    String audit() { return Settings.getenv("AUDIT_URL"); }
                }
                """);
        SourceRun run = run("      AUDIT_URL: http://audit:8090\n");
        assertEquals(Map.of("orders->audit", List.of("orders/src/main/java/x/CartRedis.java:10"
                + " System.getenv(AUDIT_URL) names audit")), run.edges());
    }
}
