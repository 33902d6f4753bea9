package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Cloud OpenFeign takes {@code @FeignClient(url)} as "an absolute URL or resolvable hostname (the protocol is
 * optional)" and calls {@code http://} when none is given: {@code orders:8080/api} is a call to orders on 8080.
 */
class FeignUrlWithoutSchemeTest {

    @TempDir
    Path dir;

    @Test
    void aFeignUrlWithoutSchemeIsAnHttpCallOnItsPort() throws Exception {
        SourceRun.write(dir, "web/src/main/java/shop/OrdersClient.java", "package shop;\n"
                + "@FeignClient(name = \"orders-client\", url = \"orders:8080/api/v1\")\ninterface OrdersClient {\n}\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "web", "orders");
        assertEquals(Map.of("web->orders", List.of("web/src/main/java/shop/OrdersClient.java:2 @FeignClient(url)"
                + " names orders")), run.edges());
        assertEquals(Map.of("web->orders", List.of(8080)), run.ports());
    }

    @Test
    void aBareHostIsAnHttpCallToo() throws Exception {
        SourceRun.write(dir, "web/src/main/java/shop/OrdersClient.java", "package shop;\n"
                + "@FeignClient(name = \"orders-client\", url = \"orders\")\ninterface OrdersClient {\n}\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "web", "orders");
        assertEquals(List.of("web->orders"), List.copyOf(run.edges().keySet()));
    }
}
