package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quarkus' GELF log handler switched on without a host sends to its documented default, localhost:12201: from a
 * service run on the host, that is the Compose service publishing 12201; from a deployed one, its own pod (a loopback
 * warning, no edge). A host that is set, a handler left off and a switch nothing reads (no quarkus-logging-gelf) give
 * no default.
 */
class SwitchedOnDefaultHostsTest {

    private static final String HTTP = "ports: [{name: http, port: 8085}]\n";
    private static final String GELF = "ports: [{name: gelf, port: 12201, protocol: UDP}, {name: beats, port: 5044}]\n";
    private static final String CONFIG = "orders/src/main/resources/application.yml";
    private static final String PUBLISHED = "services:\n  logstash:\n    image: elastic/logstash:7.16.3\n"
            + "    ports:\n      - \"12201:12201/udp\"\n";

    @TempDir
    Path dir;

    @Test
    void aHostRunServiceSendsToThePublishedDefaultPort() throws Exception {
        SourceRun.write(dir, CONFIG, "quarkus:\n  log:\n    handler:\n      gelf:\n        enabled: true\n");
        SourceRun run = run(PUBLISHED, dep("io.quarkus:quarkus-logging-gelf"));
        assertEquals(Map.of("orders->logstash", List.of(CONFIG + ":5 quarkus.log.handler.gelf.enabled"
                + " (quarkus.log.handler.gelf.host not set: its default localhost, port 12201) (localhost:12201:"
                + " docker-compose.yml:5 publishes Compose service logstash's port 12201 as the host's 12201, and orders"
                + " runs on the host: no Compose service or workload of the repository runs it) names logstash")),
                run.edges());
    }

    @Test
    void theConfiguredPortCounts() throws Exception {
        SourceRun.write(dir, CONFIG, "quarkus.log.handler.gelf.enabled: true\nquarkus.log.handler.gelf.port: 12202\n");
        SourceRun run = run(PUBLISHED.replace("12201:12201", "12202:12201"), dep("io.quarkus:quarkus-logging-gelf"));
        assertEquals(List.of("orders->logstash"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aDeployedServiceSendsToItsOwnPod() throws Exception {
        SourceRun.write(dir, CONFIG, "quarkus.log.handler.gelf.enabled: true\n");
        SourceRun run = run(PUBLISHED + "  orders:\n    build: ./orders\n", dep("io.quarkus:quarkus-logging-gelf"));
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains(CONFIG + ":1 quarkus.log.handler.gelf.enabled"
                + " (quarkus.log.handler.gelf.host not set: its default localhost, port 12201) names host 'localhost'")),
                run.warnings().toString());
    }

    @Test
    void noDefaultWhenTheHostIsSetTheHandlerIsOffOrNothingReadsTheSwitch() throws Exception {
        SourceRun.write(dir, CONFIG, "quarkus.log.handler.gelf.enabled: true\nquarkus.log.handler.gelf.host: logstash\n");
        SourceRun named = run(PUBLISHED, dep("io.quarkus:quarkus-logging-gelf"));
        assertEquals(Map.of("orders->logstash", List.of(CONFIG + ":2 quarkus.log.handler.gelf.host names logstash")),
                named.edges());
        assertEquals(Map.of("orders->logstash", List.of(12201)), named.ports()); // the host's default port, not 5044
        SourceRun.write(dir, CONFIG, "quarkus.log.handler.gelf.enabled: false\nquarkus.datasource.jdbc.url: x\n");
        assertEquals(Map.of(), run(PUBLISHED, dep("io.quarkus:quarkus-logging-gelf")).edges());
        SourceRun.write(dir, CONFIG, "quarkus.log.handler.gelf.enabled: true\n");
        assertEquals(Map.of(), run(PUBLISHED, dep("io.quarkus:quarkus-resteasy")).edges());
    }

    @Test
    void aHostWithItsTransportNamesTheService() throws Exception {
        SourceRun.write(dir, CONFIG, "quarkus.log.handler.gelf.enabled: true\nquarkus.log.handler.gelf.host: tcp:logstash\n");
        assertEquals(Map.of("orders->logstash", List.of(CONFIG + ":2 quarkus.log.handler.gelf.host names logstash")),
                run(PUBLISHED, dep("io.quarkus:quarkus-logging-gelf")).edges());
    }

    private static final String ARTEMIS = "services:\n  artemis:\n    image: vromero/activemq-artemis:2.11.0\n"
            + "    ports:\n      - \"5672:5672\"\n      - \"8161:8161\"\n";

    @Test
    void anAmqpChannelWithoutAHostConnectsToTheConnectorsDefault() throws Exception {
        SourceRun.write(dir, CONFIG, "mp.messaging.outgoing.restaurants.connector: smallrye-amqp\n");
        SourceRun run = amqp(ARTEMIS, dep("io.quarkus:quarkus-smallrye-reactive-messaging-amqp"));
        assertEquals(Map.of("orders->artemis", List.of(CONFIG + ":1 mp.messaging.outgoing.restaurants.connector"
                + " (neither mp.messaging.outgoing.restaurants.host nor amqp-host set: its default localhost, port 5672)"
                + " (localhost:5672: docker-compose.yml:5 publishes Compose service artemis's port 5672 as the host's"
                + " 5672, and orders runs on the host: no Compose service or workload of the repository runs it)"
                + " names artemis")), run.edges());
        assertEquals(Map.of("orders->artemis", List.of(5672)), run.ports());
    }

    @Test
    void anAmqpChannelsOwnPortOrTheGlobalPortCounts() throws Exception {
        SourceRun.write(dir, CONFIG, "mp.messaging.incoming.prices.connector: smallrye-amqp\n"
                + "mp.messaging.incoming.prices.port: 5673\namqp-port: 5674\n");
        assertEquals(List.of("orders->artemis"), List.copyOf(amqp(ARTEMIS.replace("5672:5672", "5673:5672"),
                dep("io.quarkus:quarkus-messaging-amqp")).edges().keySet()));
        SourceRun.write(dir, CONFIG, "mp.messaging.incoming.prices.connector: smallrye-amqp\namqp-port: 5674\n");
        assertEquals(List.of("orders->artemis"), List.copyOf(amqp(ARTEMIS.replace("5672:5672", "5674:5672"),
                dep("io.quarkus:quarkus-messaging-amqp")).edges().keySet()));
    }

    @Test
    void noAmqpDefaultWhenAHostIsSetOrTheChannelUsesAnotherConnector() throws Exception {
        SourceRun.write(dir, CONFIG, "mp.messaging.outgoing.a.connector: smallrye-amqp\n"
                + "mp.messaging.outgoing.a.host: broker.example.org\n");
        assertEquals(Map.of(), amqp(ARTEMIS, dep("io.quarkus:quarkus-messaging-amqp")).edges());
        SourceRun.write(dir, CONFIG, "mp.messaging.outgoing.a.connector: smallrye-kafka\n");
        assertEquals(Map.of(), amqp(ARTEMIS, dep("io.quarkus:quarkus-messaging-amqp")).edges());
    }

    @Test
    void aDeployedAmqpClientWithoutAHostConnectsToItsOwnPod() throws Exception {
        SourceRun.write(dir, CONFIG, "mp.messaging.outgoing.a.connector: smallrye-amqp\n");
        SourceRun run = amqp(ARTEMIS + "  orders:\n    build: ./orders\n", dep("io.quarkus:quarkus-messaging-amqp"));
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("its default localhost, port 5672) names host"
                + " 'localhost'")), run.warnings().toString());
    }

    private SourceRun amqp(String compose, ModuleDependency... deps) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", compose);
        return SourceRun.of(dir, new Fixtures(dir).service("artemis", "ports: [{name: amqp, port: 5672}]\n")
                .service("orders", HTTP, deps).modules(), new ConfiguredHosts(), new SwitchedOnDefaultHosts());
    }

    private SourceRun run(String compose, ModuleDependency... deps) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", compose);
        return SourceRun.of(dir, new Fixtures(dir).service("logstash", GELF).service("orders", HTTP, deps).modules(),
                new ConfiguredHosts(), new SwitchedOnDefaultHosts());
    }
}
