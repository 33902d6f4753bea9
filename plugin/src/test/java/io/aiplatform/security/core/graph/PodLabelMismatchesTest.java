package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kubernetes workload of the repository that runs a service while its pods lack the service's labels (which the
 * generated NetworkPolicies select) is one warning per service, naming the workload's file and line, both label sets
 * and the two ways out; pods that carry the labels, Compose services and the edges are left as they are.
 */
class PodLabelMismatchesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    /** A Deployment {@code name} whose pods carry {@code labels}, with one container {@code container}. */
    private static String deployment(String name, String labels, String container) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\nspec:\n  template:\n"
                + "    metadata:\n      labels: " + labels + "\n    spec:\n      containers:\n        - name: " + container
                + "\n          image: shop/" + container + ":1\n          env:\n            - name: BILLING_URL\n"
                + "              value: http://billing:8080\n";
    }

    private SourceRun run(String ordersDescriptor) throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("orders", ordersDescriptor).service("billing", HTTP).modules())
                .then(PodLabelMismatches::report);
    }

    @Test
    void podsLabelledOnlyAppAreOneWarningWithBothWaysOut() throws Exception {
        SourceRun.write(dir, "k8s/orders.yaml", deployment("orders", "{app: orders, version: v1}", "orders"));
        SourceRun run = run(HTTP);
        assertEquals(List.of("k8s/orders.yaml:4: service 'orders': Deployment orders runs service orders, but its pods carry"
                + " the labels {app: orders, version: v1} and lack {app.kubernetes.io/name: orders} of"
                + " {app.kubernetes.io/name: orders}, which the generated NetworkPolicies of orders select: applied as"
                + " generated, none of them applies to those pods, and under the default-deny policy their traffic is"
                + " blocked. Add {app.kubernetes.io/name: orders} to the pod template's labels, or set labels:"
                + " {app: orders, version: v1} in its descriptor (orders/src/main/ai-security/service.yaml)"),
                run.warnings());
    }

    @Test
    void aWorkloadTiedByAServiceSelectorSaysWhyOthersOfTheServiceAreNamedAndTheLabelsAllShareAreOffered() throws Exception {
        SourceRun.write(dir, "k8s/orders.yaml", deployment("shop-order", "{app: shop-order, version: v1}", "main")
                + "---\napiVersion: v1\nkind: Service\nmetadata: {name: orders}\nspec:\n  selector: {app: shop-order}\n"
                + "---\n" + deployment("shop-order-canary", "{app: shop-order, track: canary}", "main"));
        SourceRun run = run(HTTP);
        assertEquals(List.of("k8s/orders.yaml:4: service 'orders': Deployment shop-order runs service orders (Deployment"
                + " shop-order runs orders: Service orders selects its pods), but its pods carry the labels"
                + " {app: shop-order, version: v1} and lack {app.kubernetes.io/name: orders} of {app.kubernetes.io/name: orders},"
                + " which the generated NetworkPolicies of orders select: applied as generated, none of them applies to"
                + " those pods, and under the default-deny policy their traffic is blocked; so are the pods of"
                + " Deployment shop-order-canary (k8s/orders.yaml:26). Add {app.kubernetes.io/name: orders} to the pod"
                + " template's labels, or set labels: {app: shop-order} in its descriptor"
                + " (orders/src/main/ai-security/service.yaml)"), run.warnings());
    }

    @Test
    void aWrongValueOfADescriptorsLabelFiresAndAPodTemplateWithoutLabelsIsLeftAlone() throws Exception {
        SourceRun.write(dir, "k8s/orders.yaml", deployment("orders", "{team: shop, tier: legacy}", "orders")
                + "---\n" + deployment("billing", "{}", "billing"));
        SourceRun run = run(HTTP + "labels: {team: shop, tier: web}\n");
        assertEquals(List.of("k8s/orders.yaml:4: service 'orders': Deployment orders runs service orders, but its pods carry the labels"
                        + " {team: shop, tier: legacy} and lack {tier: web} of {team: shop, tier: web}, which the"
                        + " generated NetworkPolicies of orders select: applied as generated, none of them applies to"
                        + " those pods, and under the default-deny policy their traffic is blocked. Add {tier: web} to"
                        + " the pod template's labels, or set labels: {team: shop, tier: legacy} in its descriptor"
                        + " (orders/src/main/ai-security/service.yaml)"),
                run.warnings(), "billing's pod template gives no labels");
    }

    @Test
    void labelsThatCarryAVersionAreNotOffered() throws Exception {
        SourceRun.write(dir, "k8s/orders.yaml", deployment("orders", "{app.kubernetes.io/name: shop-orders,"
                + " app.kubernetes.io/version: 2.1.0, helm.sh/chart: orders-1.4.2}", "orders"));
        assertEquals(List.of("k8s/orders.yaml:4: service 'orders': Deployment orders runs service orders, but its pods"
                + " carry the labels {app.kubernetes.io/name: shop-orders, app.kubernetes.io/version: 2.1.0, helm.sh/chart:"
                + " orders-1.4.2} and lack {app.kubernetes.io/name: orders} of {app.kubernetes.io/name: orders}, which the"
                + " generated NetworkPolicies of orders select: applied as generated, none of them applies to those pods,"
                + " and under the default-deny policy their traffic is blocked. Add {app.kubernetes.io/name: orders} to"
                + " the pod template's labels, or set labels: {app.kubernetes.io/name: shop-orders} in its descriptor"
                + " (orders/src/main/ai-security/service.yaml)"), run(HTTP).warnings());
    }

    @Test
    void podsCarryingTheServicesLabelsAreNoWarning() throws Exception {
        SourceRun.write(dir, "k8s/orders.yaml", deployment("orders", "{app.kubernetes.io/name: orders, app: x}", "orders"));
        assertEquals(List.of(), run(HTTP).warnings(), "orders carries the default label");
        SourceRun.write(dir, "k8s/billing.yaml", deployment("billing-v2", "{app: billing, team: pay}", "billing"));
        assertEquals(List.of(), SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP)
                .service("billing", HTTP + "labels: {app: billing}\n").modules()).then(PodLabelMismatches::report).warnings(),
                "billing's own labels");
    }

    @Test
    void composeServicesAndWorkloadsOfNoServiceAreNoWarningAndTheEdgesStay() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    image: shop/orders\n    environment:\n"
                + "      CLIENTS_BILLING_URL: http://billing:8080\n");
        SourceRun.write(dir, "orders/src/main/resources/application.properties", "clients.billing.url=http://localhost:8080\n");
        SourceRun.write(dir, "k8s/tools.yaml", deployment("debug-shell", "{app: debug}", "shell"));
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("billing", HTTP).modules(),
                new ConfiguredHosts()).then(PodLabelMismatches::report);
        assertEquals(List.of(), run.warnings());
        assertEquals(Map.of("orders->billing", List.of("docker-compose.yml:5 clients.billing.url names billing")), run.edges());
    }
}
