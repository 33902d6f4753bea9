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
 * Micronaut Kubernetes' configuration client ({@code micronaut.config-client.enabled: true}) reads the ConfigMaps of
 * the namespace, and with {@code kubernetes.client.secrets.enabled} the Opaque Secrets, that its includes, excludes
 * and labels select, as configuration: the repository's manifests of them configure the service.
 */
class MicronautKubernetesConfigTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CLIENT = "io.micronaut.kubernetes:micronaut-kubernetes-discovery-client";
    private static final String MONGO = "io.micronaut.mongodb:micronaut-mongo-sync";
    private static final String BOOTSTRAP = """
            micronaut:
              application:
                name: orders
              config-client:
                enabled: true
            kubernetes:
              client:
                config-maps:
                  labels:
                    - app: orders
                secrets:
                  enabled: true
                  labels:
                    - app: orders
            """;
    // mongodb://app:hunter2@orders-mongo:27017/admin and mongodb://app:hunter2@billing-mongo:27017/admin
    private static final String ORDERS_URI = "bW9uZ29kYjovL2FwcDpodW50ZXIyQG9yZGVycy1tb25nbzoyNzAxNy9hZG1pbg==";
    private static final String BILLING_URI = "bW9uZ29kYjovL2FwcDpodW50ZXIyQGJpbGxpbmctbW9uZ286MjcwMTcvYWRtaW4=";
    private static final String MANIFESTS = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: orders
              labels:
                app: orders
            data:
              application.yaml: |-
                stock.url: http://stock:8080
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: orders
              labels:
                app: orders
            type: Opaque
            data:
              mongodb.uri: %s
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: billing
              labels:
                app: billing
            data:
              mongodb.uri: %s
            """.formatted(ORDERS_URI, BILLING_URI);

    @TempDir
    Path dir;

    @Test
    void theSecretItsLabelsSelectLocatesTheDatabaseAmongSeveral() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml", BOOTSTRAP);
        SourceRun.write(dir, "orders/k8s/deployment.yaml", MANIFESTS);
        SourceRun run = run(dep(CLIENT));
        assertEquals(List.of("orders->orders-mongo", "orders->stock"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("orders/k8s/deployment.yaml:9 stock.url (ConfigMap orders key application.yaml, read by"
                + " micronaut-kubernetes) names stock"), run.edges().get("orders->stock"));
        assertEquals("orders/k8s/deployment.yaml:19 (Secret orders key mongodb.uri, read by micronaut-kubernetes)"
                + " names orders-mongo", run.edges().get("orders->orders-mongo").get(0));
        assertEquals(List.of(), run.errors(), "billing's Secret carries another label: no 'several providers' error");
        assertTrue(run.toString().indexOf("hunter2") < 0);
    }

    @Test
    void secretsAreReadOnlyWhenEnabled() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml", BOOTSTRAP.replace("enabled: true\n      labels",
                "enabled: false\n      labels"));
        SourceRun.write(dir, "orders/k8s/deployment.yaml", MANIFESTS);
        SourceRun run = run(dep(CLIENT));
        assertEquals(List.of("orders->stock"), List.copyOf(run.edges().keySet()), "the ConfigMap is read, no Secret");
        assertEquals(1, run.errors().size(), "two MongoDB services and nothing decides: " + run.errors());
    }

    @Test
    void withoutTheClientLibraryOrTheSwitchNothingIsRead() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml", BOOTSTRAP);
        SourceRun.write(dir, "orders/k8s/deployment.yaml", MANIFESTS);
        assertEquals(List.of(), List.copyOf(run().edges().keySet()));
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml", BOOTSTRAP.replace("enabled: true\nkubernetes",
                "enabled: false\nkubernetes"));
        assertEquals(List.of(), List.copyOf(run(dep(CLIENT)).edges().keySet()));
    }

    @Test
    void withoutFiltersEveryConfigMapIsReadAndIncludesOrExcludesNarrowThem() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml",
                "micronaut.config-client.enabled: true\n");
        SourceRun.write(dir, "k8s/shared.yaml", """
                kind: ConfigMap
                metadata: {name: shared}
                data:
                  stock.url: http://stock:8080
                """);
        SourceRun run = run(dep(CLIENT));
        assertEquals(List.of("k8s/shared.yaml:4 (ConfigMap shared key stock.url, read by micronaut-kubernetes) names stock"),
                run.edges().get("orders->stock"));
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml",
                "micronaut.config-client.enabled: true\nkubernetes.client.config-maps.excludes: shared\n");
        assertEquals(List.of(), List.copyOf(run(dep(CLIENT)).edges().keySet()));
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml",
                "micronaut.config-client.enabled: true\nkubernetes.client.config-maps.includes: [other]\n");
        assertEquals(List.of(), List.copyOf(run(dep(CLIENT)).edges().keySet()));
    }

    private SourceRun run(io.aiplatform.security.core.graph.ModuleDependency... clientLibraries) throws Exception {
        List<ModuleDependency> deps = new java.util.ArrayList<>(List.of(clientLibraries));
        deps.add(dep(MONGO));
        deps.add(dep("io.micronaut:micronaut-http-client"));
        Fixtures f = new Fixtures(dir).service("orders", HTTP, deps.toArray(ModuleDependency[]::new))
                .service("orders-mongo", "role: database\nports: [{port: 27017}]\nprovides: [mongodb]\n")
                .service("billing-mongo", "role: database\nports: [{port: 27017}]\nprovides: [mongodb]\n")
                .service("stock", HTTP);
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new PomDependencies());
    }
}
