package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kubernetes Service of the repository, whatever its name, is a host name of the service whose workload's pods
 * it selects (as cluster DNS resolves it): for modules and for services of the platform file; a Service selecting
 * the pods of two services names neither, with a warning.
 */
class SelectingServiceHostNamesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    /** A Deployment {@code name}-deployment whose only container is {@code name}, labelled {@code component: label}, and a Service {@code name}-svc selecting that label. */
    private static String deployed(String name, String label, String env) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "-deployment\nspec:\n  template:\n"
                + "    metadata:\n      labels: {component: " + label + "}\n    spec:\n      containers:\n"
                + "        - name: " + name + "\n          image: " + name + ":1\n" + env.indent(10)
                + "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "-svc\nspec:\n"
                + "  selector: {component: " + label + "}\n  ports: [{port: 8080, targetPort: 8080}]\n";
    }

    @Test
    void aServiceSelectingTheWorkloadOfAModuleNamesTheModule() throws Exception {
        SourceRun.write(dir, "k8s/billing.yaml", deployed("billing", "billing", ""));
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "clients.billing.url=http://billing-svc:8080/api\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("billing", HTTP).modules(),
                new ConfiguredHosts());
        assertEquals(Map.of("orders->billing", List.of("orders/src/main/resources/application.properties:1"
                + " clients.billing.url names billing-svc (k8s/billing.yaml:17 Service billing-svc selects the pods of"
                + " Deployment billing-deployment, which runs billing)")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aServiceSelectingAPlatformServicesWorkloadNamesItInAnotherContainersEnvironment() throws Exception {
        SourceRun.write(dir, "k8s/zookeeper.yaml", deployed("zookeeper", "zookeeper", ""));
        SourceRun.write(dir, "k8s/kafka.yaml", deployed("kafka", "kafka", """
                env:
                  - name: KAFKA_ZOOKEEPER_CONNECT
                    valueFrom:
                      configMapKeyRef: {name: kafka-config, key: zookeeper-connect}
                """) + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kafka-config\ndata:\n"
                + "  zookeeper-connect: zookeeper-svc:2181\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile("""
                services:
                  - {name: kafka, role: broker, ports: [{port: 9092}], provides: [kafka]}
                  - {name: zookeeper, role: broker, ports: [{port: 2181}]}
                """).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of("kafka->zookeeper", List.of("k8s/kafka.yaml:31 ConfigMap kafka-config key zookeeper-connect"
                + " as KAFKA_ZOOKEEPER_CONNECT names zookeeper-svc (k8s/zookeeper.yaml:17 Service zookeeper-svc selects"
                + " the pods of Deployment zookeeper-deployment, which runs zookeeper)")), run.edges());
        assertEquals(Map.of("kafka->zookeeper", List.of(2181)), run.ports());
    }

    @Test
    void aServiceSelectingThePodsOfTwoServicesNamesNeither() throws Exception {
        SourceRun.write(dir, "k8s/billing.yaml", deployed("billing", "shop", ""));
        SourceRun.write(dir, "k8s/payments.yaml", deployed("payments", "shop", "").replace("payments-svc", "other-svc"));
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "clients.billing.url=http://billing-svc:8080/api\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("billing", HTTP)
                .service("payments", HTTP).modules(), new ConfiguredHosts());
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("the Kubernetes Service billing-svc selects the"
                + " pods of services billing, payments, so a URL naming it names neither")).count(), run.warnings().toString());
    }
}
