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
 * Spring for Apache Kafka (and Spring Cloud Stream's Kafka binder) connects only when the code uses it: a service that
 * has it on its classpath through a shared library module but neither sends nor listens is no Kafka client.
 */
class UnusedClientLibrariesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String SPRING_KAFKA = "org.springframework.kafka:spring-kafka";
    private static final String KAFKA_CONFIG = "spring.kafka.bootstrap-servers: kafka:9092\n";
    /** A shared library whose only Kafka code is an abstract base, as a common module holds it. */
    private static final String BASE = """
            package x.common;
            public abstract class BaseListenerConfig {
                protected org.springframework.kafka.core.KafkaTemplate<String, String> template;
                public abstract void configure();
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aServiceWhoseSourcesNeverUseTheKafkaLibraryOfItsLibraryModuleIsNoKafkaClient() throws Exception {
        service("orders", "class Orders { String id() { return \"o\"; } }");
        SourceRun run = run(fixtures().service("orders", HTTP, dep(WEB), dep("common")));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()), run.edges().toString());
        String why = "not a connection: org.springframework.kafka:spring-kafka connects only when the code uses it, and"
                + " no Java source of orders or of its library modules (common) does (no listener, template, topic"
                + " bean, binding or client of its own); common/src/main/java/x/common/BaseListenerConfig.java:3"
                + " KafkaTemplate is in BaseListenerConfig, abstract, which no class extends or implements";
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("orders -/-> kafka"
                + " (spring.kafka.bootstrap-servers): " + why + " [orders/src/main/resources/application.yml:1]")),
                run.omissions().toString());
        assertTrue(run.omissions().stream().anyMatch(o -> o.client().equals(SPRING_KAFKA) && o.why().equals(why)),
                run.omissions().toString());
        assertTrue(run.warnings().isEmpty(), run.warnings().toString());
    }

    @Test
    void aListenerATemplateOrATopicBeanInTheServiceMakesItAKafkaClient() throws Exception {
        service("listens", "class Listens {\n  @org.springframework.kafka.annotation.KafkaListener(topics = \"t\")\n"
                + "  void on(String m) { }\n}");
        service("sends", "class Sends {\n  private final KafkaTemplate<String, String> template;\n"
                + "  Sends(KafkaTemplate<String, String> t) { this.template = t; }\n}");
        service("topics", "@Configuration class Topics {\n  @Bean NewTopic orders() { return TopicBuilder.name(\"o\")"
                + ".build(); }\n}");
        SourceRun run = run(fixtures().service("listens", HTTP, dep(WEB), dep("common"))
                .service("sends", HTTP, dep(WEB), dep("common")).service("topics", HTTP, dep(WEB), dep("common")));
        assertEquals(List.of("listens->kafka", "sends->kafka", "topics->kafka"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void anAbstractBaseOfALibraryModuleCountsForTheServiceThatExtendsIt() throws Exception {
        service("search", "@Configuration class SearchListeners extends x.common.BaseListenerConfig {\n"
                + "  public void configure() { }\n}");
        service("orders", "class Orders { }");
        SourceRun run = run(fixtures().service("search", HTTP, dep(WEB), dep("common"))
                .service("orders", HTTP, dep(WEB), dep("common")));
        assertEquals(List.of("search->kafka"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aServiceWithoutJavaSourcesOfItsOwnKeepsTheConnection() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", KAFKA_CONFIG);
        SourceRun.write(dir, "kotlin/src/main/resources/application.yml", KAFKA_CONFIG);
        SourceRun.write(dir, "kotlin/src/main/java/x/Plain.java", "package x;\nclass Plain { }\n");
        SourceRun.write(dir, "kotlin/src/main/kotlin/x/Sender.kt", "class Sender(val t: KafkaTemplate<String, String>)\n");
        SourceRun run = run(fixtures().service("orders", HTTP, dep(WEB), dep("common"))
                .service("kotlin", HTTP, dep(WEB), dep("common")));
        assertEquals(List.of("kotlin->kafka", "orders->kafka"), List.copyOf(run.edges().keySet()),
                "no Java sources (or Kotlin ones beside them): nothing tells that the code does not use Kafka");
    }

    @Test
    void aLibraryOfKafkaThatConnectsWhateverTheCodeDoesKeepsTheConnection() throws Exception {
        service("config", "class Config { }");
        SourceRun run = run(fixtures().service("config", HTTP, dep(WEB), dep("common"),
                dep("org.springframework.cloud:spring-cloud-starter-bus-kafka")));
        assertEquals(List.of("config->kafka"), List.copyOf(run.edges().keySet()),
                "Spring Cloud Bus binds its own channels");
    }

    @Test
    void springCloudStreamsBinderConnectsForAFunctionalBeanOrABindingOfTheConfiguration() throws Exception {
        String binder = "org.springframework.cloud:spring-cloud-stream-binder-kafka";
        String brokers = "spring.cloud.stream.kafka.binder.brokers: kafka:9092\n";
        write("consumes", brokers, "@Configuration class Handlers {\n"
                + "  @Bean java.util.function.Consumer<String> audit() { return m -> { }; }\n}");
        write("bridges", brokers + "spring.cloud.stream.output-bindings: events\n", "class Bridges { }");
        write("idle", brokers, "class Idle { }");
        SourceRun run = run(fixtures().service("consumes", HTTP, dep(WEB), dep(binder))
                .service("bridges", HTTP, dep(WEB), dep(binder)).service("idle", HTTP, dep(WEB), dep(binder)));
        assertEquals(List.of("bridges->kafka", "consumes->kafka"), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().startsWith("idle -/-> kafka"
                + " (spring.cloud.stream.kafka.binder.brokers): not a connection: "
                + "org.springframework.cloud:spring-cloud-stream-binder-kafka connects only when the code uses it")),
                run.omissions().toString());
    }

    @Test
    void aUseInAnAnnotationTypeOrAnImportAloneIsNoUse() throws Exception {
        service("orders", """
                import org.springframework.kafka.core.KafkaTemplate;
                @interface Retrying { org.springframework.kafka.annotation.KafkaListener[] value() default {}; }
                /** Sends with a KafkaTemplate one day. */
                class Orders { }""");
        SourceRun run = run(fixtures().service("orders", HTTP, dep(WEB), dep("common")));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
    }

    private void service(String name, String java) throws Exception {
        write(name, KAFKA_CONFIG, java);
    }

    private void write(String name, String config, String java) throws Exception {
        SourceRun.write(dir, name + "/src/main/resources/application.yml", config);
        SourceRun.write(dir, name + "/src/main/java/x/" + name + "/Code.java", "package x." + name + ";\n"
                + "import org.springframework.context.annotation.*;\nimport org.springframework.kafka.core.*;\n"
                + "import org.apache.kafka.clients.admin.NewTopic;\nimport org.springframework.kafka.config.TopicBuilder;\n"
                + java + "\n");
    }

    private Fixtures fixtures() throws Exception {
        SourceRun.write(dir, "common/src/main/java/x/common/BaseListenerConfig.java", BASE);
        return new Fixtures(dir).library("common", dep(SPRING_KAFKA)).service("kafka", "ports: [{port: 9092}]\n");
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new PomDependencies());
    }
}
