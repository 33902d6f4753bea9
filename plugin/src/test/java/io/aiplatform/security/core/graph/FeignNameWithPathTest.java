package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Cloud OpenFeign takes a client's {@code name} as {@code http://<name>} when it has no {@code url}, and the
 * service id is that URI's host: {@code name = "orders/api"} calls the service {@code orders} under {@code /api}.
 */
class FeignNameWithPathTest {

    @TempDir
    Path dir;

    @Test
    void theServiceIdIsTheHostOfANameWithAPath() throws Exception {
        SourceRun.write(dir, "web/src/main/java/shop/OrdersClient.java", "package shop;\n"
                + "@FeignClient(name = \"orders/api\")\ninterface OrdersClient {\n}\n");
        SourceRun.write(dir, "web/src/main/java/shop/BillingClient.java", "package shop;\n"
                + "@FeignClient(value = \"BILLING/v2\")\ninterface BillingClient {\n}\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "web", "orders", "billing");
        assertEquals(Map.of("web->orders", List.of("web/src/main/java/shop/OrdersClient.java:2 @FeignClient(name) names orders"),
                "web->billing", List.of("web/src/main/java/shop/BillingClient.java:2 @FeignClient(name) names BILLING")),
                run.edges());
    }

    @Test
    void aNameThatIsNoServiceIdGivesNothing() throws Exception {
        SourceRun.write(dir, "web/src/main/java/shop/OrdersClient.java", "package shop;\n"
                + "@FeignClient(name = \"/orders\")\ninterface OrdersClient {\n}\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges());
    }
}
