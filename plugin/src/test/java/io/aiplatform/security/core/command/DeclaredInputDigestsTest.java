package io.aiplatform.security.core.command;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.HelmCharts;
import io.aiplatform.security.core.graph.DeclaredInputs;
import io.aiplatform.security.core.graph.DeclaresInputs;
import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.graph.DerivationSources;
import io.aiplatform.security.core.graph.Edge;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.intents.IntentsFixtures;
import io.aiplatform.security.core.support.ArtifactFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date digests of both goals are made of what the derivation's sources declare they read:
 * changing any declared file (each file below a declared folder, a file added to it, an absent one
 * created) changes both digests. The declared inputs are enumerated from {@link DerivationSources}, so
 * a source added later is covered without editing this test.
 */
class DeclaredInputDigestsTest {

    private static final String HTTP = "role: api\nports: [{name: http, port: 8080}]\n";
    /** The folders of a configuration repository kept outside the code repository (configDirectories). */
    private static final List<Path> CONFIG_DIRECTORIES = List.of(Path.of("config-repo"));

    @TempDir
    Path dir;

    private List<Module> modules;

    @BeforeEach
    void platform() throws IOException {
        modules = new Fixtures(dir)
                .service("web", HTTP, dep("common"), dep("config"))
                .service("orders", HTTP, dep("org.postgresql:postgresql"))
                .service("orders-db", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("search", "role: database\nports: [{port: 9200}]\n")
                .service("config", "role: api\nports: [{port: 8888}]\n")
                .library("common", dep("org.springframework.cloud:spring-cloud-starter-openfeign"))
                .platformFile("services:\n  - name: legacy\n    ports: [{port: 7000}]\n")
                .modules();
        write("web/src/main/resources/application.yml", "clients.orders.url: ${ORDERS_URL:http://localhost:8080}\n"
                + "spring.config.import: optional:configserver:http://config:8888\n");
        write("web/src/main/java/shop/web/Client.java", "package shop.web;\nclass Client {\n"
                + "    String orders = \"http://orders:8080/api\";\n}\n"
                + "@org.springframework.boot.context.properties.ConfigurationProperties(\"clients\")\n"
                + "class Clients {\n    java.util.Map<String, String> orders;\n    java.util.Map<String, String> search;\n"
                + "    java.util.Map<String, String> legacy;\n"
                + "    String all() { return orders + \"\" + search + legacy; }\n}\n");
        write("config/src/main/resources/application.yml",
                "spring.cloud.config.server.native.search-locations: classpath:/repo\n");
        write("config/src/main/resources/repo/web.yml", "clients.search.url: http://search:9200\n");
        write("orders/src/main/resources/application.properties", "server.port=8080\n");
        write("config-repo/application.yml", "shared.timeout: 5s\n");
        write("deploy/compose/docker-compose.yml", """
                services:
                  web:
                    build: ../../web
                    environment:
                      ORDERS_URL: http://orders:8080
                """);
        write("k8s/apps/orders.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  template:
                    spec:
                      containers:
                        - name: orders
                          image: orders:1
                          env:
                            - {name: SPRING_DATASOURCE_URL, value: "jdbc:postgresql://orders-db:5432/orders"}
                """);
    }

    @Test
    void changingAnyDeclaredInputOfAnySourceChangesBothDigests() throws IOException {
        DerivationProject project = project();
        List<String> checked = new ArrayList<>();
        for (DeclaresInputs reader : DerivationSources.readers()) {
            DeclaredInputs declared = new DeclaredInputs();
            reader.inputs(project, declared);
            assertFalse(declared.files().isEmpty() && declared.facts().isEmpty(), reader.name() + " declares nothing");
            for (DeclaredInputs.FileInput input : declared.files()) {
                for (Path changed : changesOf(input.path())) {
                    assertChangesBothDigests(reader.name() + " (" + input.label() + ")", changed);
                    checked.add(dir.relativize(changed).toString().replace('\\', '/'));
                }
            }
        }
        // the inputs the derivation reads today are among them (a source added later declares its own)
        for (String kind : List.of("deploy/compose/docker-compose.yml", "k8s/apps/orders.yaml",
                "web/src/main/resources/application.yml", "config/src/main/resources/repo/web.yml",
                "web/src/main/java/shop/web/Client.java", "src/main/ai-security/platform.yaml",
                "config-repo/application.yml",
                "orders/src/main/ai-security/service.yaml", "web/Dockerfile", "orders/Dockerfile", "orders/pom.xml")) {
            assertTrue(checked.contains(kind), kind + " is not declared by any source: " + new TreeSet<>(checked));
        }
    }

    @Test
    void aPomDependencyTheProfilesAndTheNamespaceAreDeclaredFacts() {
        String before = generate(modules);
        List<Module> more = new ArrayList<>(modules);
        Module web = more.remove(0);
        List<io.aiplatform.security.core.graph.ModuleDependency> deps = new ArrayList<>(web.dependencies());
        deps.add(dep("orders"));
        more.add(0, new Module(web.groupId(), web.artifactId(), web.pomFile(), web.descriptorFile(), deps));
        assertNotEquals(before, generate(more), "a POM dependency");
        DeclaredInputs facts = DerivationSources.inputs(project());
        Set<String> labels = facts.facts().stream().map(DeclaredInputs.Fact::label).collect(Collectors.toSet());
        assertTrue(labels.containsAll(Set.of("profiles", "namespace", "dependency of io.example:web",
                "dependency of io.example:common", "deployment files")), labels.toString());
    }

    @Test
    void aModulesSpringBootVersionIsADeclaredFact() {
        String generated = generate(modules);
        String validated = validate();
        List<Module> more = new ArrayList<>(modules);
        more.set(1, more.get(1).withFrameworks(io.aiplatform.security.core.graph.FrameworkVersions.springBoot("3.3.2")));
        modules = more;
        assertNotEquals(generated, generate(modules), "which keys a service's framework reads depends on its version");
        assertNotEquals(validated, validate(), "validate-security's digest too");
        Set<String> labels = DerivationSources.inputs(project()).facts().stream().map(DeclaredInputs.Fact::label)
                .collect(Collectors.toSet());
        assertTrue(labels.contains("framework versions of io.example:orders"), labels.toString());
    }

    @Test
    void aPrometheusTargetReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertAMountedFileReRunsBothGoals("prom/prometheus:v2.53.0", "../../monitoring:/etc/prometheus:ro",
                "monitoring/prometheus.yml", "scrape_configs:\n  - static_configs: [{targets: ['%s']}]\n");
    }

    @Test
    void aScrapeTargetInTheSecretOfAPrometheusOperatorResourceReRunsBothGoalsAndChangesTheGraph() throws Exception {
        String manifest = """
                apiVersion: monitoring.coreos.com/v1
                kind: Prometheus
                metadata: {name: legacy}
                spec:
                  additionalScrapeConfigs: {name: jobs, key: jobs.yaml}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: jobs}
                data:
                  jobs.yaml: %s
                """;
        Function<String, String> jobs = target -> Base64.getEncoder().encodeToString(
                ("- static_configs: [{targets: ['" + target + "']}]\n").getBytes(StandardCharsets.UTF_8));
        write("k8s/monitoring/prometheus.yaml", String.format(manifest, jobs.apply("orders:8080")));
        assertTrue(edges().contains("legacy->orders"), edges().toString());
        assertBothGoalsRerun("", () -> {
            write("k8s/monitoring/prometheus.yaml", String.format(manifest, jobs.apply("search:9200")));
        });
        assertTrue(edges().contains("legacy->search") && !edges().contains("legacy->orders"), edges().toString());
    }

    @Test
    void aKrakendFileMountedIntoAKrakendContainerReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertAMountedFileReRunsBothGoals("devopsfaith/krakend:2.7", "../../gateway/krakend.json:/etc/krakend/krakend.json:ro",
                "gateway/krakend.json", "{\"endpoints\": [{\"backend\": [{\"host\": [\"http://%s\"]}]}]}\n");
    }

    @Test
    void aPromtailClientMountedIntoAPromtailContainerReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertAMountedFileReRunsBothGoals("grafana/promtail:3.0.0", "../../logging/promtail.yml:/etc/promtail/config.yml",
                "logging/promtail.yml", "clients:\n  - url: http://%s/loki/api/v1/push\n");
    }

    @Test
    void anOpenTelemetryCollectorExporterMountedIntoACollectorReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertAMountedFileReRunsBothGoals("otel/opentelemetry-collector-contrib:0.105.0",
                "../../otel/otelcol-config.yml:/etc/otelcol-config.yml", "otel/otelcol-config.yml",
                "exporters:\n  otlp:\n    endpoint: %s\nservice:\n  pipelines:\n    traces: {exporters: [otlp]}\n");
    }

    @Test
    void anNginxFileMountedIntoAContainerReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertAMountedFileReRunsBothGoals("nginx:1.27", "../../nginx/default.conf:/etc/nginx/conf.d/default.conf",
                "nginx/default.conf", "server {\n  location / { proxy_pass http://%s; }\n}\n");
    }

    @Test
    void anNginxTemplateAddedToAMountedFolderReRunsBothGoalsAndChangesTheGraph() throws Exception {
        write("deploy/compose/docker-compose.yml", Files.readString(dir.resolve("deploy/compose/docker-compose.yml"))
                + "  legacy:\n    image: nginx:1.27\n    environment:\n      SEARCH: search\n    volumes:\n"
                + "      - ../../nginx/templates:/etc/nginx/templates\n");
        write("nginx/templates/readme.txt", "templates\n");
        assertFalse(edges().contains("legacy->search"), edges().toString());
        assertBothGoalsRerun("", () -> write("nginx/templates/search.conf.template",
                "upstream s {\n  server ${SEARCH}:9200;\n}\n"));
        assertTrue(edges().contains("legacy->search"), edges().toString());
    }

    @Test
    void aKafkaConnectConnectorFileReRunsBothGoalsAndChangesTheGraph() throws Exception {
        // the connector is registered with the REST API at run time: the file is read wherever it is, not mounted
        assertAMountedFileReRunsBothGoals("debezium/connect:2.7", "../../connect-data:/kafka/data",
                "connectors/sink.json", "{\"name\": \"sink\", \"config\": {\"connector.class\":"
                        + " \"io.confluent.connect.elasticsearch.ElasticsearchSinkConnector\", \"connection.url\":"
                        + " \"http://%s\"}}\n");
    }

    /**
     * A Compose service {@code legacy} running {@code image} mounts {@code file}, whose text ({@code format} with a
     * host:port) first names orders, then search: both goals rerun and legacy's edge moves from orders to search.
     */
    private void assertAMountedFileReRunsBothGoals(String image, String mount, String file, String format) throws Exception {
        write("deploy/compose/docker-compose.yml", Files.readString(dir.resolve("deploy/compose/docker-compose.yml"))
                + "  legacy:\n    image: " + image + "\n    volumes:\n      - " + mount + "\n");
        write(file, String.format(format, "orders:8080"));
        assertTrue(edges().contains("legacy->orders"), edges().toString());
        assertBothGoalsRerun("", () -> {
            write(file, String.format(format, "search:9200"));
        });
        assertTrue(edges().contains("legacy->search") && !edges().contains("legacy->orders"), edges().toString());
    }

    @Test
    void aComposeVariableInASubFolderReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertEquals(Set.of("web->config", "web->orders", "web->search", "orders->orders-db"), edges());
        assertBothGoalsRerun("", () -> {
            write("deploy/compose/docker-compose.yml", Files.readString(dir.resolve("deploy/compose/docker-compose.yml"))
                    .replace("http://orders:8080", "http://search:9200"));
        });
        assertTrue(DerivedGraphs.derive(dir, modules, List.of(), "shop").edges().stream()
                .filter(e -> e.from().equals("web") && e.to().equals("search")).findFirst().orElseThrow().reasons()
                .contains("web/src/main/resources/application.yml:1 clients.orders.url names search"),
                "ORDERS_URL of the Compose file now names search");
    }

    @Test
    void aComposeServiceJoiningTheHostNetworkReRunsBothGoalsAndChangesTheGraph() throws Exception {
        write("web/src/main/resources/application.yml", Files.readString(dir.resolve("web/src/main/resources/application.yml"))
                + "clients.legacy.url: http://localhost:7000\n");
        write("deploy/compose/docker-compose.yml", Files.readString(dir.resolve("deploy/compose/docker-compose.yml"))
                + "  legacy:\n    image: legacy:1\n    network_mode: host\n");
        assertFalse(edges().contains("web->legacy"), "web's localhost is its own container: " + edges());
        assertBothGoalsRerun("", () -> {
            write("deploy/compose/docker-compose.yml", Files.readString(dir.resolve("deploy/compose/docker-compose.yml"))
                    .replace("    build: ../../web\n", "    build: ../../web\n    network_mode: host\n"));
        });
        assertTrue(edges().contains("web->legacy"), "on the host network web's localhost:7000 is legacy: " + edges());
    }

    @Test
    void theDotEnvAndAnEnvFileOfAComposeFileReRunBothGoalsAndChangeTheGraph() throws Exception {
        write("deploy/compose/docker-compose.yml", """
                services:
                  web:
                    build: ../../web
                    env_file: ./web.env
                    environment:
                      - ORDERS_URL
                """);
        assertFalse(edges().contains("web->legacy"), edges().toString());
        assertBothGoalsRerun(" on the .env file", () -> write("deploy/compose/.env", "ORDERS_URL=http://legacy:7000\n"));
        assertTrue(edges().contains("web->legacy"), edges().toString());
        write("deploy/compose/.env", "");
        assertFalse(edges().contains("web->legacy"), edges().toString());
        assertBothGoalsRerun(" on an env_file", () -> write("deploy/compose/web.env", "ORDERS_URL=http://legacy:7000\n"));
        assertTrue(edges().contains("web->legacy"), edges().toString());
    }

    @Test
    void theDotEnvOfAComposeFileNamedForDockerComposeFReRunsBothGoalsAndChangesTheGraph() throws Exception {
        write("deploy/compose/infra-compose.yml", """
                services:
                  web:
                    build: ../../web
                    environment:
                      - ORDERS_URL
                """);
        assertFalse(edges().contains("web->legacy"), edges().toString());
        assertBothGoalsRerun(" on the .env file", () -> write("deploy/compose/.env", "ORDERS_URL=http://legacy:7000\n"));
        assertTrue(edges().contains("web->legacy"), edges().toString());
    }

    @Test
    void aFileOfTheConfigDirectoriesReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertBothGoalsRerun("", () -> {
            write("config-repo/web.yml", "clients.legacy.url: http://legacy:7000\n");
        });
        ServiceGraph g = DerivedGraphs.derive(dir, modules, List.of(), "shop", CONFIG_DIRECTORIES);
        assertTrue(g.edges().stream().filter(e -> e.from().equals("web") && e.to().equals("legacy")).findFirst()
                .orElseThrow().reasons().contains("config-repo/web.yml:1 clients.legacy.url names legacy"),
                "the config client web reads config-repo/web.yml");
    }

    @Test
    void aKotlinSourceFolderBesideUnusedKafkaLibrariesReRunsBothGoalsAndChangesTheGraph() throws Exception {
        List<Module> all = new ArrayList<>(modules);
        all.addAll(new Fixtures(dir).service("mailer", HTTP, dep("org.springframework.kafka:spring-kafka"))
                .service("broker", "role: broker\nports: [{port: 9092}]\nprovides: [kafka]\n").modules());
        modules = all;
        write("mailer/src/main/resources/application.properties", "spring.kafka.bootstrap-servers=broker:9092\n");
        write("mailer/src/main/java/shop/mailer/Mailer.java", "package shop.mailer;\nclass Mailer { }\n");
        assertFalse(edges().contains("mailer->broker"), "its Java sources never use Kafka");
        assertBothGoalsRerun("", () -> write("mailer/src/main/kotlin/shop/mailer/Sender.kt", "class Sender\n"));
        assertTrue(edges().contains("mailer->broker"), "Kotlin sources are not read: they may use it");
    }

    @Test
    void aKotlinLiteralReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertFalse(edges().contains("web->legacy"), edges().toString());
        assertBothGoalsRerun("", () -> write("web/src/main/kotlin/shop/web/Legacy.kt",
                "class Legacy { val url = \"http://legacy:7000/x\" }\n"));
        assertTrue(edges().contains("web->legacy"), edges().toString());
    }

    @Test
    void aKubernetesEnvValueReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assertBothGoalsRerun("", () -> {
            write("k8s/apps/orders.yaml", Files.readString(dir.resolve("k8s/apps/orders.yaml"))
                    .replace("jdbc:postgresql://orders-db:5432/orders", "jdbc:postgresql://legacy:7000/orders"));
        });
        assertTrue(edges().contains("orders->legacy"), edges().toString());
    }

    @Test
    void aDockerfileThatActivatesAProfileReRunsBothGoalsAndChangesTheGraph() throws Exception {
        write("orders/src/main/resources/application-legacy.properties", "app.legacy.url=http://legacy:7000\n");
        assertFalse(edges().contains("orders->legacy"), edges().toString());
        assertBothGoalsRerun("", () -> {
            write("orders/Dockerfile", "FROM eclipse-temurin:17\nENV SPRING_PROFILES_ACTIVE=legacy\n");
        });
        assertTrue(edges().contains("orders->legacy"), edges().toString());
    }

    @Test
    void aDockerfileThatStartsLoadingTheOpenTelemetryAgentReRunsBothGoalsAndChangesTheGraph() throws Exception {
        write("deploy/compose/docker-compose.yml", Files.readString(dir.resolve("deploy/compose/docker-compose.yml"))
                + "      OTEL_EXPORTER_OTLP_ENDPOINT: http://legacy:7000\n");
        write("web/Dockerfile", "FROM eclipse-temurin:21\nENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n");
        assertFalse(edges().contains("web->legacy"), "without the agent nothing reads the variable");
        assertBothGoalsRerun("", () -> {
            write("web/Dockerfile", "FROM eclipse-temurin:21\n"
                    + "ENTRYPOINT [\"java\", \"-javaagent:/otel/opentelemetry-javaagent.jar\", \"-jar\", \"/app.jar\"]\n");
        });
        assertTrue(edges().contains("web->legacy"), edges().toString());
    }

    @Test
    void aConfigMapValueAndAKustomizeEnvFileAreDeclaredAndReRunBothGoals() throws Exception {
        write("k8s/config/kustomization.yaml", """
                resources: [config.yaml]
                configMapGenerator:
                  - name: config-otlp
                    envs: [otlp.env]
                """);
        write("k8s/config/otlp.env", "MANAGEMENT_OTLP_TRACING_ENDPOINT=http://orders:8080/v1/traces\n");
        write("k8s/config/config.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: config}
                spec:
                  template:
                    spec:
                      containers:
                        - name: config
                          image: config:1
                          envFrom:
                            - configMapRef: {name: config-zipkin}
                            - configMapRef: {name: config-otlp}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: config-zipkin}
                data:
                  MANAGEMENT_ZIPKIN_TRACING_ENDPOINT: http://orders:8080/api/v2/spans
                """);
        assertTrue(DerivationSources.inputs(project()).files().stream()
                .anyMatch(f -> f.path().equals(dir.resolve("k8s/config/otlp.env"))), "the generator's env file is declared");
        assertTrue(edges().contains("config->orders"), edges().toString());
        assertBothGoalsRerun(" on a ConfigMap value", () -> {
            write("k8s/config/config.yaml", Files.readString(dir.resolve("k8s/config/config.yaml"))
                    .replace("http://orders:8080/api/v2/spans", "http://legacy:7000/api/v2/spans"));
        });
        assertTrue(edges().containsAll(Set.of("config->legacy", "config->orders")), edges().toString());
        assertBothGoalsRerun(" on a kustomize env file", () -> {
            write("k8s/config/otlp.env", "MANAGEMENT_OTLP_TRACING_ENDPOINT=http://search:9200/v1/traces\n");
        });
        assertTrue(edges().contains("config->search") && !edges().contains("config->orders"), edges().toString());
    }

    @Test
    void aJavaSourceThatStartsReadingAKeyReRunsBothGoalsAndChangesTheGraph() throws Exception {
        write("orders/src/main/resources/application.properties", "server.port=8080\nsearch.url=http://search:9200\n");
        write("orders/src/main/java/shop/orders/Search.java", "package shop.orders;\nclass Search {\n}\n");
        assertFalse(edges().contains("orders->search"), "nothing reads search.url: " + edges());
        assertBothGoalsRerun("", () -> {
            write("orders/src/main/java/shop/orders/Search.java", "package shop.orders;\nclass Search {\n"
                    + "    @org.springframework.beans.factory.annotation.Value(\"${search.url}\") String url;\n}\n");
        });
        assertTrue(edges().contains("orders->search"), edges().toString());
    }

    @Test
    void anApplicationClassThatExcludesTheDataSourceReRunsBothGoalsAndChangesTheGraph() throws Exception {
        // the driver alone, the platform's one PostgreSQL: the edge comes from the catalog, not from a URL
        write("k8s/apps/orders.yaml", Files.readString(dir.resolve("k8s/apps/orders.yaml")).replaceAll(
                "(?s)\\s*env:.*", "\n"));
        write("orders/src/main/java/shop/orders/OrdersApplication.java", "package shop.orders;\n"
                + "@SpringBootApplication\nclass OrdersApplication {\n}\n");
        assertTrue(edges().contains("orders->orders-db"), edges().toString());
        assertBothGoalsRerun("", () -> {
            write("orders/src/main/java/shop/orders/OrdersApplication.java", "package shop.orders;\n"
                    + "@SpringBootApplication(exclude = org.springframework.boot.autoconfigure.jdbc."
                    + "DataSourceAutoConfiguration.class)\nclass OrdersApplication {\n}\n");
        });
        assertFalse(edges().contains("orders->orders-db"), edges().toString());
    }

    @Test
    void aJavaSourceThatStopsOnlyPublishingAKeyAsAnOpenApiServerReRunsBothGoalsAndChangesTheGraph() throws Exception {
        write("orders/src/main/resources/application.properties", "server.port=8080\nsearch.url=http://search:9200\n");
        String source = "package shop.orders;\nclass Search {\n"
                + "    @org.springframework.beans.factory.annotation.Value(\"${search.url}\") String url;\n"
                + "    Object docs() { return new io.swagger.v3.oas.models.servers.Server().url(url); }\n%s}\n";
        write("orders/src/main/java/shop/orders/Search.java", String.format(source, ""));
        assertFalse(edges().contains("orders->search"), "search.url is only published: " + edges());
        assertBothGoalsRerun("", () -> {
            write("orders/src/main/java/shop/orders/Search.java", String.format(source,
                    "    Object client() { return org.springframework.web.client.RestClient.create(url); }\n"));
        });
        assertTrue(edges().contains("orders->search"), edges().toString());
    }

    @Test
    void aHelmValuesFileAndTheChartAreDeclaredAndAValuesChangeReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assumeTrue(HelmCharts.helmUnavailable() == null, "helm-java has no native Helm for this OS and CPU");
        write("k8s/apps/orders.yaml", "# moved into the chart\n");
        write("helm/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
        write("helm/shop/values.yaml", "db: orders-db:5432\n");
        write("helm/shop/templates/orders.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  template:
                    spec:
                      containers:
                        - name: orders
                          image: orders:1
                          env:
                            - name: SPRING_DATASOURCE_URL
                              value: "jdbc:postgresql://{{ .Values.db }}/orders"
                """);
        write("helm/prod.yaml", "db: orders-db:5432\n");
        List<Path> values = List.of(dir.resolve("helm/prod.yaml"));
        List<Path> declared = DerivationSources.inputs(project(values)).files().stream()
                .map(DeclaredInputs.FileInput::path).toList();
        assertTrue(declared.containsAll(List.of(dir.resolve("helm/shop"), dir.resolve("helm/prod.yaml"))),
                declared.toString());
        assertFalse(helmEdges(values).contains("orders->legacy"), helmEdges(values).toString());
        String generate = generateWith(values);
        String validate = validateWith(values);
        write("helm/prod.yaml", "db: legacy:7000\n");
        assertNotEquals(generate, generateWith(values), "generate-security reruns on a helmValues file");
        assertNotEquals(validate, validateWith(values), "validate-security reruns on a helmValues file");
        assertTrue(helmEdges(values).contains("orders->legacy"), helmEdges(values).toString());
        generate = generateWith(values);
        validate = validateWith(values);
        write("helm/shop/templates/orders.yaml", Files.readString(dir.resolve("helm/shop/templates/orders.yaml"))
                .replace("/orders\"", "/shop\""));
        assertNotEquals(generate, generateWith(values), "generate-security reruns on a template");
        assertNotEquals(validate, validateWith(values), "validate-security reruns on a template");
    }

    @Test
    void aChartsValueThatRendersAServiceMonitorReRunsBothGoalsAndChangesTheGraph() throws Exception {
        assumeTrue(HelmCharts.helmUnavailable() == null, "helm-java has no native Helm for this OS and CPU");
        write("helm/monitoring/Chart.yaml", "apiVersion: v2\nname: monitoring\nversion: 1.0.0\n");
        write("helm/monitoring/values.yaml", "monitored: false\n");
        write("helm/monitoring/templates/monitors.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: Prometheus
                metadata: {name: legacy}
                spec:
                  serviceMonitorSelector: {}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: orders, labels: {app: orders}}
                spec:
                  ports: [{name: http, port: 8080}]
                {{- if .Values.monitored }}
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: orders}
                spec:
                  selector: {matchLabels: {app: orders}}
                  endpoints: [{port: http}]
                {{- end }}
                """);
        List<Path> values = List.of();
        assertFalse(helmEdges(values).contains("legacy->orders"), helmEdges(values).toString());
        String generate = generateWith(values);
        String validate = validateWith(values);
        write("helm/monitoring/values.yaml", "monitored: true\n");
        assertNotEquals(generate, generateWith(values), "generate-security reruns on a chart's values");
        assertNotEquals(validate, validateWith(values), "validate-security reruns on a chart's values");
        assertTrue(helmEdges(values).contains("legacy->orders"), helmEdges(values).toString());
    }

    @Test
    void anIntentsFileIsDeclaredAndANewVersionOrAChangedFileReRunsBothGoalsAndChangesTheGraph() throws Exception {
        Path repo = dir.resolve("m2");
        ArtifactFile v1 = IntentsFixtures.publish(repo, "com.example.pay:payments:1.3.0", IntentsFixtures.PAYMENTS);
        ArtifactFile v2 = IntentsFixtures.publish(repo, "com.example.pay:payments:1.4.0", IntentsFixtures.PAYMENTS
                .replace("calls: []", "calls:\n      - {service: search, ports: [9200], evidence: [\"app.yml:3 search.url\"]}"));
        DerivationProject project = new DerivationProject(dir, modules, List.of(), "ai-platform", List.of(), List.of(),
                List.of(v1));
        assertTrue(DerivationSources.inputs(project).files().stream().anyMatch(f -> f.path().equals(v1.file())),
                "the intents file is declared");
        String generate = generateWithIntents(List.of(v1));
        String validate = validateWithIntents(List.of(v1));
        assertFalse(intentsEdges(v1).contains("payments->search"), intentsEdges(v1).toString());
        assertNotEquals(generate, generateWithIntents(List.of(v2)), "generate-security reruns on a new intents version");
        assertNotEquals(validate, validateWithIntents(List.of(v2)), "validate-security reruns on a new intents version");
        assertTrue(intentsEdges(v2).contains("payments->search"), intentsEdges(v2).toString());
        Files.writeString(v1.file(), Files.readString(v2.file())); // a SNAPSHOT republished under the same version
        assertNotEquals(generate, generateWithIntents(List.of(v1)), "generate-security reruns on a changed intents file");
        assertNotEquals(validate, validateWithIntents(List.of(v1)), "validate-security reruns on a changed intents file");
    }

    private Set<String> intentsEdges(ArtifactFile intents) throws Exception {
        ServiceGraph g = DerivedGraphs.derive(new DerivationProject(dir, modules, List.of(), "ai-platform", List.of(),
                List.of(), List.of(intents)));
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    private String generateWithIntents(List<ArtifactFile> intents) {
        return InputDigests.generate(GenerateRequest.builder(dir).modules(modules).intents(intents).build(), "plugin");
    }

    private String validateWithIntents(List<ArtifactFile> intents) {
        return InputDigests.validate(ValidateRequest.builder(dir, dir.resolve("out")).modules(modules).intents(intents)
                .build(), "plugin");
    }

    private Set<String> helmEdges(List<Path> values) throws Exception {
        ServiceGraph g = DerivedGraphs.derive(project(values));
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    private DerivationProject project(List<Path> helmValues) {
        return new DerivationProject(dir, modules, List.of(), "ai-platform", List.of(), helmValues);
    }

    private String generateWith(List<Path> helmValues) {
        return InputDigests.generate(GenerateRequest.builder(dir).modules(modules).helmValues(helmValues).build(),
                "plugin");
    }

    private String validateWith(List<Path> helmValues) {
        return InputDigests.validate(ValidateRequest.builder(dir, dir.resolve("out")).modules(modules)
                .helmValues(helmValues).build(), "plugin");
    }

    /** A change to the project's inputs. */
    private interface Change {
        void apply() throws Exception;
    }

    /** Both goals' digests before and after {@code change} differ: generate-security and validate-security rerun. */
    private void assertBothGoalsRerun(String on, Change change) throws Exception {
        String generate = generate(modules);
        String validate = validate();
        change.apply();
        assertNotEquals(generate, generate(modules), "generate-security reruns" + on);
        assertNotEquals(validate, validate(), "validate-security reruns" + on);
    }

    private Set<String> edges() throws Exception {
        ServiceGraph g = DerivedGraphs.derive(dir, modules, List.of(), "shop");
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Changes the declared path in each way that matters, and checks each change on its own. */
    private List<Path> changesOf(Path declared) throws IOException {
        if (Files.isRegularFile(declared)) {
            return List.of(declared);
        }
        List<Path> changes = new ArrayList<>();
        if (Files.isDirectory(declared)) {
            try (Stream<Path> files = Files.walk(declared)) {
                files.filter(Files::isRegularFile).sorted().forEach(changes::add);
            }
            changes.add(declared.resolve("added-by-test.yml")); // a file added to the folder
        } else {
            changes.add(declared); // an absent input created
        }
        return changes;
    }

    /** Changes (or creates) one file, checks both digests change, and puts it back. */
    private void assertChangesBothDigests(String what, Path file) throws IOException {
        String generate = generate(modules);
        String validate = validate();
        boolean existed = Files.exists(file);
        byte[] bytes = existed ? Files.readAllBytes(file) : null;
        List<Path> created = createdFolders(file);
        if (existed) {
            Files.writeString(file, "\n# changed\n", java.nio.file.StandardOpenOption.APPEND);
        } else {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "changed: true\n");
        }
        String where = what + ": " + dir.relativize(file);
        assertNotEquals(generate, generate(modules), "generate digest misses " + where);
        assertNotEquals(validate, validate(), "validate digest misses " + where);
        if (existed) {
            Files.write(file, bytes);
        } else {
            Files.delete(file);
            for (Path folder : created) {
                Files.delete(folder);
            }
        }
        assertEquals(generate, generate(modules), "restored " + where);
    }

    /** The folders that creating {@code file} adds, deepest first. */
    private static List<Path> createdFolders(Path file) {
        List<Path> created = new ArrayList<>();
        for (Path p = file.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            created.add(p);
        }
        created.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        return created;
    }

    private DerivationProject project() {
        GenerateRequest r = GenerateRequest.builder(dir).modules(modules).build();
        return new DerivationProject(dir, modules, r.derivation().profiles(), r.platform().namespace(),
                CONFIG_DIRECTORIES, List.of());
    }

    private String generate(List<Module> modules) {
        return InputDigests.generate(GenerateRequest.builder(dir).modules(modules).configDirectories(CONFIG_DIRECTORIES)
                .build(), "plugin");
    }

    private String validate() {
        return InputDigests.validate(ValidateRequest.builder(dir, dir.resolve("out")).modules(modules)
                .configDirectories(CONFIG_DIRECTORIES).build(), "plugin");
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
