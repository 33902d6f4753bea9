package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesDiscoveryFanOutTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String ADMIN = "de.codecentric:spring-boot-admin-starter-server";
    private static final String K8S = "org.springframework.cloud:spring-cloud-starter-kubernetes-fabric8-all";

    @TempDir
    Path dir;

    private Fixtures platform() {
        return new Fixtures(dir).service("admin", HTTP, dep(ADMIN), dep(K8S)).service("employee", HTTP)
                .service("department", HTTP).service("mongodb", "ports: [{name: mongo, port: 27017}]\n");
    }

    private void services() throws Exception {
        SourceRun.write(dir, "employee/k8s/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: employee
                  labels:
                    app: employee
                    spring-boot: "true"
                spec:
                  ports: [{port: 8080}]
                """);
        SourceRun.write(dir, "k8s/services.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: department
                  labels: {spring-boot: "true"}
                spec:
                  ports: [{port: 8080}]
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: mongodb
                  labels: {app: mongodb}
                spec:
                  ports: [{port: 27017}]
                """);
    }

    @Test
    void springBootAdminWithKubernetesDiscoveryCallsTheServicesCarryingItsServiceLabels() throws Exception {
        services();
        SourceRun.write(dir, "admin/src/main/resources/bootstrap.yml", """
                spring:
                  application:
                    name: admin
                  cloud:
                    kubernetes:
                      discovery:
                        service-labels:
                          spring-boot: true
                """);
        SourceRun run = SourceRun.of(dir, platform().modules(), new KubernetesDiscoveryFanOut());
        assertEquals(List.of("admin->department", "admin->employee"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("admin/pom.xml declares " + ADMIN + " (spring-boot-admin: calls every service registered in"
                + " Kubernetes discovery: admin/pom.xml declares " + K8S + "; it lists the Services labelled spring-boot=true"
                + " (admin/src/main/resources/bootstrap.yml:8 spring.cloud.kubernetes.discovery.service-labels.spring-boot),"
                + " as Service employee is (employee/k8s/service.yaml:6))"), run.edges().get("admin->employee"));
        assertEquals(List.of(8080), run.ports().get("admin->department"));
    }

    @Test
    void withoutServiceLabelsItCallsEveryServiceOfTheNamespace() throws Exception {
        services();
        SourceRun run = SourceRun.of(dir, platform().modules(), new KubernetesDiscoveryFanOut());
        assertEquals(List.of("admin->department", "admin->employee", "admin->mongodb"), List.copyOf(run.edges().keySet()));
        assertEquals(true, run.edges().get("admin->mongodb").get(0).endsWith("; it lists every Service of the namespace)"));
    }

    @Test
    void anotherNamespaceASwitchedOffClientOrNoKubernetesDiscoveryCallsNobody() throws Exception {
        services();
        SourceRun.write(dir, "admin/src/main/resources/application.properties",
                "spring.cloud.kubernetes.discovery.namespaces[0]=monitoring\n");
        assertEquals(List.of(), List.copyOf(SourceRun.of(dir, platform().modules(), new KubernetesDiscoveryFanOut())
                .edges().keySet()), "the platform's namespace is shop");
        SourceRun.write(dir, "admin/src/main/resources/application.properties",
                "spring.cloud.kubernetes.discovery.all-namespaces=true\nspring.cloud.kubernetes.discovery.enabled=false\n");
        assertEquals(List.of(), List.copyOf(SourceRun.of(dir, platform().modules(), new KubernetesDiscoveryFanOut())
                .edges().keySet()));
        SourceRun plain = SourceRun.of(dir, new Fixtures(dir).service("admin", HTTP, dep(ADMIN))
                .service("employee", HTTP).modules(), new KubernetesDiscoveryFanOut());
        assertEquals(List.of(), List.copyOf(plain.edges().keySet()));
    }

    @Test
    void aRouterDoesNotForwardToTheDatabasesAndBrokersTheDiscoveryListsButSpringBootAdminPollsThem() throws Exception {
        services();
        String database = "role: database\nports: [{name: mongo, port: 27017}]\n";
        SourceRun.write(dir, "gateway/src/main/resources/application.yml", """
                spring.cloud.gateway.discovery.locator.enabled: true
                """);
        Fixtures fixtures = new Fixtures(dir)
                .service("gateway", HTTP, dep("org.springframework.cloud:spring-cloud-starter-gateway"), dep(K8S))
                .service("admin", HTTP, dep(ADMIN), dep(K8S)).service("employee", HTTP).service("mongodb", database)
                .service("kafka", "role: broker\nports: [{name: kafka, port: 9092}]\n");
        SourceRun run = SourceRun.of(dir, fixtures.modules(), new KubernetesDiscoveryFanOut());
        assertEquals(List.of("admin->employee", "admin->gateway", "admin->kafka", "admin->mongodb", "gateway->admin",
                "gateway->employee"), List.copyOf(run.edges().keySet()));
    }
}
