package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kubernetes workload runs a service when its name is the service's, else when a Service named after the
 * service selects its pods, else when its pods' app.kubernetes.io/name or app label names it, else when its
 * only container does; the evidence says which. A workload that runs none and names services is one notice.
 */
class WorkloadMatchingTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String ENV = """
            env:
              - name: CLIENTS_BILLING_URL
                value: http://billing:8080/api
            """;

    @TempDir
    Path dir;

    /** A Deployment {@code name} whose pods carry {@code labels} and whose containers are {@code containers}. */
    private static String deployment(String name, String labels, String... containers) {
        StringBuilder text = new StringBuilder("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name
                + "\nspec:\n  template:\n    metadata:\n      labels: " + labels + "\n    spec:\n      containers:\n");
        for (String container : containers) {
            text.append("        - name: ").append(container).append("\n          image: shop/").append(container)
                    .append(":1\n").append(ENV.indent(10));
        }
        return text.toString();
    }

    private SourceRun run() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", "clients.billing.url=http://localhost:8080\n");
        return SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("billing", HTTP)
                .service("postgres", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n").modules(),
                new ConfiguredHosts());
    }

    @Test
    void aServiceNamedAfterTheModuleThatSelectsThePodsTiesTheWorkloadToIt() throws Exception {
        SourceRun.write(dir, "k8s/order.yaml", deployment("maxilog-order", "{app: maxilog-order}", "maxilog-order")
                + "---\napiVersion: v1\nkind: Service\nmetadata: {name: orders}\nspec:\n  selector: {app: maxilog-order}\n"
                + "  ports: [{port: 8080}]\n");
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/order.yaml:15 clients.billing.url (Deployment maxilog-order"
                + " runs orders: Service orders selects its pods) names billing")), run.edges());
        assertEquals(List.of(), run.notices());
    }

    @Test
    void thePodsNameLabelTiesTheWorkloadToTheModule() throws Exception {
        SourceRun.write(dir, "k8s/order.yaml", deployment("shop-order", "{app.kubernetes.io/name: orders, tier: be}",
                "main"));
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/order.yaml:15 clients.billing.url (Deployment shop-order"
                + " runs orders: its pods' label app.kubernetes.io/name is orders) names billing")), run.edges());
    }

    @Test
    void theAppLabelTiesTheWorkloadToTheModuleAndASelectorlessServiceDoesNot() throws Exception {
        SourceRun.write(dir, "k8s/order.yaml", deployment("shop-order", "{app: orders}", "main")
                + "---\napiVersion: v1\nkind: Service\nmetadata: {name: billing}\nspec:\n  ports: [{port: 8080}]\n"
                + "---\n" + deployment("billing-v1", "{tier: be}", "main", "sidecar"));
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/order.yaml:15 clients.billing.url (Deployment shop-order"
                + " runs orders: its pods' label app is orders) names billing")), run.edges());
        assertEquals(1, run.notices().size(), "billing-v1: a Service without selector selects no pods by it");
    }

    @Test
    void theOnlyContainersNameTiesTheWorkloadToTheModule() throws Exception {
        SourceRun.write(dir, "k8s/order.yaml", deployment("shop-order", "{tier: be}", "orders"));
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/order.yaml:15 clients.billing.url (Deployment shop-order"
                + " runs orders: its only container is named orders) names billing")), run.edges());
    }

    @Test
    void theWorkloadNamedAfterTheModuleWinsAndItsEvidenceIsAsBefore() throws Exception {
        SourceRun.write(dir, "k8s/order.yaml", deployment("orders", "{app: shop}", "main")
                + "---\n" + deployment("orders-canary", "{app: orders}", "orders"));
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/order.yaml:15 clients.billing.url names billing")),
                run.edges());
        assertEquals(List.of(), run.notices(), "orders-canary is labelled app: orders");
    }

    @Test
    void aWorkloadThatRunsNoServiceIsNoEdgeButOneNotice() throws Exception {
        // two containers, one named orders; a Service orders selecting other pods; no name label: no match
        SourceRun.write(dir, "k8s/order.yaml", deployment("maxilog-order", "{app: maxilog-order}", "orders", "proxy")
                + "---\napiVersion: v1\nkind: Service\nmetadata: {name: orders}\nspec:\n  selector: {app: orders}\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("k8s/order.yaml:4: Deployment maxilog-order runs none of the services, so the connections"
                + " its environment sets (to billing) are not derived; to tie it to its service, name the workload,"
                + " its pods' app.kubernetes.io/name or app label, or its only container after the service, or select"
                + " its pods with a Service of the service's name"), run.notices());
    }

    @Test
    void aWorkloadThatNamesNoServiceOrRunsInfrastructureIsNoNotice() throws Exception {
        SourceRun.write(dir, "k8s/tools.yaml", deployment("debug-shell", "{app: debug}", "shell").replace(
                "http://billing:8080/api", "http://example.org/") + "---\n" + deployment("postgres", "{app: db}", "db"));
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.notices());
    }
}
