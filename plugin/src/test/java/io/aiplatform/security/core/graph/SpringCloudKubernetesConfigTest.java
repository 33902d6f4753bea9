package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Cloud Kubernetes' config reads, through the bootstrap context, the ConfigMap that
 * {@code spring.cloud.kubernetes.config.name} (or {@code sources[n].name}, else the application's name) names, and
 * {@code <name>-<profile>} for an active profile: the repository's manifest of it configures the service.
 */
class SpringCloudKubernetesConfigTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CONFIG = "org.springframework.cloud:spring-cloud-starter-kubernetes-client-config";
    private static final String BOOTSTRAP = "org.springframework.cloud:spring-cloud-starter-bootstrap";
    private static final String BOOTSTRAP_YML = """
            spring:
              application:
                name: gateway
            ---
            spring:
              config:
                activate:
                  on-profile: kubernetes
              cloud:
                kubernetes:
                  config:
                    name: shop-config
            """;
    private static final String CONFIG_MAP = """
            kind: ConfigMap
            apiVersion: v1
            metadata:
              name: shop-config
            data:
              application.yaml: |-
                spring:
                  cloud:
                    gateway:
                      routes:
                        - id: vets
                          uri: http://vets.shop.svc.cluster.local:8080
            """;
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gateway
            spec:
              template:
                spec:
                  containers:
                    - name: gateway
                      env:
                        - name: SPRING_PROFILES_ACTIVE
                          value: kubernetes
            """;

    @TempDir
    Path dir;

    @Test
    void theConfigMapTheActiveProfileNamesIsReadThroughTheBootstrapContext() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/bootstrap.yml", BOOTSTRAP_YML);
        SourceRun.write(dir, "k8s/config-map.yaml", CONFIG_MAP);
        SourceRun.write(dir, "k8s/gateway.yaml", DEPLOYMENT);
        SourceRun run = run(CONFIG, BOOTSTRAP);
        assertEquals(List.of("gateway->vets"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("k8s/config-map.yaml:12 spring.cloud.gateway.routes[0].uri (ConfigMap shop-config key"
                + " application.yaml, read by spring-cloud-kubernetes) names vets.shop.svc.cluster.local"),
                run.edges().get("gateway->vets"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aServiceSharingTheConfigMapWithoutTheGatewayReadsNoneOfItsRoutes() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/bootstrap.yml", BOOTSTRAP_YML);
        SourceRun.write(dir, "owners/src/main/resources/bootstrap.yml", BOOTSTRAP_YML.replace("name: gateway",
                "name: owners"));
        SourceRun.write(dir, "k8s/config-map.yaml", CONFIG_MAP);
        SourceRun.write(dir, "k8s/gateway.yaml", DEPLOYMENT + "---\n" + DEPLOYMENT.replace("gateway", "owners"));
        Fixtures f = new Fixtures(dir).service("gateway", "role: gateway\n" + HTTP,
                        dep("org.springframework.cloud:spring-cloud-starter-gateway"), dep(CONFIG), dep(BOOTSTRAP))
                .service("vets", HTTP).service("owners", HTTP, dep("org.springframework.boot:spring-boot-starter-web"),
                        dep(CONFIG), dep(BOOTSTRAP));
        SourceRun run = SourceRun.of(dir, f.modules(), new ConfiguredHosts());
        assertEquals(List.of("gateway->vets"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void withoutTheBootstrapContextOrImportOrWithTheSwitchOffNothingIsRead() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/bootstrap.yml", BOOTSTRAP_YML);
        SourceRun.write(dir, "k8s/config-map.yaml", CONFIG_MAP);
        SourceRun.write(dir, "k8s/gateway.yaml", DEPLOYMENT);
        assertEquals(List.of(), List.copyOf(run(CONFIG).edges().keySet()), "Spring Cloud 2020+ needs bootstrap");
        assertEquals(List.of(), List.copyOf(run(BOOTSTRAP).edges().keySet()), "no config library");
        SourceRun.write(dir, "gateway/src/main/resources/application.properties",
                "spring.config.import=kubernetes:\n");
        assertEquals(List.of("gateway->vets"), List.copyOf(run(CONFIG).edges().keySet()), "imported");
        SourceRun.write(dir, "gateway/src/main/resources/application.properties",
                "spring.config.import=kubernetes:\nspring.cloud.kubernetes.config.enabled=false\n");
        assertEquals(List.of(), List.copyOf(run(CONFIG).edges().keySet()), "switched off");
    }

    @Test
    void theApplicationsNameIsTheDefaultAndAProfileSpecificConfigMapIsReadToo() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/bootstrap.yml", "spring.application.name: gateway\n");
        SourceRun.write(dir, "k8s/gateway.yaml", DEPLOYMENT);
        SourceRun.write(dir, "k8s/config-map.yaml", """
                kind: ConfigMap
                metadata: {name: gateway}
                data:
                  vets.url: http://vets:8080
                ---
                kind: ConfigMap
                metadata: {name: gateway-kubernetes}
                data:
                  application.properties: owners.url=http://owners:8080
                """);
        SourceRun run = run("org.springframework.cloud:spring-cloud-starter-kubernetes-config");
        assertEquals(List.of("gateway->owners", "gateway->vets"), List.copyOf(run.edges().keySet()),
                "the 1.x starter loads the bootstrap context itself");
        assertEquals(List.of("k8s/config-map.yaml:4 (ConfigMap gateway key vets.url, read by spring-cloud-kubernetes)"
                + " names vets"), run.edges().get("gateway->vets"));
    }

    @Test
    void aNamedConfigMapThatIsNotInTheRepositoryIsAWarningNamingIt() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/bootstrap.yml", BOOTSTRAP_YML);
        SourceRun.write(dir, "k8s/gateway.yaml", DEPLOYMENT);
        SourceRun run = run(CONFIG, BOOTSTRAP);
        assertEquals(List.of("gateway/src/main/resources/bootstrap.yml:12: ConfigMap shop-config, which"
                + " spring.cloud.kubernetes.config.name names for Spring Cloud Kubernetes' configuration, is not in the"
                + " repository's manifests, so the settings it gives are not read; add its manifest, or add 'calls:' for"
                + " the connections it configures"), run.warnings());
    }

    private SourceRun run(String... libraries) throws Exception {
        List<ModuleDependency> deps = new ArrayList<>();
        deps.add(dep("org.springframework.cloud:spring-cloud-starter-gateway"));
        for (String l : libraries) {
            deps.add(dep(l));
        }
        Fixtures f = new Fixtures(dir).service("gateway", "role: gateway\n" + HTTP, deps.toArray(ModuleDependency[]::new))
                .service("vets", HTTP).service("owners", HTTP);
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }
}
