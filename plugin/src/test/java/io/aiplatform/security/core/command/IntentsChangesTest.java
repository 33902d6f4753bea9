package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.intents.IntentsFixtures;
import io.aiplatform.security.core.support.ArtifactFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new version of an assembled service: the connections and grants it adds and removes, logged and listed. */
class IntentsChangesTest {

    @TempDir
    Path dir;

    @Test
    void aNewVersionListsWhatItAddsAndRemovesAndAnUnchangedOneNothing() throws Exception {
        Path repo = dir.resolve("m2");
        Path out = dir.resolve("out");
        ArtifactFile orders = IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.0", IntentsFixtures.ORDERS);
        ArtifactFile v13 = IntentsFixtures.publish(repo, "com.example.pay:payments:1.3.0", IntentsFixtures.PAYMENTS);
        ArtifactFile v14 = IntentsFixtures.publish(repo, "com.example.pay:payments:1.4.0", IntentsFixtures.PAYMENTS
                .replace("1.3.0", "1.4.0").replace("calls: []", "calls: [{product: postgresql, ports: [5432]}]")
                .replace("secrets: []", "secrets: [{name: payments-db}]"));
        new Fixtures(dir).platformFile("services:\n  - name: db\n    role: database\n    ports: [{port: 5432}]\n"
                + "    provides: [postgresql]\n");
        assertEquals(List.of(), IntentsChanges.record(out, List.of(orders, v13), graph(orders, v13)), "a first generation");
        assertEquals(List.of(), IntentsChanges.record(out, List.of(orders, v13), graph(orders, v13)), "unchanged");
        assertFalse(Files.exists(out.resolve(IntentsChanges.REPORT)));
        List<String> log = IntentsChanges.record(out, List.of(orders, v14), graph(orders, v14));
        assertEquals("com.example.pay:payments 1.3.0 -> 1.4.0: adds connection payments -> db:5432; grant payments"
                + " reads Secret payments-db; removes nothing", log.get(0));
        assertEquals("""
                # Intents: what the new versions change

                ## com.example.pay:payments 1.3.0 -> 1.4.0

                Adds:

                - connection payments -> db:5432
                - grant payments reads Secret payments-db

                Removes:

                - nothing
                """, Files.readString(out.resolve(IntentsChanges.REPORT)));
        log = IntentsChanges.record(out, List.of(orders, v13), graph(orders, v13));
        assertEquals("com.example.pay:payments 1.4.0 -> 1.3.0: adds nothing; removes connection payments -> db:5432;"
                + " grant payments reads Secret payments-db", log.get(0));
        assertEquals(List.of(), IntentsChanges.record(out, List.of(orders, v13), graph(orders, v13)));
        assertFalse(Files.exists(out.resolve(IntentsChanges.REPORT)), "the report of an older generation is removed");
    }

    private ServiceGraph graph(ArtifactFile... intents) throws Exception {
        return DerivedGraphs.derive(new DerivationProject(dir, List.of(), List.of(), "shop", List.of(), List.of(),
                List.of(intents)));
    }
}
