package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aiplatform.security.core.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot configuration file held by a ConfigMap or Secret and mounted into the workload's container, in a
 * folder Spring Boot reads ({@code config/}, or one its location variables name), configures the service: its
 * hosts are edges whose evidence names the object, key, mount folder and property; a mount elsewhere is none, and
 * the container's own variables win over the file.
 */
class MountedConfigFilesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PASSWORD = "Zq8Mounted3Pw";

    @TempDir
    Path dir;

    /** Orders' Deployment mounting volume {@code config} ({@code volume}: its source) at {@code mount}, with {@code more} container fields. */
    private void deployment(String volume, String mount, String more) throws Exception {
        SourceRun.write(dir, "k8s/orders.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: orders\n          image: orders:1\n"
                + "          volumeMounts:\n            - name: config\n" + mount.indent(14) + more.indent(10)
                + "      volumes:\n        - name: config\n" + volume.indent(10));
    }

    private void configMap(String key, String text) throws Exception {
        SourceRun.write(dir, "k8s/orders-config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: orders-config\n"
                + "data:\n  " + key + ": |-\n" + text.indent(4));
    }

    private SourceRun run() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "clients.billing.url=http://localhost:8080\n");
        return SourceRun.of(dir, new Fixtures(dir)
                .service("orders", HTTP, Fixtures.dep("org.postgresql:postgresql")).service("billing", HTTP)
                .service("orders-db", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("billing-db", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n").modules(),
                new ConfiguredHosts());
    }

    @Test
    void anApplicationYmlMountedIntoAConfigFolderConfiguresTheService() throws Exception {
        configMap("application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://orders-db:5432/orders
                clients:
                  billing:
                    url: http://billing:8080/api
                """);
        deployment("configMap: {name: orders-config}", "mountPath: /app/classes/config", "");
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("k8s/orders-config.yaml:12 ConfigMap orders-config key"
                        + " application.yml (mounted at /app/classes/config) clients.billing.url names billing"),
                "orders->orders-db", List.of("k8s/orders-config.yaml:9 ConfigMap orders-config key application.yml"
                        + " (mounted at /app/classes/config) spring.datasource.url names orders-db")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aFileMountedWhereSpringBootDoesNotLookConfiguresNothing() throws Exception {
        configMap("application.yml", "clients:\n  billing:\n    url: http://billing:8080/api\n");
        deployment("configMap: {name: orders-config}", "mountPath: /etc/orders", "");
        assertEquals(Map.of(), run().edges());
    }

    @Test
    void aFolderNamedByTheLocationVariablesIsRead() throws Exception {
        configMap("application.properties", "clients.billing.url=http://billing:8080/api\n");
        deployment("configMap: {name: orders-config}", "mountPath: /etc/orders/", """
                env:
                  - name: SPRING_CONFIG_ADDITIONAL_LOCATION
                    value: optional:file:/etc/orders/
                """);
        assertEquals(Map.of("orders->billing", List.of("k8s/orders-config.yaml:7 ConfigMap orders-config key"
                + " application.properties (mounted at /etc/orders) clients.billing.url names billing")), run().edges());
    }

    @Test
    void theContainersOwnVariableWinsOverTheMountedFile() throws Exception {
        configMap("application.yml", "clients:\n  billing:\n    url: http://orders-db:5432\n");
        deployment("configMap: {name: orders-config}", "mountPath: /config", """
                env:
                  - name: CLIENTS_BILLING_URL
                    value: http://billing:8080
                """);
        assertEquals(List.of("orders->billing"), List.copyOf(run().edges().keySet()));
    }

    @Test
    void aSubPathMountAndAProfileDocument() throws Exception {
        configMap("orders.yml", """
                clients.billing.url: http://billing:8080
                ---
                spring.config.activate.on-profile: test
                spring.datasource.url: jdbc:postgresql://billing-db:5432/orders
                """);
        deployment("configMap: {name: orders-config, items: [{key: orders.yml, path: application.yml}]}",
                "mountPath: /workspace/config/application.yml\nsubPath: application.yml", "");
        assertEquals(List.of("orders->billing"), List.copyOf(run().edges().keySet()));
    }

    @Test
    void aMountedSecretsFileGivesTheHostButNotItsValue() throws Exception {
        String yaml = "spring:\n  datasource:\n    url: jdbc:postgresql://orders-db:5432/orders\n    password: "
                + PASSWORD + "\n";
        SourceRun.write(dir, "k8s/orders-secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-secret\n"
                + "data:\n  application.yml: " + Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8))
                + "\n");
        deployment("secret: {secretName: orders-secret}", "mountPath: /config", "");
        SourceRun run = run();
        assertEquals(List.of("orders->orders-db"), List.copyOf(run.edges().keySet()));
        assertFalse((run.edges() + " " + run.warnings() + " " + run.errors() + " " + run.notices()).contains(PASSWORD));
    }
}
