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
 * Hazelcast as catalog data: the Java client and Quarkus' client extension call the member that provides
 * {@code hazelcast} (port 5701), {@code quarkus.hazelcast-client.cluster-members} says which, and Management Center
 * connects to the members of {@code MC_DEFAULT_CLUSTER_MEMBERS}.
 */
class HazelcastClientsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String MEMBER = "role: database\nports: [{name: member, port: 5701}]\nprovides: [hazelcast]\n";

    @TempDir
    Path dir;

    @Test
    void quarkusClusterMembersNameTheMember() throws Exception {
        SourceRun.write(dir, "feed/src/main/resources/application.properties",
                "quarkus.hazelcast-client.cluster-members=${HAZELCAST:cache-b}\n");
        SourceRun run = run(new Fixtures(dir).service("cache-a", MEMBER).service("cache-b", MEMBER)
                .service("feed", HTTP, dep("io.quarkus:quarkus-rest"), dep("com.hazelcast:quarkus-hazelcast-client")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("feed->cache-b", List.of(5701)), run.ports());
        assertEquals(List.of("feed/src/main/resources/application.properties:1 quarkus.hazelcast-client.cluster-members"
                + " names cache-b"), run.edges().get("feed->cache-b"));
    }

    @Test
    void severalMembersAndNoClusterMembersAskForTheQuarkusKey() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("cache-a", MEMBER).service("cache-b", MEMBER)
                .service("feed", HTTP, dep("io.quarkus:quarkus-rest"), dep("com.hazelcast:quarkus-hazelcast-client")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("set quarkus.hazelcast-client.cluster-members to the one it uses"),
                run.errors().get(0));
    }

    @Test
    void theJavaClientCallsTheOnlyMemberButTheMemberLibraryAloneDoesNot() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("cache", MEMBER)
                .service("client", HTTP, dep("com.hazelcast:hazelcast-client"))
                .service("embedded", HTTP, dep("com.hazelcast:hazelcast")));
        assertEquals(Map.of("client->cache", List.of(5701)), run.ports());
    }

    @Test
    void managementCenterConnectsToItsDefaultClustersMembers() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  hazelcast:
                    image: hazelcast/hazelcast:5.2.0
                  management-center:
                    image: hazelcast/management-center:5.2.0
                    environment:
                      - MC_DEFAULT_CLUSTER=dev
                      - MC_DEFAULT_CLUSTER_MEMBERS=hazelcast
                """);
        SourceRun run = run(new Fixtures(dir).platformFile("""
                services:
                  - {name: hazelcast, role: database, ports: [{name: member, port: 5701}], provides: [hazelcast]}
                  - {name: management-center, role: monitoring, ports: [{name: http, port: 8080}]}
                """));
        assertEquals(Map.of("management-center->hazelcast", List.of("docker-compose.yml:8 MC_DEFAULT_CLUSTER_MEMBERS"
                + " names hazelcast")), run.edges());
        assertEquals(List.of(5701), run.ports().get("management-center->hazelcast"));
        assertEquals(List.of(), run.warnings());
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new InfrastructureEnvironment(), new PomDependencies());
    }
}
