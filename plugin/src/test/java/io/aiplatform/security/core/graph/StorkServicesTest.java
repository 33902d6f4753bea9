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

/** A {@code stork://name} URL resolves through {@code quarkus.stork.<name>.service-discovery.*}. */
class StorkServicesTest {

    private static final String PROPS = "fights/src/main/resources/application.properties";

    @TempDir
    Path dir;

    @Test
    void kubernetesDiscoveryNamesTheApplicationAndStaticTheAddressList() throws Exception {
        SourceRun.write(dir, PROPS, """
                quarkus.rest-client.hero-client.url=stork://hero-service
                quarkus.stork.hero-service.service-discovery.type=kubernetes
                quarkus.stork.hero-service.service-discovery.application=heroes
                quarkus.stork.hero-service.service-discovery.port-name=http
                fight.villain.client-base-url=stork://villains/api
                quarkus.stork.villains.service-discovery.type=kubernetes
                quarkus.rest-client.narration-client.url=stork://narration-service
                quarkus.stork.narration-service.service-discovery.type=static
                quarkus.stork.narration-service.service-discovery.address-list=narration:8087
                """);
        SourceRun run = run();
        assertEquals(Map.of("fights->heroes", List.of(8083), "fights->narration", List.of(8087),
                "fights->villains", List.of(8084)), run.ports());
        assertEquals(List.of(PROPS + ":1 quarkus.rest-client.hero-client.url (Stork service hero-service: " + PROPS
                + ":3 quarkus.stork.hero-service.service-discovery.application) names heroes"), run.edges().get("fights->heroes"));
        assertEquals(List.of(PROPS + ":5 fight.villain.client-base-url (Stork service villains: " + PROPS
                + ":6 quarkus.stork.villains.service-discovery.type, application defaults to the name) names villains"),
                run.edges().get("fights->villains"));
        assertEquals(List.of(), run.warnings(), "no 'names host hero-service, which is no service'");
    }

    @Test
    void aStorkNameWithoutDiscoveryConfigurationIsTakenAsTheHost() throws Exception {
        SourceRun.write(dir, PROPS, "quarkus.rest-client.hero-client.url=stork://hero-service\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("names host 'hero-service', which is no service")),
                run.warnings().toString());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir)
                .service("fights", "ports: [{name: http, port: 8082}]\n", dep("io.quarkus:quarkus-rest-client"))
                .service("heroes", "ports: [{name: http, port: 8083}]\n")
                .service("villains", "ports: [{name: http, port: 8084}]\n")
                .service("narration", "ports: [{name: http, port: 8087}]\n").modules(), new ConfiguredHosts());
    }
}
