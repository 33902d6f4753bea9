package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus Operator {@code ServiceMonitor} and {@code PodMonitor} resources: the Prometheus that selects them
 * scrapes the services whose Kubernetes Services (or pods) they select, on the pod port the endpoint leads to.
 */
class ServiceMonitorScrapesTest {

    private static final String APPS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: orders}
            spec:
              template:
                metadata: {labels: {app: orders}}
                spec:
                  containers:
                    - name: orders
                      image: orders
                      ports: [{name: http, containerPort: 8080}, {name: metrics, containerPort: 9100}]
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: orders
              labels: {app: orders, monitored: "true"}
            spec:
              selector: {app: orders}
              ports: [{name: web, port: 80, targetPort: http}, {name: metrics, port: 9100}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: billing}
            spec:
              template:
                metadata: {labels: {app: billing}}
                spec:
                  containers:
                    - name: billing
                      image: billing
                      ports: [{name: http, containerPort: 8080}, {name: metrics, containerPort: 9091}]
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: billing
              labels: {app: billing}
            spec:
              selector: {app: billing}
              ports: [{name: http, port: 8080}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: payments}
            spec:
              template:
                metadata: {labels: {app: payments, scraped: "yes"}}
                spec:
                  containers:
                    - name: payments
                      image: payments
                      ports: [{name: http, containerPort: 8080}, {name: prom, containerPort: 9092}]
            """;

    private static final String PROMETHEUS = """
            apiVersion: monitoring.coreos.com/v1
            kind: Prometheus
            metadata: {name: main}
            spec:
              serviceMonitorSelector: {matchLabels: {team: shop}}
              podMonitorSelector: {}
            """;

    @TempDir
    Path dir;

    private SourceRun run(String prometheusService) throws Exception {
        SourceRun.write(dir, "k8s/apps.yaml", APPS);
        Fixtures fixtures = new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}, {name: metrics, port: 9100}]\n")
                .service("billing", "ports: [{name: http, port: 8080}, {name: metrics, port: 9091}]\n")
                .service("payments", "ports: [{name: http, port: 8080}, {name: prom, port: 9092}]\n");
        if (prometheusService != null) {
            fixtures.platformFile("services:\n  - {name: " + prometheusService
                    + ", role: monitoring, ports: [{name: http, port: 9090}]}\n");
        }
        return SourceRun.of(dir, fixtures.modules(), new ServiceMonitorScrapes());
    }

    private void monitors(String text) throws Exception {
        SourceRun.write(dir, "k8s/monitoring.yaml", text);
    }

    @Test
    void aServiceMonitorSelectedByAPrometheusResourceIsAScrapeByPortNameAndByTargetPort() throws Exception {
        monitors(PROMETHEUS + """
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: orders
                  labels: {team: shop}
                spec:
                  selector: {matchLabels: {app: orders}}
                  endpoints: [{port: web}, {port: metrics}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: billing
                  labels: {team: shop}
                spec:
                  selector: {matchLabels: {app: billing}}
                  endpoints:
                    - targetPort: 9091
                """);
        SourceRun run = run("prometheus-main");
        String by = ", selected by Prometheus main (k8s/monitoring.yaml:3)'s serviceMonitorSelector: ";
        assertEquals(Map.of(
                "prometheus-main->orders", List.of(
                        "ServiceMonitor orders (k8s/monitoring.yaml:11)" + by + "endpoints[0] scrapes Service orders"
                                + " (k8s/apps.yaml:16) on port web (80); Service orders (k8s/apps.yaml:20) maps port 80 to"
                                + " targetPort http (8080): orders",
                        "ServiceMonitor orders (k8s/monitoring.yaml:11)" + by + "endpoints[1] scrapes Service orders"
                                + " (k8s/apps.yaml:16) on port metrics (9100): orders"),
                "prometheus-main->billing", List.of(
                        "ServiceMonitor billing (k8s/monitoring.yaml:20)" + by + "endpoints[0] scrapes Service billing"
                                + " (k8s/apps.yaml:37) on targetPort 9091: billing")), run.edges());
        assertEquals(Map.of("prometheus-main->orders", List.of(8080, 9100), "prometheus-main->billing", List.of(9091)),
                run.ports());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of(), run.notices());
    }

    @Test
    void aPodMonitorScrapesTheSelectedPodsOnTheNamedContainerPort() throws Exception {
        monitors(PROMETHEUS + """
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: payments}
                spec:
                  selector: {matchLabels: {scraped: "yes"}}
                  podMetricsEndpoints: [{port: prom}]
                """);
        SourceRun run = run("prometheus-main");
        assertEquals(Map.of("prometheus-main->payments", List.of("PodMonitor payments (k8s/monitoring.yaml:10),"
                + " selected by Prometheus main (k8s/monitoring.yaml:3)'s podMonitorSelector: podMetricsEndpoints[0]"
                + " scrapes the pods of payments (k8s/apps.yaml:45) on port prom (9092): payments")), run.edges());
        assertEquals(Map.of("prometheus-main->payments", List.of(9092)), run.ports());
    }

    @Test
    void withoutAPrometheusResourceThePlatformsOnlyPrometheusServiceScrapes() throws Exception {
        monitors("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: orders}
                spec:
                  selector: {matchLabels: {app: orders}}
                  endpoints: [{port: metrics}]
                """);
        SourceRun run = run("prometheus");
        assertEquals(Map.of("prometheus->orders", List.of("ServiceMonitor orders (k8s/monitoring.yaml:3), run by"
                + " prometheus, the platform's only Prometheus service (no Prometheus resource in the repository):"
                + " endpoints[0] scrapes Service orders (k8s/apps.yaml:16) on port metrics (9100): orders")), run.edges());
    }

    @Test
    void aSelectorMatchingNoServiceOrAPortTheServiceLacksScrapesNothing() throws Exception {
        monitors(PROMETHEUS + """
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: nothing, labels: {team: shop}}
                spec:
                  selector: {matchLabels: {app: nothing}}
                  endpoints: [{port: metrics}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: billing, labels: {team: shop}}
                spec:
                  selector: {matchLabels: {app: billing}}
                  endpoints: [{port: metrics}]
                """);
        SourceRun run = run("prometheus-main");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aMonitorNoPrometheusSelectsOrOfOtherNamespacesIsInformationAndNoEdge() throws Exception {
        monitors("""
                apiVersion: monitoring.coreos.com/v1
                kind: Prometheus
                metadata: {name: main}
                spec:
                  serviceMonitorSelector: {matchLabels: {team: shop}}
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: orders, labels: {team: other}}
                spec:
                  selector: {matchLabels: {app: orders}}
                  endpoints: [{port: metrics}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: payments}
                spec:
                  selector: {matchLabels: {scraped: "yes"}}
                  podMetricsEndpoints: [{port: prom}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: elsewhere, labels: {team: shop}}
                spec:
                  namespaceSelector: {matchNames: [billing-ns]}
                  selector: {matchLabels: {app: billing}}
                  endpoints: [{targetPort: 9091}]
                """);
        SourceRun run = run("prometheus-main");
        assertEquals(Map.of(), run.edges());
        String rest = "; the scrapes it configures are not derived (add 'calls:' to the Prometheus service if it scrapes"
                + " services of the platform)";
        assertEquals(List.of(
                "k8s/monitoring.yaml:9: ServiceMonitor orders is not followed: no Prometheus resource of the repository"
                        + " selects it by its serviceMonitorSelector (an absent selector selects none; matchExpressions"
                        + " are not evaluated)" + rest,
                "k8s/monitoring.yaml:16: PodMonitor payments is not followed: no Prometheus resource of the repository"
                        + " selects it by its podMonitorSelector (an absent selector selects none; matchExpressions are"
                        + " not evaluated)" + rest,
                "k8s/monitoring.yaml:23: ServiceMonitor elsewhere is not followed: its namespaceSelector names billing-ns,"
                        + " not the platform's namespace shop" + rest), run.notices());
    }

    @Test
    void aMonitorNoServiceRunsIsAWarningNamingIt() throws Exception {
        monitors("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: orders}
                spec:
                  selector: {matchLabels: {app: orders}}
                  endpoints: [{port: metrics}]
                """);
        SourceRun run = run(null);
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("k8s/monitoring.yaml:3: this ServiceMonitor orders is run by no service of the platform: no"
                + " Prometheus resource of the repository selects it, and no service is named prometheus or runs its"
                + " image; the scrapes it configures are not derived (add the Prometheus resource that selects it, name"
                + " the Prometheus service prometheus, or add 'calls:' to it)"), run.warnings());
    }

    @Test
    void aMatchExpressionsSelectorIsInformationAndAPrometheusNoServiceRunsIsAWarning() throws Exception {
        monitors(PROMETHEUS + """
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: orders, labels: {team: shop}}
                spec:
                  selector:
                    matchExpressions: [{key: app, operator: In, values: [orders]}]
                  endpoints: [{port: metrics}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: payments}
                spec:
                  selector: {matchLabels: {scraped: "yes"}}
                  podMetricsEndpoints: [{port: prom}]
                """);
        SourceRun run = run("metrics");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("k8s/monitoring.yaml:10: ServiceMonitor orders is not followed: its selector has"
                + " matchExpressions, which are not evaluated; the scrapes it configures are not derived (add 'calls:'"
                + " to the Prometheus service if it scrapes services of the platform)"), run.notices());
        assertEquals(List.of("k8s/monitoring.yaml:18: this PodMonitor payments is run by no service of the platform: it"
                + " is selected by Prometheus main (k8s/monitoring.yaml:3), which runs as prometheus-main,"
                + " prometheus-operated, main, none of them a service of the platform; the scrapes it configures are not"
                + " derived (add the Prometheus resource that selects it, name the Prometheus service prometheus, or add"
                + " 'calls:' to it)"), run.warnings());
    }
}
