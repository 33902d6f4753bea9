package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.BoundAddressKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Boot binds {@code spring.data.mongodb.*} to MongoProperties and ignores a key it does not define: a URL under
 * {@code spring.data.mongodb.url} locates nothing, while {@code uri}, {@code host} and the other address keys do.
 */
class BoundAddressKeysTest {

    private static final String MONGO = "org.springframework.boot:spring-boot-starter-data-mongodb";

    @TempDir
    Path dir;

    @Test
    void aKeyTheNamespacesClassDoesNotDefineLocatesNothing() {
        assertEquals(Optional.of("spring.data.mongodb.url is no property Spring Boot binds under spring.data.mongodb.*,"
                + " which it reads the server from only as uri, host, port, additional-hosts"),
                BoundAddressKeys.whyUnbound("spring.data.mongodb.url"));
        assertTrue(BoundAddressKeys.whyUnbound("spring.data.redis.address").isPresent());
        assertTrue(BoundAddressKeys.whyUnbound("spring.rabbitmq.url").isPresent());
    }

    @Test
    void theAddressKeysInAnyRelaxedFormAndKeysOfOtherNamespacesAreLeftAlone() {
        assertEquals(Optional.empty(), BoundAddressKeys.whyUnbound("spring.data.mongodb.uri"));
        assertEquals(Optional.empty(), BoundAddressKeys.whyUnbound("spring.data.mongodb.additionalHosts[0]"));
        assertEquals(Optional.empty(), BoundAddressKeys.whyUnbound("spring.data.redis.sentinel.nodes"));
        assertEquals(Optional.empty(), BoundAddressKeys.whyUnbound("spring.rabbitmq.stream.host"));
        assertEquals(Optional.empty(), BoundAddressKeys.whyUnbound("spring.mongodb.host"));
        assertEquals(Optional.empty(), BoundAddressKeys.whyUnbound("spring.kafka.bootstrap-servers"));
        assertEquals(Optional.empty(), BoundAddressKeys.whyUnbound("spring.data.mongodbx.url"));
    }

    @Test
    void aMisspeltKeyIsNoEdgeAndExplainSaysWhy() throws Exception {
        SourceRun.write(dir, "products/src/main/resources/application.properties",
                "spring.data.mongodb.url=mongodb://mongo:27017/products\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("products -/-> mongo"
                + " (spring.data.mongodb.url): not a connection: spring.data.mongodb.url is no property Spring Boot"
                + " binds under spring.data.mongodb.*, which it reads the server from only as uri, host, port,"
                + " additional-hosts [products/src/main/resources/application.properties:1]")),
                run.omissions().toString());
    }

    @Test
    void theUriStillConnects() throws Exception {
        SourceRun.write(dir, "products/src/main/resources/application.properties",
                "spring.data.mongodb.uri=mongodb://mongo:27017/products\n");
        assertEquals(Map.of("products->mongo", List.of("products/src/main/resources/application.properties:1"
                + " spring.data.mongodb.uri names mongo")), run().edges());
    }

    private SourceRun run() throws Exception {
        Fixtures f = new Fixtures(dir).platformFile("""
                services:
                  - name: mongo
                    role: database
                    ports: [{name: mongo, port: 27017}]
                    provides: [mongodb]
                """).service("products", "ports: [{name: http, port: 8080}]\n", dep(MONGO));
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }
}
