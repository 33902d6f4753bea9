package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.HelmCharts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ServiceMonitor} and {@code PodMonitor} resources that a Helm chart of the repository renders are read like
 * those of plain manifests, from the YAML Helm printed, with the chart's templates as evidence; the Services and
 * workloads the monitors select may be rendered by the chart too. Skipped where helm-java has no native Helm.
 */
class HelmServiceMonitorsTest {

    @TempDir
    Path dir;

    private static void assumeHelm() {
        assumeTrue(HelmCharts.helmUnavailable() == null, "helm-java has no native Helm for this OS and CPU");
    }

    /** A chart helm/shop rendering orders' Deployment and Service and, when monitoring.enabled, its ServiceMonitor. */
    private void shopChart(boolean monitored) throws Exception {
        SourceRun.write(dir, "helm/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
        SourceRun.write(dir, "helm/shop/values.yaml", "monitoring:\n  enabled: " + monitored
                + "\n  team: shop\nmetricsPort: 9100\n");
        SourceRun.write(dir, "helm/shop/templates/orders.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                spec:
                  template:
                    metadata:
                      labels: {app: orders, release: {{ .Release.Name }}}
                    spec:
                      containers:
                        - name: orders
                          image: orders:1
                          ports:
                            - {name: http, containerPort: 8080}
                            - {name: metrics, containerPort: {{ .Values.metricsPort }}}
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: orders
                  labels: {app: orders}
                spec:
                  selector: {app: orders}
                  ports:
                    - {name: web, port: 80, targetPort: http}
                    - {name: metrics, port: {{ .Values.metricsPort }}}
                """);
        SourceRun.write(dir, "helm/shop/templates/servicemonitor.yaml", """
                {{- if .Values.monitoring.enabled }}
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: {{ .Release.Name }}-orders
                  labels:
                    team: {{ .Values.monitoring.team }}
                spec:
                  selector:
                    matchLabels: {app: orders}
                  endpoints:
                    - port: metrics
                      interval: 30s
                {{- end }}
                """);
    }

    private SourceRun run() throws Exception {
        Fixtures fixtures = new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}, {name: metrics, port: 9100}]\n")
                .platformFile("services:\n  - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}\n");
        return SourceRun.of(dir, fixtures.modules(), new ServiceMonitorScrapes());
    }

    @Test
    void aServiceMonitorAChartRendersScrapesTheServiceItSelectsWithTheTemplateAsEvidence() throws Exception {
        assumeHelm();
        shopChart(true);
        SourceRun run = run();
        assertEquals(Map.of("prometheus->orders", List.of("ServiceMonitor shop-orders"
                + " (helm/shop/templates/servicemonitor.yaml:5), run by prometheus, the platform's only Prometheus"
                + " service (no Prometheus resource in the repository): endpoints[0] scrapes Service orders"
                + " (helm/shop/templates/orders.yaml:20) on port metrics (9100): orders")), run.edges());
        assertEquals(Map.of("prometheus->orders", List.of(9100)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aPodMonitorAChartRendersScrapesThePodsOfTheChartsWorkloadOnTheNamedContainerPort() throws Exception {
        assumeHelm();
        shopChart(false);
        SourceRun.write(dir, "helm/shop/templates/podmonitor.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: {{ .Release.Name }}-unused}
                spec:
                  selector: {matchLabels: {app: nothing}}
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: "{{ .Release.Name }}-orders-pods"}
                spec:
                  selector: {matchLabels: {app: orders}}
                  podMetricsEndpoints: [{port: metrics}]
                """);
        SourceRun run = run();
        assertEquals(Map.of("prometheus->orders", List.of("PodMonitor shop-orders-pods"
                + " (helm/shop/templates/podmonitor.yaml:9), run by prometheus, the platform's only Prometheus service"
                + " (no Prometheus resource in the repository): podMetricsEndpoints[0] scrapes the pods of orders"
                + " (helm/shop/templates/orders.yaml:4) on port metrics (9100): orders")), run.edges());
    }

    @Test
    void aMonitorTheChartsValuesLeaveOutIsNoScrape() throws Exception {
        assumeHelm();
        shopChart(false);
        assertEquals(Map.of(), run().edges());
    }

    @Test
    void aPrometheusResourceOfThePlainManifestsSelectsTheChartsMonitorByItsRenderedLabels() throws Exception {
        assumeHelm();
        shopChart(true);
        SourceRun.write(dir, "k8s/prometheus.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: Prometheus
                metadata: {name: main}
                spec:
                  serviceMonitorSelector: {matchLabels: {team: payments}}
                """);
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("helm/shop/templates/servicemonitor.yaml:5: ServiceMonitor shop-orders is not followed: no"
                + " Prometheus resource of the repository selects it by its serviceMonitorSelector (an absent selector"
                + " selects none; matchExpressions are not evaluated); the scrapes it configures are not derived (add"
                + " 'calls:' to the Prometheus service if it scrapes services of the platform)"), run.notices());
    }
}
