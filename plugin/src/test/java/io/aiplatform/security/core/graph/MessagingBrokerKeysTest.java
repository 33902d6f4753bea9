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
 * Where the messaging clients of Micronaut and Quarkus find their broker: Micronaut RabbitMQ's {@code rabbitmq.*}
 * (read only with micronaut-rabbitmq), Quarkus Messaging's RabbitMQ connector's {@code rabbitmq-host}/{@code -port}
 * and its AMQP 1.0 connector's {@code amqp-host}/{@code -port}, and a channel's own {@code host}/{@code port}.
 */
class MessagingBrokerKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String QUARKUS_RABBIT = "io.quarkus:quarkus-messaging-rabbitmq";
    private static final String QUARKUS_AMQP = "io.quarkus:quarkus-messaging-amqp";
    private static final String MICRONAUT_RABBIT = "io.micronaut.rabbitmq:micronaut-rabbitmq";
    private static final String CHANNEL = "class Code {\n  @Incoming(\"orders\")\n  void on(String m) { }\n}";

    @TempDir
    Path dir;

    @Test
    void micronautRabbitMqKeysCountOnlyWithMicronautRabbitMq() throws Exception {
        String shared = "rabbitmq:\n  host: rabbit\n  port: 5673\n";
        write("listens", "application.yml", shared, "@RabbitListener class Code { }");
        write("spring", "application.yml", shared + "spring.rabbitmq.host: events\n", "class Code { }");
        SourceRun run = run(fixtures().service("listens", HTTP, dep(MICRONAUT_RABBIT))
                .service("spring", HTTP, dep("org.springframework.boot:spring-boot-starter-amqp"))
                .service("events", "ports: [{port: 5672}]\nprovides: [rabbitmq]\n"));
        assertEquals(List.of("listens->rabbit", "spring->events"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(5673), run.ports().get("listens->rabbit"));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().startsWith("spring -/-> rabbit (rabbitmq.host):"
                + " not a connection: no library on the classpath of spring reads rabbitmq.*")), run.omissions().toString());
    }

    @Test
    void quarkusRabbitMqConnectorsGlobalAndChannelHostsAndPorts() throws Exception {
        write("global", "application.properties", "rabbitmq-host=rabbit\nrabbitmq-port=5673\n", CHANNEL);
        write("channel", "application.properties", "mp.messaging.incoming.orders.connector=smallrye-rabbitmq\n"
                + "mp.messaging.incoming.orders.host=rabbit\nmp.messaging.incoming.orders.port=5673\n", CHANNEL);
        SourceRun run = run(fixtures().service("global", HTTP, dep(QUARKUS_RABBIT))
                .service("channel", HTTP, dep(QUARKUS_RABBIT)));
        assertEquals(List.of("channel->rabbit", "global->rabbit"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("channel->rabbit").toString().contains("mp.messaging.incoming.orders.host"),
                run.edges().toString());
        assertTrue(run.ports().get("channel->rabbit").contains(5673), run.ports().toString());
        assertEquals(List.of(5673), run.ports().get("global->rabbit"), run.edges().toString());
    }

    @Test
    void quarkusAmqpConnectorsGlobalAndChannelHosts() throws Exception {
        write("global", "application.properties", "amqp-host=artemis\namqp-port=5672\n", CHANNEL);
        write("channel", "application.properties", "mp.messaging.incoming.orders.connector=smallrye-amqp\n"
                + "mp.messaging.incoming.orders.host=artemis\n", CHANNEL);
        write("idle", "application.properties", "amqp-host=artemis\n", CHANNEL);
        SourceRun run = run(fixtures().service("global", HTTP, dep(QUARKUS_AMQP))
                .service("channel", HTTP, dep(QUARKUS_AMQP)).service("idle", HTTP, dep("io.quarkus:quarkus-rest")));
        assertEquals(List.of("channel->artemis", "global->artemis"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("global->artemis").toString().contains("application.properties:1 amqp-host names"
                + " artemis"), run.edges().toString());
        assertEquals(List.of(5672), run.ports().get("global->artemis"));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().startsWith("idle -/-> artemis (amqp-host):"
                + " not a connection: no library on the classpath of idle reads amqp-host")), run.omissions().toString());
    }

    @Test
    void aBareHostUnderAProductsKeyReachesTheProductsWellKnownPortNotTheManagementPortBesideIt() throws Exception {
        write("bare", "application.yml", "spring.rabbitmq.host: broker\n", "class Code { }");
        write("ported", "application.yml", "spring.rabbitmq.host: broker\nspring.rabbitmq.port: 15672\n", "class Code { }");
        write("plain", "application.yml", "app.broker-url: http://broker\n",
                "class Code {\n  @Value(\"${app.broker-url}\") String url;\n}");
        SourceRun run = run(fixtures().service("bare", HTTP, dep("org.springframework.boot:spring-boot-starter-amqp"))
                .service("ported", HTTP, dep("org.springframework.boot:spring-boot-starter-amqp"))
                .service("plain", HTTP, dep("org.springframework.boot:spring-boot-starter-web"))
                .service("broker", "ports: [{name: amqp, port: 5672}, {name: management, port: 15672}]\n"
                        + "provides: [rabbitmq]\n"));
        assertEquals(List.of(5672), run.ports().get("bare->broker"), run.edges().toString());
        assertEquals(List.of("bare/src/main/resources/application.yml:1 spring.rabbitmq.host names broker"),
                run.edges().get("bare->broker"));
        assertEquals(List.of(15672), run.ports().get("ported->broker"), run.edges().toString());
        // a host under a key of no product still reaches every port the server declares
        assertEquals(List.of(5672, 15672), run.ports().get("plain->broker"), run.edges().toString());
    }

    private void write(String name, String file, String config, String java) throws Exception {
        SourceRun.write(dir, name + "/src/main/resources/" + file, config);
        SourceRun.write(dir, name + "/src/main/java/x/" + name + "/Code.java", "package x." + name + ";\n" + java + "\n");
    }

    private Fixtures fixtures() throws Exception {
        return new Fixtures(dir).service("rabbit", "ports: [{port: 5672}, {name: tls, port: 5673}]\nprovides: [rabbitmq]\n")
                .service("artemis", "ports: [{name: amqp, port: 5672}, {name: web, port: 8161}]\n");
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new PomDependencies());
    }
}
