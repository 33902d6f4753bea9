package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.HelmCharts;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's Helm charts are rendered with their default values (and the helmValues files) and read
 * like plain manifests: workloads take their environment from the chart's ConfigMaps and Secrets, the
 * evidence names the template and the values file, a dependency that is not vendored is one warning, a
 * Secret's value is shown nowhere. Skipped where helm-java has no native Helm for the machine.
 */
class HelmChartEnvironmentTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PASSWORD = "Pw7Kq2Planted";

    @TempDir
    Path dir;

    private static void assumeHelm() {
        assumeTrue(HelmCharts.helmUnavailable() == null, "helm-java has no native Helm for this OS and CPU");
    }

    /** A chart helm/shop whose orders Deployment takes its environment from the chart's ConfigMap and Secret. */
    private void shopChart(String values) throws Exception {
        SourceRun.write(dir, "helm/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
        SourceRun.write(dir, "helm/shop/values.yaml", values);
        SourceRun.write(dir, "helm/shop/templates/orders.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                  labels: {app: orders, release: {{ .Release.Name }}}
                spec:
                  template:
                    spec:
                      containers:
                        - name: orders
                          image: "orders:{{ .Chart.Version }}"
                          envFrom:
                            - configMapRef: {name: orders-config}
                            - secretRef: {name: orders-db}
                """);
        SourceRun.write(dir, "helm/shop/templates/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: orders-config
                data:
                  CLIENTS_BILLING_URL: {{ .Values.billing.url | quote }}
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: orders-db
                data:
                  SPRING_DATASOURCE_URL: {{ printf "jdbc:postgresql://%s:5432/orders?password=%s" .Values.db.host .Values.db.password | b64enc }}
                """);
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "clients.billing.url=http://localhost:8080\n");
    }

    private static String values(String billing) {
        return "billing:\n  url: " + billing + "\ndb:\n  host: postgres\n  password: " + PASSWORD + "\n";
    }

    private SourceRun run(String... helmValues) throws Exception {
        List<Module> modules = new Fixtures(dir).service("orders", HTTP).service("billing", HTTP)
                .service("payments", HTTP)
                .service("postgres", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n").modules();
        List<Path> values = java.util.Arrays.stream(helmValues).map(dir::resolve).toList();
        return SourceRun.of(new DerivationProject(dir, modules, List.of(), "shop", List.of(), values), new ConfiguredHosts());
    }

    @Test
    void aChartsConfigMapAndSecretAreTheWorkloadsEnvironmentWithTheTemplateAndValuesFileAsEvidence() throws Exception {
        assumeHelm();
        shopChart(values("http://billing:8080/api"));
        SourceRun run = run();
        assertEquals(Map.of(
                "orders->billing", List.of("helm/shop/templates/config.yaml from values helm/shop/values.yaml:2"
                        + " ConfigMap orders-config key CLIENTS_BILLING_URL names billing"),
                "orders->postgres", List.of("helm/shop/templates/config.yaml:13 Secret orders-db key"
                        + " SPRING_DATASOURCE_URL names postgres")), run.edges());
        assertEquals(List.of(), run.warnings());
        assertFalse((run.edges() + " " + run.warnings() + " " + run.errors()).contains(PASSWORD));
    }

    @Test
    void aHelmValuesFileOverridesTheChartsValuesAndChangesTheEdge() throws Exception {
        assumeHelm();
        shopChart(values("http://billing:8080/api"));
        SourceRun.write(dir, "deploy/prod-values.yaml", "billing:\n  url: http://payments:8080/api\n");
        SourceRun run = run("deploy/prod-values.yaml");
        assertEquals(List.of("helm/shop/templates/config.yaml from values deploy/prod-values.yaml:2"
                + " ConfigMap orders-config key CLIENTS_BILLING_URL names payments"), run.edges().get("orders->payments"));
        assertFalse(run.edges().containsKey("orders->billing"), run.edges().toString());
    }

    @Test
    void aHelmValuesFileThatDoesNotExistIsAnErrorNamingIt() throws Exception {
        shopChart(values("http://billing:8080/api"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run("deploy/missing.yaml"));
        assertEquals("helmValues names deploy/missing.yaml, which does not exist (the files are relative to the"
                + " reactor root " + dir.toAbsolutePath().normalize() + "); correct the path in the plugin's helmValues"
                + " parameter or -Dai-security.helmValues", e.problems().get(0).message());
    }

    @Test
    void aDependencyThatIsNotVendoredIsOneWarningAndTheRestIsRendered() throws Exception {
        assumeHelm();
        shopChart(values("http://billing:8080/api"));
        SourceRun.write(dir, "helm/shop/Chart.yaml", """
                apiVersion: v2
                name: shop
                version: 1.0.0
                dependencies:
                  - name: redis
                    version: 18.0.0
                    repository: https://charts.bitnami.com/bitnami
                  - name: payments
                    version: 1.0.0
                """);
        SourceRun.write(dir, "helm/shop/charts/payments/Chart.yaml", "apiVersion: v2\nname: payments\nversion: 1.0.0\n");
        SourceRun.write(dir, "helm/shop/charts/payments/templates/payments.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: payments}
                spec:
                  template:
                    spec:
                      containers:
                        - name: payments
                          image: payments:1
                          env:
                            - {name: SPRING_DATASOURCE_URL, value: "jdbc:postgresql://postgres:5432/payments"}
                """);
        SourceRun run = run();
        assertEquals(List.of("helm/shop/Chart.yaml:5: the Helm chart shop depends on chart redis, which is not in its"
                + " charts/ folder and is not downloaded during the build; the chart is rendered without it, so"
                + " connections that its templates set are not derived (run helm dependency build and keep charts/redis"
                + " in the repository, or add 'calls:')"), run.warnings());
        assertEquals(List.of("helm/shop/charts/payments/templates/payments.yaml:11 spring.datasource.url names postgres"),
                run.edges().get("payments->postgres"));
        assertEquals(List.of("orders->billing", "orders->postgres", "payments->postgres"),
                List.copyOf(run.edges().keySet()));
    }

    @Test
    void aTemplateThatFailsIsOneWarningNamingTheChartWithoutTheValuesItQuotes() throws Exception {
        assumeHelm();
        shopChart(values("http://billing:8080/api"));
        SourceRun.write(dir, "helm/shop/templates/broken.yaml",
                "{{ fail (printf \"no database for password %s\" .Values.db.password) }}\n");
        SourceRun run = run();
        List<String> chart = run.warnings().stream().filter(w -> w.startsWith("helm/")).toList();
        assertEquals(1, chart.size(), run.warnings().toString());
        String warning = chart.get(0);
        assertEquals(true, warning.startsWith("helm/shop/Chart.yaml: Helm cannot render the chart shop ("), warning);
        assertEquals(true, warning.contains("no database for password ***"), warning);
        assertFalse(warning.contains(PASSWORD), warning);
        assertEquals(Map.of(), run.edges());
    }
}
