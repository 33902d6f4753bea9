package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment whose container runs the image a module builds runs that module, whatever its name: the image a
 * module builds is what its POM's image plugin (Jib, Spring Boot's build-image, docker-maven-plugin), Quarkus'
 * container-image settings, a skaffold artifact or a Compose build from its folder name; images compare without
 * registry and tag, and the evidence names the build file and the image.
 */
class ImageMatchingTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    /** A Deployment {@code name}, labelled {@code app: name}, whose one container {@code main} runs {@code image}. */
    private static String deployment(String name, String image) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\nspec:\n  template:\n"
                + "    metadata:\n      labels: {app: " + name + "}\n    spec:\n      containers:\n"
                + "        - name: main\n          image: " + image + "\n          env:\n"
                + "            - name: CLIENTS_BILLING_URL\n              value: http://billing:8080/api\n";
    }

    private static String pom(String plugin, String configuration) {
        return "<project>\n  <artifactId>orders</artifactId>\n  <properties>\n    <image.org>shop</image.org>\n"
                + "  </properties>\n  <build>\n    <plugins>\n      <plugin>\n        <artifactId>" + plugin
                + "</artifactId>\n        <configuration>\n" + configuration + "        </configuration>\n"
                + "      </plugin>\n    </plugins>\n  </build>\n</project>\n";
    }

    private SourceRun run() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "clients.billing.url=http://localhost:8080\n");
        return SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("billing", HTTP).modules(),
                new ConfiguredHosts());
    }

    @Test
    void aWorkloadRunningTheImageJibBuildsRunsTheModule() throws Exception {
        SourceRun.write(dir, "orders/pom.xml", pom("jib-maven-plugin",
                "          <!-- <to><image>other/orders</image></to> -->\n"
                        + "          <to>\n            <image>registry.example.com/${image.org}/orders:${project.version}</image>\n"
                        + "          </to>\n"));
        SourceRun.write(dir, "k8s/shop.yaml", deployment("shop-ordering", "ghcr.io/shop/orders:2.1"));
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/shop.yaml:15 clients.billing.url (Deployment shop-ordering"
                + " runs orders: its container image ghcr.io/shop/orders:2.1 is the image registry.example.com/shop/orders:${project.version}"
                + " that orders/pom.xml:13 (jib-maven-plugin <to><image>) builds) names billing")), run.edges());
        assertEquals(List.of(), run.notices());
    }

    @Test
    void springBootsBuildImageNameAndDockerMavenPluginsImageNameTieToo() throws Exception {
        SourceRun.write(dir, "orders/pom.xml", pom("spring-boot-maven-plugin",
                "          <image>\n            <builder>paketobuildpacks/builder</builder>\n"
                        + "            <name>docker.io/shop/${project.artifactId}</name>\n          </image>\n"));
        SourceRun.write(dir, "billing/pom.xml", pom("docker-maven-plugin",
                "          <images>\n            <image>\n              <name>shop/billing-api:1</name>\n"
                        + "            </image>\n          </images>\n"));
        SourceRun.write(dir, "k8s/shop.yaml", deployment("shop-ordering", "shop/orders")
                + "---\n" + deployment("shop-billing", "shop/billing-api:latest").replace("CLIENTS_BILLING_URL",
                "CLIENTS_ORDERS_URL").replace("http://billing:8080/api", "http://orders:8080/"));
        SourceRun.write(dir, "billing/src/main/resources/application.properties",
                "clients.orders.url=http://localhost:8080\n");
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/shop.yaml:15 clients.billing.url (Deployment shop-ordering"
                        + " runs orders: its container image shop/orders is the image docker.io/shop/orders that"
                        + " orders/pom.xml:13 (spring-boot-maven-plugin build-image <image><name>) builds) names billing"),
                "billing->orders", List.of("k8s/shop.yaml:31 clients.orders.url (Deployment shop-billing runs billing:"
                        + " its container image shop/billing-api:latest is the image shop/billing-api:1 that"
                        + " billing/pom.xml:13 (docker-maven-plugin <images><image><name>) builds) names orders")),
                run.edges());
    }

    @Test
    void spotifysDockerfilePluginRepositoryTies() throws Exception {
        SourceRun.write(dir, "orders/pom.xml", pom("dockerfile-maven-plugin",
                "          <repository>${image.org}/${project.artifactId}</repository>\n          <tag>1</tag>\n"));
        SourceRun.write(dir, "compose.yml", "services:\n  ordersvc:\n    image: shop/orders:0.0.3-SNAPSHOT\n"
                + "    environment:\n      CLIENTS_BILLING_URL: http://billing:8080/api\n");
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("compose.yml:5 clients.billing.url (Compose service ordersvc runs"
                + " the module: its image shop/orders:0.0.3-SNAPSHOT is the image shop/orders that orders/pom.xml:11"
                + " (dockerfile-maven-plugin <repository>) builds) names billing")), run.edges());
        assertEquals(List.of(), run.notices());
    }

    @Test
    void aComposeServiceRunningTheImageIsAWayOfRunningItBesideAWorkloadAServiceOfItsNameSelects() throws Exception {
        // Kubernetes ranks its workloads (a Service of the service's name selecting the pods comes before the image);
        // a Compose service that runs the module's image is another way of running it and gives its variables too
        SourceRun.write(dir, "orders/pom.xml", pom("dockerfile-maven-plugin",
                "          <repository>${image.org}/${project.artifactId}</repository>\n          <tag>1</tag>\n"));
        SourceRun.write(dir, "compose.yml", "services:\n  ordersvc:\n    image: shop/orders:0.0.3-SNAPSHOT\n"
                + "    environment:\n      CLIENTS_BILLING_URL: http://billing:8080/api\n");
        SourceRun.write(dir, "k8s/shop.yaml", deployment("shop-ordering", "shop/orders:1").replace(
                "http://billing:8080/api", "http://localhost:8080/api") + "---\napiVersion: v1\nkind: Service\n"
                + "metadata:\n  name: orders\nspec:\n  selector:\n    app: shop-ordering\n  ports:\n    - port: 8080\n");
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("compose.yml:5 clients.billing.url (Compose service ordersvc runs"
                + " the module: its image shop/orders:0.0.3-SNAPSHOT is the image shop/orders that orders/pom.xml:11"
                + " (dockerfile-maven-plugin <repository>) builds) names billing")), run.edges());
    }

    @Test
    void quarkusContainerImageGroupAndNameTie() throws Exception {
        SourceRun.write(dir, "orders/pom.xml", "<project><artifactId>orders</artifactId></project>\n");
        SourceRun.write(dir, "k8s/shop.yaml", deployment("shop-ordering", "quay.io/shop/ordering:1.0"));
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "clients.billing.url=http://localhost:8080\nquarkus.container-image.group=shop\n"
                        + "quarkus.container-image.name=ordering\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("billing", HTTP).modules(),
                new ConfiguredHosts());
        assertEquals(Map.of("orders->billing", List.of("k8s/shop.yaml:15 clients.billing.url (Deployment shop-ordering"
                + " runs orders: its container image quay.io/shop/ordering:1.0 is the image shop/ordering that"
                + " orders/src/main/resources/application.properties:3 (quarkus.container-image.group and"
                + " quarkus.container-image.name) builds) names billing")), run.edges());
    }

    @Test
    void aSkaffoldArtifactBuiltFromTheModulesFolderTies() throws Exception {
        SourceRun.write(dir, "skaffold.yaml", "apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n"
                + "    - image: shop-orders\n      context: orders\n      jib: {}\n");
        SourceRun.write(dir, "k8s/shop.yaml", deployment("shop-ordering", "shop-orders"));
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/shop.yaml:15 clients.billing.url (Deployment shop-ordering"
                + " runs orders: its container image shop-orders is the image shop-orders that skaffold.yaml:5 (skaffold"
                + " build.artifacts[0].image with context orders) builds) names billing")), run.edges());
    }

    @Test
    void aComposeBuildOfTheFolderNamesTheImageAComposeServiceOrWorkloadRuns() throws Exception {
        SourceRun.write(dir, "compose.yml", "services:\n  orders-build:\n    build: ./orders\n    image: shop/orders:dev\n"
                + "    profiles: [build]\n  ordering:\n    image: shop/orders:dev\n    environment:\n"
                + "      CLIENTS_BILLING_URL: http://billing:8080/api\n");
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("compose.yml:9 clients.billing.url (Compose service ordering runs"
                + " the module: its image shop/orders:dev is the image shop/orders:dev that compose.yml:4 (Compose service"
                + " orders-build image with build ./orders) builds) names billing")), run.edges());
    }

    @Test
    void anotherImageOrAnUnresolvedOneTiesNothing() throws Exception {
        SourceRun.write(dir, "orders/pom.xml", pom("jib-maven-plugin",
                "          <to><image>${docker.org}/orders</image></to>\n"));
        SourceRun.write(dir, "k8s/shop.yaml", deployment("shop-ordering", "shop/orders-v2:1")
                + "---\n" + deployment("shop-other", "other/orders:1"));
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(2, run.notices().size(), "both workloads run none of the services: " + run.notices());
    }

    /** {@code compose.yml}: orders built from its folder calls {@code http://pay:8080}; {@code pay} runs {@code image}. */
    private static String composeCallingPay(String image) {
        return "services:\n  ordering:\n    build: ./orders\n    environment:\n"
                + "      CLIENTS_BILLING_URL: http://pay:8080/api\n  pay:\n    image: " + image + "\n";
    }

    @Test
    void aComposeServiceRunningTheModulesImageIsAHostNameOfItAlsoWithoutEnvironment() throws Exception {
        SourceRun.write(dir, "billing/pom.xml", pom("docker-maven-plugin",
                "          <images>\n            <image>\n              <name>shop/billing</name>\n"
                        + "            </image>\n          </images>\n"));
        SourceRun.write(dir, "compose.yml", composeCallingPay("shop/billing:1"));
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("compose.yml:5 clients.billing.url names pay (compose.yml:7 gives"
                + " Compose service pay the service name (it runs the image the module builds) pay)")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aComposeServiceWithoutEnvironmentRunningAnotherImageNamesNoService() throws Exception {
        SourceRun.write(dir, "billing/pom.xml", pom("docker-maven-plugin",
                "          <images>\n            <image>\n              <name>shop/billing</name>\n"
                        + "            </image>\n          </images>\n"));
        SourceRun.write(dir, "compose.yml", composeCallingPay("shop/payments:1"));
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("names host 'pay'")).count(), run.warnings().toString());
    }
}
