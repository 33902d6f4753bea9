package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A framework's client whose server nothing sets, in a service the repository deploys, connects to the framework's
 * loopback default: no edge to the provider, one warning naming the library, the keys and what to set.
 */
class DefaultLocationClientTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String REDIS = "role: database\nports: [{name: redis, port: 6379}]\nprovides: [redis]\n";
    private static final String LGTM = "role: monitoring\nports: [{name: grpc, port: 4317}, {name: http, port: 4318}]\n"
            + "provides: [otlp]\n";
    private static final String ZIPKIN = "role: monitoring\nports: [{name: http, port: 9411}]\nprovides: [zipkin]\n";
    private static final String COMPOSE = "services:\n  web:\n    build: ./web\n    environment:\n"
            + "      SERVER_PORT: '8080'\n";

    @TempDir
    Path dir;

    @Test
    void aSpringRedisStarterThatNothingPointsAnywhereIsNoEdgeButAWarning() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = spring("org.springframework.boot:spring-boot-starter-data-redis");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("web/pom.xml: service 'web': org.springframework.boot:spring-boot-starter-data-redis, a"
                + " client of 'redis', connects to Spring Boot's default localhost:6379, the pod itself once deployed:"
                + " none of spring.data.redis.host, spring.data.redis.url, spring.redis.host, spring.redis.url,"
                + " spring.data.redis.sentinel., spring.data.redis.cluster., spring.redis.sentinel., spring.redis.cluster."
                + " is set in its configuration or in the environment of docker-compose.yml web; no connection to cache"
                + " is derived. Set spring.data.redis.host to the service it uses, or add 'exclude: [{client: redis,"
                + " reason: <why>}]' if it connects nowhere"), run.warnings());
    }

    @Test
    void theDeploymentsEnvironmentSettingTheHostDecides() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      SPRING_DATA_REDIS_HOST: cache\n");
        SourceRun run = spring("org.springframework.boot:spring-boot-starter-data-redis");
        assertEquals(List.of("web->cache"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aSentinelNodeListOrADashDOptionIsASettingToo() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "spring:\n  data:\n    redis:\n      sentinel:\n        nodes: cache:6379\n");
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        assertEquals(List.of(), spring("org.springframework.boot:spring-boot-starter-data-redis").warnings());
        java.nio.file.Files.delete(dir.resolve("web/src/main/resources/application.yml"));
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      JAVA_OPTS: -Xmx256m -Dspring.data.redis.host=cache\n");
        SourceRun run = spring("org.springframework.boot:spring-boot-starter-data-redis");
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of("web->cache"), List.copyOf(run.edges().keySet()), "the library's catalog edge, as before");
    }

    @Test
    void withoutDeploymentFilesOrForABareDriverTheLibraryStaysAnEdge() throws Exception {
        assertEquals(List.of("web->cache"), List.copyOf(spring("org.springframework.boot:spring-boot-starter-data-redis")
                .edges().keySet()), "no deployment: its settings may be elsewhere");
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = spring("redis.clients:jedis");
        assertEquals(List.of("web->cache"), List.copyOf(run.edges().keySet()), "Jedis is configured by the code");
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aServiceThatLoadsConfigMapsByItsNameIsNotJudged() throws Exception {
        SourceRun.write(dir, "k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: web\n          image: shop/web:1\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("cache", REDIS).service("web", HTTP,
                dep("org.springframework.boot:spring-boot-starter-data-redis"),
                dep("org.springframework.cloud:spring-cloud-starter-kubernetes-fabric8-all")).modules(),
                new ConfiguredHosts(), new PomDependencies());
        assertEquals(List.of("web->cache"), List.copyOf(run.edges().keySet()),
                "Spring Cloud Kubernetes reads the ConfigMap named after the application: the host may be set there");
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aQuarkusExporterWithOnlyItsProtocolSetExportsToItsDefault() throws Exception {
        SourceRun.write(dir, "deploy/ui.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ui\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: ui\n          image: shop/ui:1\n");
        SourceRun.write(dir, "ui/src/main/resources/application.properties",
                "quarkus.otel.exporter.otlp.protocol=http/protobuf\n");
        SourceRun run = quarkus();
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertEquals(true, run.warnings().get(0).startsWith("ui/pom.xml: service 'ui': io.quarkus:quarkus-opentelemetry,"
                + " a client of 'otlp', connects to Quarkus's default localhost:4317, the pod itself once deployed: none"
                + " of quarkus.otel.exporter.otlp.endpoint, quarkus.otel.exporter.otlp.*.endpoint,"), run.warnings().get(0));

        SourceRun.write(dir, "ui/src/main/resources/application.properties",
                "quarkus.otel.exporter.otlp.traces.endpoint=http://lgtm:4318\n");
        run = quarkus();
        assertEquals(Map.of("ui->lgtm", List.of(4318)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aWorkloadWhoseConfigMapIsMissingIsNotJudged() throws Exception {
        SourceRun.write(dir, "deploy/ui.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ui\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: ui\n          image: shop/ui:1\n"
                + "          envFrom:\n            - configMapRef:\n                name: ui-config\n");
        SourceRun run = quarkus();
        assertEquals(List.of("ui->lgtm"), List.copyOf(run.edges().keySet()), "its settings may be in that ConfigMap");
    }

    @Test
    void aZipkinReporterThatSpringBootsActuatorConfiguresExportsToItsDefault() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = zipkin(dep("org.springframework.boot:spring-boot-starter-actuator"));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("web/pom.xml: service 'web': io.zipkin.reporter2:zipkin-reporter-brave, a client of"
                + " 'zipkin', connects to Spring Boot's default localhost:9411, the pod itself once deployed: none of"
                + " management.zipkin.tracing.endpoint, management.tracing.export.zipkin.endpoint, spring.zipkin.base-url is set in its configuration or in the"
                + " environment of docker-compose.yml web; no connection to tracing is derived. Set"
                + " management.zipkin.tracing.endpoint to the service it uses, or add 'exclude: [{client: zipkin,"
                + " reason: <why>}]' if it connects nowhere"), run.warnings());
    }

    @Test
    void withoutTheActuatorTheZipkinReporterIsABareLibrary() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = zipkin();
        assertEquals(List.of("web->tracing"), List.copyOf(run.edges().keySet()), "nothing configures it: its catalog edge");
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void sleuthsKeysSetNoServerForSpringBoot3sExporter() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                "spring.zipkin.base-url=http://tracing:9411\nmanagement.tracing.endpoint=${spring.zipkin.base-url}/api/v2/spans\n");
        SourceRun.write(dir, "web/src/main/java/x/Main.java", "package x;\nclass Main { }\n");
        SourceRun run = zipkin(dep("org.springframework.boot:spring-boot-starter-actuator"));
        assertEquals(Map.of(), run.edges(), "spring.zipkin.* is Spring Cloud Sleuth's; management.tracing.endpoint no key of Spring Boot");
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                "management.zipkin.tracing.endpoint=http://tracing:9411/api/v2/spans\n");
        assertEquals(List.of("web->tracing"), List.copyOf(zipkin(dep("org.springframework.boot:spring-boot-starter-actuator"))
                .edges().keySet()));
    }

    @Test
    void sleuthsZipkinClientReadsItsBaseUrl() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "web/src/main/resources/application.properties", "spring.zipkin.base-url=http://tracing:9411\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("tracing", ZIPKIN).service("web", HTTP,
                dep("org.springframework.boot:spring-boot-starter-web"),
                dep("org.springframework.cloud:spring-cloud-sleuth-zipkin")).modules(), new ConfiguredHosts(),
                new PomDependencies());
        assertEquals(List.of("web->tracing"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aSettingThatNamesOnlyTheLoopbackHostPointsTheClientAtThePodItselfSoTheLibraryIsNoEdge() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "spring:\n  data:\n    redis:\n      host: localhost\n      port: 6379\n");
        SourceRun run = spring("org.springframework.boot:spring-boot-starter-data-redis");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("web -/-> redis (org.springframework.boot:spring-boot-starter-data-redis): its configuration"
                + " points it at the loopback host, the pod itself once deployed [web/src/main/resources/application.yml:4"
                + " spring.data.redis.host]"), run.omissions().stream().map(Omission::describe).toList());
        // the deployment's environment naming the server decides, whatever the file says
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      SPRING_DATA_REDIS_HOST: cache\n");
        assertEquals(List.of("web->cache"), List.copyOf(spring("org.springframework.boot:spring-boot-starter-data-redis")
                .edges().keySet()));
    }

    @Test
    void onlyLoopbackHostsAreLoopbackSettings() {
        for (String loopback : List.of("localhost", "localhost:9092", "127.0.0.1:9092, localhost:9093",
                "redis://user@localhost:6379/0", "[::1]:5672", "http://0.0.0.0:9411/api/v2/spans")) {
            assertEquals(true, LoopbackSettings.loopbackOnly(loopback), loopback);
        }
        for (String other : List.of("kafka:9092", "localhost:9092,kafka:9092", "${KAFKA:localhost:9092}",
                "redis://localhost@cache:6379", "", "amqp://rabbit")) {
            assertEquals(false, LoopbackSettings.loopbackOnly(other), other);
        }
    }

    private SourceRun zipkin(io.aiplatform.security.core.graph.ModuleDependency... more) throws Exception {
        java.util.List<io.aiplatform.security.core.graph.ModuleDependency> deps = new java.util.ArrayList<>(List.of(
                dep("org.springframework.boot:spring-boot-starter-web"), dep("io.zipkin.reporter2:zipkin-reporter-brave")));
        deps.addAll(List.of(more));
        return SourceRun.of(dir, new Fixtures(dir).service("tracing", ZIPKIN).service("web", HTTP,
                deps.toArray(io.aiplatform.security.core.graph.ModuleDependency[]::new)).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }

    private SourceRun spring(String library) throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("cache", REDIS).service("web", HTTP,
                dep("org.springframework.boot:spring-boot-starter-web"), dep(library)).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }

    private SourceRun quarkus() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("lgtm", LGTM).service("ui", HTTP,
                dep("io.quarkus:quarkus-rest"), dep("io.quarkus:quarkus-opentelemetry")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }
}
