package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kubernetes workloads take their settings from the repository's ConfigMaps and Secrets: env valueFrom,
 * envFrom (with a prefix, property-style keys), kustomize generators; the evidence names the object and
 * key, never a Secret's value; a missing object is one warning.
 */
class KubernetesEnvironmentTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PASSWORD = "Pw7Kq2Planted";

    @TempDir
    Path dir;

    private static String deployment(String name, String container) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\nspec:\n  template:\n"
                + "    spec:\n      containers:\n        - name: " + name + "\n          image: " + name + ":1\n"
                + container.indent(10);
    }

    /** Orders' own configuration: custom keys its code reads, which the deployment's environment overrides. */
    private void ordersReads(String... keys) throws Exception {
        StringBuilder properties = new StringBuilder();
        for (String key : keys) {
            properties.append(key).append("=http://localhost:8080\n");
        }
        SourceRun.write(dir, "orders/src/main/resources/application.properties", properties.toString());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("billing", HTTP)
                .service("postgres", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("kafka", "role: broker\nports: [{port: 9092}]\nprovides: [kafka]\n").modules(),
                new ConfiguredHosts());
    }

    @Test
    void aConfigMapKeyRefIsAnEdgeWhoseEvidenceNamesTheConfigMapAndKey() throws Exception {
        SourceRun.write(dir, "deploy/k8s/orders.yaml", deployment("orders", """
                env:
                  - name: CLIENTS_BILLING_URL
                    valueFrom:
                      configMapKeyRef: {name: orders-config, key: billing-url}
                """));
        SourceRun.write(dir, "deploy/k8s/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: orders-config
                data:
                  billing-url: http://billing:8080/api
                """);
        ordersReads("clients.billing.url");
        SourceRun run = run();
        assertEquals(Map.of("orders->billing", List.of("deploy/k8s/config.yaml:6 ConfigMap orders-config key billing-url"
                + " as CLIENTS_BILLING_URL names billing")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aSecretsValueGivesTheHostButIsShownNowhere() throws Exception {
        String url = "jdbc:postgresql://orders:" + PASSWORD + "@postgres:5432/orders";
        SourceRun.write(dir, "deploy/k8s/orders.yaml", deployment("orders", """
                env:
                  - name: SPRING_DATASOURCE_URL
                    valueFrom:
                      secretKeyRef: {name: orders-db, key: SPRING_DATASOURCE_URL}
                """) + "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ndata:\n"
                + "  SPRING_DATASOURCE_URL: " + Base64.getEncoder().encodeToString(url.getBytes(StandardCharsets.UTF_8))
                + "\n  broken: '%%" + PASSWORD + "'\n");
        SourceRun run = run();
        assertEquals(Map.of("orders->postgres", List.of("deploy/k8s/orders.yaml:21 Secret orders-db key"
                + " SPRING_DATASOURCE_URL names postgres")), run.edges());
        assertEquals(List.of("deploy/k8s/orders.yaml:22: Secret orders-db key broken is not valid base64, which the API"
                + " server refuses; it is not read, so a connection it sets is not derived (encode the value, or move"
                + " it to stringData)"), run.warnings());
        assertFalse((run.edges() + " " + run.warnings() + " " + run.errors()).contains(PASSWORD));
    }

    @Test
    void anUnresolvedHostInASecretsValueIsReportedWithoutTheVariablesItNames() throws Exception {
        SourceRun.write(dir, "deploy/orders.yaml", deployment("orders", "envFrom: [{secretRef: {name: orders-db}}]\n")
                + "---\napiVersion: v1\nkind: Secret\nmetadata: {name: orders-db}\nstringData:\n"
                + "  SPRING_DATASOURCE_URL: jdbc:postgresql://${" + PASSWORD + "}:5432/orders\n");
        SourceRun run = run();
        assertEquals(List.of("service 'orders': deploy/orders.yaml:17 Secret orders-db key SPRING_DATASOURCE_URL needs a"
                + " variable (named in the Secret's value, not shown), which has no default, for the host of its URL (an"
                + " unresolved host); the connection it configures cannot be derived (give the placeholder a default, or"
                + " add 'calls:')"), run.warnings());
    }

    @Test
    void aDependentVariableTakesTheHostFromTheVariablesDefinedBeforeIt() throws Exception {
        SourceRun.write(dir, "deploy/orders.yaml", deployment("orders", """
                envFrom:
                  - configMapRef: {name: orders-db-host}
                  - secretRef: {name: orders-db-password}
                env:
                  - name: SPRING_DATASOURCE_URL
                    value: jdbc:postgresql://$(DB_HOST):5432/orders?password=$(DB_PASSWORD)
                  - name: SPRING_KAFKA_BOOTSTRAP_SERVERS
                    value: $(BROKER):9092
                  - name: SPRING_RABBITMQ_ADDRESSES
                    value: $$(DB_HOST):5672
                """) + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: orders-db-host}\ndata: {DB_HOST: postgres}\n"
                + "---\napiVersion: v1\nkind: Secret\nmetadata: {name: orders-db-password}\nstringData: {DB_PASSWORD: "
                + PASSWORD + "}\n");
        SourceRun run = run();
        assertEquals(Map.of("orders->postgres", List.of("deploy/orders.yaml:16 spring.datasource.url names postgres")),
                run.edges(), "$(BROKER) is defined nowhere, and $$(DB_HOST) is the text $(DB_HOST)");
        assertEquals(List.of(), run.warnings());
        assertFalse((run.edges() + " " + run.warnings()).contains(PASSWORD));
    }

    @Test
    void envFromTakesEveryKeyBehindItsPrefixAndEnvWinsOverIt() throws Exception {
        SourceRun.write(dir, "deploy/k8s/orders.yaml", deployment("orders", """
                envFrom:
                  - configMapRef: {name: orders-quarkus}
                  - prefix: CLIENTS_
                    secretRef: {name: orders-clients}
                env:
                  - {name: CLIENTS_BILLING_URL, value: "http://billing:8080"}
                """));
        SourceRun.write(dir, "deploy/k8s/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: orders-quarkus}
                data:
                  quarkus.datasource.reactive.url: postgresql://postgres:5432/orders
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: orders-clients}
                stringData:
                  BILLING_URL: http://kafka:9092
                  EVENTS_BOOTSTRAP_SERVERS: kafka:9092
                """);
        ordersReads("clients.billing.url", "clients.events.bootstrap.servers");
        SourceRun run = run();
        assertEquals(Map.of(
                "orders->billing", List.of("deploy/k8s/orders.yaml:16 clients.billing.url names billing"),
                "orders->kafka", List.of("deploy/k8s/config.yaml:12 Secret orders-clients key EVENTS_BOOTSTRAP_SERVERS"
                        + " as CLIENTS_EVENTS_BOOTSTRAP_SERVERS names kafka"),
                "orders->postgres", List.of("deploy/k8s/config.yaml:5 ConfigMap orders-quarkus key"
                        + " quarkus.datasource.reactive.url names postgres")), run.edges());
    }

    @Test
    void kustomizeGeneratorsGiveTheirLiteralsAndEnvFilesUnderThePlainName() throws Exception {
        SourceRun.write(dir, "k8s/base/kustomization.yaml", """
                resources: [orders.yaml]
                configMapGenerator:
                  - name: orders-env
                    envs: [orders.env]
                    literals:
                      - CLIENTS_BILLING_URL=http://billing:8080
                secretGenerator:
                  - name: orders-db
                    files: [db-url=secrets/db-url.txt]
                """);
        SourceRun.write(dir, "k8s/base/orders.env", "# the brokers\nKAFKA_BOOTSTRAP_SERVERS=kafka:9092\n");
        SourceRun.write(dir, "k8s/base/secrets/db-url.txt", "r2dbc:postgresql://app:" + PASSWORD + "@postgres:5432/app\n");
        SourceRun.write(dir, "k8s/base/orders.yaml", deployment("orders", """
                envFrom: [{configMapRef: {name: orders-env}}]
                env:
                  - name: SPRING_R2DBC_URL
                    valueFrom: {secretKeyRef: {name: orders-db, key: db-url}}
                """));
        ordersReads("clients.billing.url");
        SourceRun run = run();
        assertEquals(Map.of(
                "orders->billing", List.of("k8s/base/kustomization.yaml:6 ConfigMap orders-env key CLIENTS_BILLING_URL"
                        + " names billing"),
                "orders->kafka", List.of("k8s/base/orders.env:2 ConfigMap orders-env key KAFKA_BOOTSTRAP_SERVERS"
                        + " names kafka"),
                "orders->postgres", List.of("k8s/base/secrets/db-url.txt:1 Secret orders-db key db-url as"
                        + " SPRING_R2DBC_URL names postgres")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aMissingConfigMapIsOneWarningNamingItAndTheWorkloadAndAnOptionalOneIsSilent() throws Exception {
        SourceRun.write(dir, "deploy/orders.yaml", deployment("orders", """
                envFrom:
                  - configMapRef: {name: orders-config}
                  - secretRef: {name: orders-extra, optional: true}
                env:
                  - name: A_URL
                    valueFrom: {configMapKeyRef: {name: orders-config, key: a}}
                  - name: B_URL
                    valueFrom: {configMapKeyRef: {name: orders-config, key: b}}
                  - name: C_URL
                    valueFrom: {secretKeyRef: {name: orders-optional, key: c, optional: true}}
                """));
        SourceRun run = run();
        assertEquals(List.of("deploy/orders.yaml:12: Deployment orders takes its environment from ConfigMap orders-config,"
                + " which is in no manifest or kustomize generator of the repository; the connections its keys set are"
                + " not derived (add its manifest, mark the reference optional: true, or add 'calls:')"), run.warnings());
    }

    @Test
    void aMissingKeyIsAWarningAndInitContainersAndCronJobsAreRead() throws Exception {
        SourceRun.write(dir, "deploy/orders.yaml", """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: orders}
                spec:
                  schedule: "0 * * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          initContainers:
                            - name: wait
                              image: busybox:1
                              env:
                                - name: KAFKA_BOOTSTRAP_SERVERS
                                  valueFrom: {configMapKeyRef: {name: orders-config, key: brokers}}
                                - name: BILLING_URL
                                  valueFrom: {configMapKeyRef: {name: orders-config, key: billing}}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: orders-config}
                data: {brokers: "kafka:9092"}
                """);
        SourceRun run = run();
        assertEquals(Map.of("orders->kafka", List.of("deploy/orders.yaml:22 ConfigMap orders-config key brokers as"
                + " KAFKA_BOOTSTRAP_SERVERS names kafka")), run.edges());
        assertEquals(List.of("deploy/orders.yaml:17: CronJob orders takes BILLING_URL from key billing of ConfigMap"
                + " orders-config (orders.yaml), which has no such key; the connection it sets is not derived (add the"
                + " key, or mark the reference optional: true)"), run.warnings());
    }

    @Test
    void aGeneratorFileOutsideTheKustomizationsFolderIsRefusedWithAWarning() throws Exception {
        SourceRun.write(dir, "k8s/overlay/kustomization.yaml", """
                configMapGenerator:
                  - name: orders-env
                    envs: [../../common.env]
                """);
        SourceRun.write(dir, "common.env", "KAFKA_BOOTSTRAP_SERVERS=kafka:9092\n");
        SourceRun.write(dir, "k8s/overlay/orders.yaml", deployment("orders", "envFrom: [{configMapRef: {name: orders-env}}]\n"));
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("k8s/overlay/kustomization.yaml:3: kustomize configMapGenerator[0].envs[0] names"
                + " ../../common.env, which lies outside the kustomization's folder, where kustomize refuses to load files;"
                + " the settings it gives are not read, so the connections they set are not derived"), run.warnings());
    }

    @Test
    void ofTwoConfigMapsOfOneNameTheWorkloadTakesTheOneInItsOwnFolder() throws Exception {
        String config = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: orders-config}\ndata:\n  CLIENTS_X_URL: ";
        SourceRun.write(dir, "k8s/a/config.yaml", config + "http://kafka:9092\n");
        SourceRun.write(dir, "k8s/b/config.yaml", config + "http://billing:8080\n");
        SourceRun.write(dir, "k8s/b/orders.yaml", deployment("orders", "envFrom: [{configMapRef: {name: orders-config}}]\n"));
        ordersReads("clients.x.url");
        SourceRun run = run();
        assertEquals(List.of("orders->billing"), List.copyOf(run.edges().keySet()));
        assertTrue(run.warnings().isEmpty(), run.warnings().toString());
    }
}
