package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * quarkus-kubernetes (and quarkus-minikube, quarkus-openshift) generates the Deployment of a module from its own
 * configuration: {@code quarkus.kubernetes.env.vars.*}, {@code env.configmaps} / {@code env.secrets} and
 * {@code env.mapping.*} are that service's deployment environment when no deployment file of the repository runs it.
 */
class QuarkusGeneratedDeploymentTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PROPERTIES = """
            quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders
            quarkus.rest-client.stock.url=http://localhost:8080
            quarkus.kubernetes.env.vars.quarkus-rest-client-stock-url=http://stock:8080
            quarkus.kubernetes.env.configmaps=orders-env
            quarkus.kubernetes.env.mapping.quarkus-datasource-jdbc-url.from-secret=orders-db
            quarkus.kubernetes.env.mapping.quarkus-datasource-jdbc-url.with-key=url
            """;
    private static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: orders-env}
            data:
              QUARKUS_LOG_HANDLER_GELF_HOST: logstash
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: orders-db}
            data:
              url: amRiYzpwb3N0Z3Jlc3FsOi8vcG9zdGdyZXM6NTQzMi9vcmRlcnM/cGFzc3dvcmQ9aHVudGVyMg==
            """;

    @TempDir
    Path dir;

    @Test
    void theGeneratedDeploymentsEnvironmentNamesTheConnections() throws Exception {
        SourceRun run = run(PROPERTIES, dep("io.quarkus:quarkus-kubernetes"));
        assertEquals(List.of("orders->logstash", "orders->postgres", "orders->stock"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("orders/src/main/resources/application.properties:3 quarkus.kubernetes.env.vars.quarkus-rest-client-stock-url"
                + " as QUARKUS_REST_CLIENT_STOCK_URL names stock"), run.edges().get("orders->stock"));
        assertEquals(List.of("k8s/config.yml:5 ConfigMap orders-env key QUARKUS_LOG_HANDLER_GELF_HOST"
                + " (quarkus.kubernetes.env.configmaps) names logstash"), run.edges().get("orders->logstash"));
        assertEquals(List.of("k8s/config.yml:11 Secret orders-db key url as QUARKUS_DATASOURCE_JDBC_URL"
                + " (quarkus.kubernetes.env.mapping.quarkus-datasource-jdbc-url.from-secret) names postgres"),
                run.edges().get("orders->postgres"));
        assertEquals(List.of(), run.warnings(), "no localhost warning: the generated Deployment sets the URLs");
        assertTrue(run.toString().indexOf("hunter2") < 0);
    }

    @Test
    void theOpenShiftAndMinikubePrefixesCountWithTheirExtension() throws Exception {
        SourceRun run = run(PROPERTIES.replace("quarkus.kubernetes.", "quarkus.openshift."),
                dep("io.quarkus:quarkus-openshift"));
        assertEquals(List.of("orders->logstash", "orders->postgres", "orders->stock"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("orders/src/main/resources/application.properties:3 quarkus.openshift.env.vars.quarkus-rest-client-stock-url"
                + " as QUARKUS_REST_CLIENT_STOCK_URL names stock"), run.edges().get("orders->stock"));
    }

    @Test
    void withoutTheExtensionTheSettingsAreNoEnvironment() throws Exception {
        SourceRun run = run(PROPERTIES, dep("io.quarkus:quarkus-kubernetes-client"));
        assertEquals(List.of("orders->stock"), List.copyOf(run.edges().keySet()),
                "today's reading: the variable's URL as a property of its own, nothing from the ConfigMap or Secret");
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("quarkus.datasource.jdbc.url names host 'localhost'")),
                run.warnings().toString());
    }

    @Test
    void aDeploymentOfTheRepositoryWins() throws Exception {
        SourceRun.write(dir, "k8s/orders.yml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  template:
                    spec:
                      containers:
                        - name: orders
                          env:
                            - {name: QUARKUS_DATASOURCE_JDBC_URL, value: "jdbc:postgresql://postgres:5432/orders"}
                            - {name: QUARKUS_REST_CLIENT_STOCK_URL, value: "http://stock:8080"}
                """);
        SourceRun run = run(PROPERTIES, dep("io.quarkus:quarkus-kubernetes"));
        assertEquals(List.of("orders->postgres", "orders->stock"), List.copyOf(run.edges().keySet()),
                "the ConfigMap the generated Deployment would read is not the repository's Deployment's");
        assertEquals(List.of("k8s/orders.yml:10 quarkus.datasource.jdbc.url names postgres"),
                run.edges().get("orders->postgres"));
    }

    @Test
    void aDeploymentInTheModulesSrcMainKubernetesIsMergedWithTheGeneratedEnvironment() throws Exception {
        SourceRun.write(dir, "orders/src/main/kubernetes/kubernetes.yml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  template:
                    spec:
                      containers:
                        - name: orders
                          env:
                            - {name: QUARKUS_DATASOURCE_JDBC_URL, value: "jdbc:postgresql://localhost:5432/orders"}
                            - {name: QUARKUS_LOG_HANDLER_GELF_HOST, value: "logstash"}
                """);
        SourceRun run = run(PROPERTIES.replace("quarkus.kubernetes.env.configmaps=orders-env\n", ""),
                dep("io.quarkus:quarkus-kubernetes"));
        assertEquals(List.of("orders->logstash", "orders->postgres", "orders->stock"), List.copyOf(run.edges().keySet()),
                "the file's variables, and the generated ones replacing the file's of the same name");
        assertEquals(List.of("k8s/config.yml:11 Secret orders-db key url as QUARKUS_DATASOURCE_JDBC_URL"
                + " (quarkus.kubernetes.env.mapping.quarkus-datasource-jdbc-url.from-secret) names postgres"),
                run.edges().get("orders->postgres"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aServiceTheGeneratedDeploymentRunsDoesNotRunOnTheHost() throws Exception {
        SourceRun.write(dir, "compose.yml", """
                services:
                  postgres:
                    image: postgres:16
                    ports: ["5432:5432"]
                """);
        String properties = "quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders\n"
                + "quarkus.kubernetes.env.vars.quarkus-rest-client-stock-url=http://stock:8080\n";
        SourceRun hostRun = run(properties, dep("io.quarkus:quarkus-kubernetes-client"));
        assertTrue(hostRun.edges().get("orders->postgres").get(0).contains("orders runs on the host"),
                hostRun.edges().toString());
        SourceRun deployed = run(properties, dep("io.quarkus:quarkus-kubernetes"));
        assertEquals(List.of("orders->stock"), List.copyOf(deployed.edges().keySet()));
        assertEquals(List.of("service 'orders': orders/src/main/resources/application.properties:1"
                + " quarkus.datasource.jdbc.url names host 'localhost', the pod itself once deployed; name the service it"
                + " means"), deployed.warnings());
    }

    @Test
    void aConfigMapThatIsNotInTheRepositoryIsAWarningNamingTheProperty() throws Exception {
        SourceRun run = run(PROPERTIES.replace("configmaps=orders-env", "configmaps=absent"),
                dep("io.quarkus:quarkus-kubernetes"));
        assertEquals(List.of("orders/src/main/resources/application.properties:4: ConfigMap absent, which"
                + " quarkus.kubernetes.env.configmaps names for the Deployment quarkus-kubernetes generates, is in no"
                + " manifest or kustomize generator of the repository; the connections its keys set are not derived"
                + " (add its manifest, or add 'calls:')"), run.warnings());
    }

    private SourceRun run(String properties, ModuleDependency extension) throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", properties);
        SourceRun.write(dir, "k8s/config.yml", CONFIG);
        Fixtures f = new Fixtures(dir).service("orders", HTTP, extension, dep("io.quarkus:quarkus-jdbc-postgresql"),
                        dep("io.quarkus:quarkus-logging-gelf"), dep("io.quarkus:quarkus-rest-client"))
                .service("postgres", "ports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("logstash", "ports: [{name: gelf, port: 12201, protocol: UDP}]\n")
                .service("stock", HTTP);
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }
}
