package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery calls and HTTP interfaces in a service's Java sources (JavaSourceHosts through JavaDiscoveryCalls). */
class JavaDiscoveryCallsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String FILE = "web/src/main/java/shop/Calls.java";

    @TempDir
    Path dir;

    @Test
    void aDiscoveryClientsServiceIdIsAnEdgeWithTheCallAsEvidence() throws Exception {
        SourceRun.write(dir, FILE, "package shop;\n"
                + "import org.springframework.cloud.client.discovery.DiscoveryClient;\n"
                + "class Calls {\n"
                + "    private final DiscoveryClient discoveryClient;\n"
                + "    Object orders() {\n"
                + "        return discoveryClient.getInstances(\"orders\");\n"
                + "    }\n"
                + "    Object elsewhere() {\n"
                + "        return discoveryClient.getInstances(\"billing\");\n"
                + "    }\n"
                + "}\n");
        SourceRun run = run();
        assertEquals(Map.of("web->orders", List.of(FILE + ":6 DiscoveryClient.getInstances(\"orders\") names orders")),
                run.edges());
        assertEquals(List.of(), run.warnings(), "a service id that names no service is no finding");
    }

    @Test
    void aLoadBalancerClientsChoiceOfAConstantIsAnEdge() throws Exception {
        SourceRun.write(dir, FILE, "package shop;\n"
                + "class Calls {\n"
                + "    static final String ORDERS = \"orders\";\n"
                + "    Object call(LoadBalancerClient loadBalancer) {\n"
                + "        return loadBalancer.choose(ORDERS);\n"
                + "    }\n"
                + "}\n");
        assertEquals(Map.of("web->orders", List.of(FILE + ":5 LoadBalancerClient.choose(ORDERS = orders) names orders")),
                run().edges());
    }

    @Test
    void aServiceInstanceChoosersChoiceIsAnEdge() throws Exception {
        SourceRun.write(dir, FILE, "package shop;\n"
                + "class Calls {\n"
                + "    private ServiceInstanceChooser chooser;\n"
                + "    Object call() {\n"
                + "        return chooser.choose(\"orders\");\n"
                + "    }\n"
                + "}\n");
        assertEquals(Map.of("web->orders", List.of(FILE + ":5 ServiceInstanceChooser.choose(\"orders\") names orders")),
                run().edges());
    }

    @Test
    void aChooseOrGetInstancesOnAnythingElseIsNoEdge() throws Exception {
        SourceRun.write(dir, FILE, "package shop;\n"
                + "class Calls {\n"
                + "    Object call(Chooser chooser) {\n"
                + "        registry().getInstances(\"orders\");\n"
                + "        return chooser.choose(\"orders\");\n"
                + "    }\n"
                + "}\n");
        assertEquals(Map.of(), run().edges(), "no Spring Cloud client type, no import of its package");
    }

    @Test
    void anHttpExchangePlaceholderIsResolvedFromTheConfiguration() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", "orders:\n  base: http://orders:8080\n");
        SourceRun.write(dir, FILE, "package shop;\n"
                + "@HttpExchange(\"${orders.base}/api\")\n"
                + "interface Calls {\n"
                + "    @GetExchange(\"/items\")\n"
                + "    String items();\n"
                + "}\n");
        assertEquals(Map.of("web->orders", List.of(FILE + ":2 @HttpExchange(${orders.base}/api) names orders")),
                run().edges());
    }

    @Test
    void aBuildersBaseUrlFromAValueParameterOrTheEnvironmentIsAnEdge() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                "orders.endpoint=http://orders:8080\nstock.endpoint=lb://stock\n");
        SourceRun.write(dir, FILE, "package shop;\n"
                + "class Calls {\n"
                + "    @Bean\n"
                + "    OrdersApi orders(RestClient.Builder builder, @Value(\"${orders.endpoint}\") String endpoint) {\n"
                + "        RestClient client = builder.baseUrl(endpoint).build();\n"
                + "        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build()\n"
                + "                .createClient(OrdersApi.class);\n"
                + "    }\n"
                + "    WebClient stock(WebClient.Builder builder, Environment env) {\n"
                + "        return builder.baseUrl(env.getProperty(\"stock.endpoint\")).build();\n"
                + "    }\n"
                + "    WebClient nowhere(WebClient.Builder builder, Environment env) {\n"
                + "        return builder.baseUrl(env.getProperty(\"unset.endpoint\")).build();\n"
                + "    }\n"
                + "}\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP).service("orders", HTTP)
                .service("stock", HTTP).modules(), new JavaSourceHosts());
        assertEquals(Map.of("web->orders", List.of(FILE + ":5 baseUrl(endpoint) names orders"),
                "web->stock", List.of(FILE + ":10 baseUrl(env.getProperty(\"stock.endpoint\")) names stock")),
                run.edges());
        assertEquals(List.of(), run.warnings());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("web", HTTP).service("orders", HTTP).modules(),
                new JavaSourceHosts());
    }
}
