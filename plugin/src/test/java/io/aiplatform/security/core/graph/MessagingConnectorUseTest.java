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
 * Quarkus Messaging's Kafka and RabbitMQ connectors connect for the application's channels, Quarkus' Kafka client
 * extension for the clients the code makes, and Micronaut Kafka for its listeners and clients: a service that carries
 * one of them without a channel, listener or client opens no connection to the broker.
 */
class MessagingConnectorUseTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String QUARKUS_KAFKA = "io.quarkus:quarkus-messaging-kafka";
    private static final String QUARKUS_RABBIT = "io.quarkus:quarkus-messaging-rabbitmq";
    private static final String MICRONAUT_KAFKA = "io.micronaut.kafka:micronaut-kafka";
    private static final String BROKERS = "kafka.bootstrap.servers=kafka:9092\n";

    @TempDir
    Path dir;

    @Test
    void aQuarkusServiceWithAChannelIsAKafkaClientAndOneWithoutIsNone() throws Exception {
        write("prices", BROKERS, "@ApplicationScoped class Prices {\n  @Incoming(\"prices\")\n"
                + "  void on(double p) { }\n}");
        write("quotes", BROKERS, "class Quotes {\n  @Inject @Channel(\"quotes\") Emitter<String> emitter;\n}");
        write("audit", BROKERS + "mp.messaging.outgoing.audit.topic=audit\n", "class Audit { }");
        write("orders", BROKERS, "@Path(\"/orders\") class Orders {\n  @GET String list() { return \"[]\"; }\n}");
        SourceRun run = run(fixtures().service("prices", HTTP, dep(QUARKUS_KAFKA))
                .service("quotes", HTTP, dep(QUARKUS_KAFKA)).service("audit", HTTP, dep(QUARKUS_KAFKA))
                .service("orders", HTTP, dep(QUARKUS_KAFKA)));
        assertEquals(List.of("audit->kafka", "prices->kafka", "quotes->kafka"), List.copyOf(run.edges().keySet()));
        String why = "not a connection: io.quarkus:quarkus-messaging-kafka connects only when the code uses it, and no"
                + " Java source of orders does (no listener, template, topic bean, binding or client of its own)";
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("orders -/-> kafka"
                + " (kafka.bootstrap.servers): " + why + " [orders/src/main/resources/application.properties:1]")),
                run.omissions().toString());
        assertTrue(run.warnings().isEmpty(), run.warnings().toString());
    }

    @Test
    void aProfileOfTheChannelConfigurationCountsAndAChannelAnnotationCountsForRabbitMqToo() throws Exception {
        String rabbit = "quarkus.http.port=8080\n";
        write("ledger", rabbit, "class Ledger {\n  @Outgoing(\"entries\")\n  Multi<String> entries() { return null; }\n}");
        write("profiled", rabbit + "%prod.mp.messaging.incoming.entries.queue.name=entries\n", "class Profiled { }");
        write("idle", rabbit, "class Idle { }");
        SourceRun run = run(fixtures().service("ledger", HTTP, dep(QUARKUS_RABBIT))
                .service("profiled", HTTP, dep(QUARKUS_RABBIT)).service("idle", HTTP, dep(QUARKUS_RABBIT)));
        assertEquals(List.of("ledger->rabbit", "profiled->rabbit"), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().anyMatch(o -> o.service().equals("idle") && o.client().equals(QUARKUS_RABBIT)
                && o.why().equals("not a connection: io.quarkus:quarkus-messaging-rabbitmq connects only when the code"
                + " uses it, and no Java source of idle does (no listener, template, topic bean, binding or client of"
                + " its own)")), run.omissions().toString());
    }

    @Test
    void quarkusKafkaClientExtensionConnectsForTheClientsTheCodeMakes() throws Exception {
        String client = "io.quarkus:quarkus-kafka-client";
        write("admin", BROKERS, "class Admin {\n  @Inject AdminClient admin;\n}");
        write("streams", BROKERS, "class Streams {\n  @Produces Topology topology() { return null; }\n}");
        write("plain", BROKERS, "class Plain { }");
        SourceRun run = run(fixtures().service("admin", HTTP, dep(client)).service("streams", HTTP, dep(client))
                .service("plain", HTTP, dep(client)));
        assertEquals(List.of("admin->kafka", "streams->kafka"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aMicronautServiceWithAListenerOrAClientIsAKafkaClientAndOneWithoutIsNone() throws Exception {
        write("listens", BROKERS, "@KafkaListener(groupId = \"g\") class Listens {\n  @Topic(\"t\")\n"
                + "  void on(String m) { }\n}");
        write("sends", BROKERS, "@KafkaClient interface Sends {\n  void send(String m);\n}");
        write("idle", BROKERS, "@Controller class Idle { }");
        SourceRun run = run(fixtures().service("listens", HTTP, dep(MICRONAUT_KAFKA))
                .service("sends", HTTP, dep(MICRONAUT_KAFKA)).service("idle", HTTP, dep(MICRONAUT_KAFKA)));
        assertEquals(List.of("listens->kafka", "sends->kafka"), List.copyOf(run.edges().keySet()),
                "a @KafkaClient interface is implemented by Micronaut at compile time; it counts");
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().startsWith("idle -/-> kafka"
                + " (kafka.bootstrap.servers): not a connection: io.micronaut.kafka:micronaut-kafka connects only when"
                + " the code uses it, and no Java source of idle does")), run.omissions().toString());
    }

    @Test
    void micronautsManagementEndpointsKeepTheConnectionForTheKafkaHealthCheck() throws Exception {
        write("idle", BROKERS, "@Controller class Idle { }");
        SourceRun run = run(fixtures().service("idle", HTTP, dep(MICRONAUT_KAFKA),
                dep("io.micronaut:micronaut-management")));
        assertEquals(List.of("idle->kafka"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aUseInALibraryModuleCountsAndKotlinSourcesKeepTheConnection() throws Exception {
        SourceRun.write(dir, "events/src/main/java/x/events/Publisher.java", "package x.events;\n"
                + "public class Publisher {\n  @Channel(\"events\") Emitter<String> emitter;\n}\n");
        write("billing", BROKERS, "class Billing { }");
        write("kotlin", BROKERS, "class Plain { }");
        SourceRun.write(dir, "kotlin/src/main/kotlin/x/Sender.kt", "class Sender { @Incoming(\"a\") fun on(m: String) {} }\n");
        SourceRun run = run(fixtures().library("events", dep(QUARKUS_KAFKA))
                .service("billing", HTTP, dep("events")).service("kotlin", HTTP, dep(QUARKUS_KAFKA)));
        assertEquals(List.of("billing->kafka", "kotlin->kafka"), List.copyOf(run.edges().keySet()));
    }

    private void write(String name, String config, String java) throws Exception {
        SourceRun.write(dir, name + "/src/main/resources/application.properties", config);
        SourceRun.write(dir, name + "/src/main/java/x/" + name + "/Code.java", "package x." + name + ";\n" + java + "\n");
    }

    private Fixtures fixtures() throws Exception {
        return new Fixtures(dir).service("kafka", "ports: [{port: 9092}]\n").service("rabbit", "ports: [{port: 5672}]\nprovides: [rabbitmq]\n");
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new PomDependencies());
    }
}
