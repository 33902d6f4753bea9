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
 * Quarkus' kubernetes-config extension reads the ConfigMaps (and, when enabled, the Secrets) that
 * {@code quarkus.kubernetes-config.config-maps} names as configuration above application.properties: the
 * repository's manifests of them count as the service's configuration; an extension a module lacks reads nothing.
 */
class QuarkusKubernetesConfigTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String EXTENSION = "io.quarkus:quarkus-kubernetes-config";
    private static final String LOCAL = """
            quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders
            quarkus.kubernetes-config.enabled=true
            %test.quarkus.kubernetes-config.enabled=false
            quarkus.kubernetes-config.config-maps=NAMES
            """;

    @TempDir
    Path dir;

    @Test
    void theConfigMapsTheExtensionNamesAreTheServicesConfiguration() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", LOCAL.replace("NAMES", "orders-config,shared"));
        SourceRun.write(dir, "orders/orders-config.yml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: orders-config
                data:
                  application.properties: |-
                    quarkus.datasource.jdbc.url=jdbc:postgresql://postgres:5432/orders
                    quarkus.log.handler.gelf.host=logstash
                    quarkus.log.handler.gelf.port=12201
                    quarkus.jaeger.agent-host-port=jaeger:6831
                """);
        SourceRun.write(dir, "k8s/shared.yml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: shared
                data:
                  QUARKUS_REST_CLIENT_STOCK_URL: http://stock:8080
                """);
        SourceRun run = run(new Fixtures(dir)
                .service("orders", HTTP, dep(EXTENSION), dep("io.quarkus:quarkus-jdbc-postgresql"),
                        dep("io.quarkus:quarkus-logging-gelf"), dep("io.quarkus:quarkus-rest-client")));
        assertEquals(List.of("orders->logstash", "orders->postgres", "orders->stock"), List.copyOf(run.edges().keySet()),
                "no jaeger: nothing on the classpath reads quarkus.jaeger.*");
        assertEquals(List.of("k8s/shared.yml:6 (ConfigMap shared key QUARKUS_REST_CLIENT_STOCK_URL, read by"
                + " quarkus-kubernetes-config) names stock"), run.edges().get("orders->stock"));
        assertEquals(List.of("orders/orders-config.yml:7 quarkus.datasource.jdbc.url (ConfigMap orders-config key"
                + " application.properties, read by quarkus-kubernetes-config) names postgres"), run.edges().get("orders->postgres"));
        assertEquals(List.of(12201), run.ports().get("orders->logstash"));
        assertEquals(List.of(), run.warnings(), "no localhost warning: the ConfigMap overrides it");
    }

    @Test
    void withoutTheExtensionOrTheSwitchTheConfigMapIsNotRead() throws Exception {
        String configMap = """
                kind: ConfigMap
                metadata: {name: %s}
                data:
                  application.yaml: |
                    quarkus:
                      datasource:
                        jdbc:
                          url: jdbc:postgresql://postgres:5432/x
                """;
        SourceRun.write(dir, "plain/src/main/resources/application.properties", LOCAL.replace("NAMES", "plain-config"));
        SourceRun.write(dir, "plain/k8s.yml", configMap.formatted("plain-config"));
        SourceRun.write(dir, "off/src/main/resources/application.properties",
                LOCAL.replace("NAMES", "off-config").replace("enabled=true", "enabled=false"));
        SourceRun.write(dir, "off/k8s.yml", configMap.formatted("off-config"));
        SourceRun run = run(new Fixtures(dir)
                .service("plain", HTTP, dep("io.quarkus:quarkus-jdbc-postgresql"))
                .service("off", HTTP, dep(EXTENSION), dep("io.quarkus:quarkus-jdbc-postgresql")));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(2, run.warnings().stream().filter(w -> w.contains("names host 'localhost'")).count(),
                run.warnings().toString());
    }

    @Test
    void aSecretIsReadOnlyWhenEnabledAndItsValueIsNeverShownAMissingConfigMapIsAWarning() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", LOCAL.replace("NAMES", "absent")
                + "quarkus.kubernetes-config.secrets.enabled=true\nquarkus.kubernetes-config.secrets=orders-db\n");
        // jdbc:postgresql://postgres:5432/orders?password=hunter2
        SourceRun.write(dir, "orders/secret.yml", """
                kind: Secret
                metadata: {name: orders-db}
                data:
                  quarkus.datasource.jdbc.url: amRiYzpwb3N0Z3Jlc3FsOi8vcG9zdGdyZXM6NTQzMi9vcmRlcnM/cGFzc3dvcmQ9aHVudGVyMg==
                """);
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(EXTENSION),
                dep("io.quarkus:quarkus-jdbc-postgresql")));
        assertEquals(List.of("orders/secret.yml:4 (Secret orders-db key quarkus.datasource.jdbc.url, read by"
                + " quarkus-kubernetes-config) names postgres"), run.edges().get("orders->postgres"));
        assertEquals(List.of("orders/src/main/resources/application.properties:4: ConfigMap absent, which"
                + " quarkus.kubernetes-config.config-maps names, is not in the repository's manifests, so the settings it"
                + " gives are not read; add its manifest, or add 'calls:' for the connections it configures"),
                run.warnings());
        assertTrue(run.toString().indexOf("hunter2") < 0);
    }

    private SourceRun run(Fixtures f) throws Exception {
        f.service("postgres", "ports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("logstash", "ports: [{name: gelf, port: 12201, protocol: UDP}]\n")
                .service("jaeger", "ports: [{name: agent, port: 6831, protocol: UDP}]\n")
                .service("stock", HTTP);
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }
}
