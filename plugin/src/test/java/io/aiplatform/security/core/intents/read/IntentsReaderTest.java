package io.aiplatform.security.core.intents.read;

import io.aiplatform.security.core.intents.IntentsFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentsReaderTest {

    @TempDir
    Path repo;

    @Test
    void readsAServiceLikeADescriptorWithItsCallsAndEvidence() throws Exception {
        IntentsDocument doc = new IntentsReader().read(IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.0",
                IntentsFixtures.ORDERS));
        assertEquals("com.example.shop:orders:2.4.0", doc.source());
        PublishedService orders = doc.services().get(0);
        assertEquals("orders", orders.name());
        assertEquals("com.example.shop:orders-service:2.4.0", orders.module());
        assertEquals(List.of(new PortSpec("http", 8080, "TCP")), orders.descriptor().ports());
        assertEquals(Map.of("app.kubernetes.io/name", "orders"), orders.descriptor().labels());
        assertEquals("orders-db", orders.descriptor().secrets().get(0).name());
        assertEquals("203.0.113.0/24", orders.descriptor().egress().get(0).cidr().toString());
        assertEquals(Boolean.FALSE, orders.descriptor().automountServiceAccountToken());
        assertTrue(orders.descriptor().calls().isEmpty(), "calls are the intents', not the descriptor's");
        assertEquals(List.of(
                new PublishedCall("payments", null, null, Map.of(), List.of(8080),
                        List.of("orders-service/src/main/resources/application.yml:12 payments.url"), 14),
                new PublishedCall(null, "postgresql", null, Map.of(), List.of(5432),
                        List.of("orders-service/pom.xml:40 org.postgresql:postgresql (catalog: postgresql)"), 18),
                new PublishedCall("audit", null, "compliance", Map.of(), List.of(9000),
                        List.of("orders-service/src/main/ai-security/service.yaml:14 calls"), 21)), orders.calls());
    }

    @Test
    void anUnknownKeyNamesTheArtifactTheFileTheLineAndTheKey() throws Exception {
        ArtifactFile a = IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.0",
                IntentsFixtures.ORDERS.replace("    role: api\n", "    role: api\n    replicas: 3\n"));
        Problem p = only(a);
        assertEquals(a.file(), p.file());
        assertEquals(8, p.line());
        assertTrue(p.message().startsWith("intents of com.example.shop:orders:2.4.0: unknown field 'replicas'"),
                p.message());
    }

    @Test
    void anUnknownKeyOfACallIsRefusedToo() throws Exception {
        ArtifactFile a = IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.0",
                IntentsFixtures.ORDERS.replace("      - service: payments\n", "      - service: payments\n        timeout: 3s\n"));
        Problem p = only(a);
        assertEquals(15, p.line());
        assertTrue(p.message().contains("unknown field 'timeout' in a call"), p.message());
    }

    @Test
    void aNewerFormatIsRefusedWithTheVersionItNeeds() throws Exception {
        ArtifactFile a = IntentsFixtures.publish(repo, "com.example.shop:orders:3.0.0", IntentsFixtures.ORDERS
                .replace("ai-security.io/v1", "ai-security.io/v2").replace("    role: api\n", "    role: api\n    mesh: {}\n"));
        Problem p = only(a);
        assertEquals(1, p.line());
        assertEquals("intents of com.example.shop:orders:3.0.0: is of format ai-security.io/v2, newer than this plugin"
                + " reads (ai-security.io/v1): it needs an ai-security plugin that reads ai-security.io/v2; upgrade the"
                + " plugin in the platform's build", p.message());
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws Exception {
        ArtifactFile a = IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.0",
                IntentsFixtures.ORDERS.replace("    ports:\n      - {name: http", "    ports:\n      - {name: [http"));
        Problem p = only(a);
        assertEquals(a.file(), p.file());
        assertTrue(p.line() >= 9, p.describe());
        assertTrue(p.message().startsWith("intents of com.example.shop:orders:2.4.0: malformed YAML"), p.message());
    }

    @Test
    void aCallNamesAServiceOrAProductAndNotBoth() throws Exception {
        ArtifactFile a = IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.0",
                IntentsFixtures.ORDERS.replace("      - product: postgresql\n", "      - product: postgresql\n        service: db\n"));
        assertTrue(only(a).message().contains("a call names exactly one of 'service'"), only(a).message());
    }

    private static Problem only(ArtifactFile a) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new IntentsReader().read(a));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }
}
