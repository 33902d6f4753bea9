package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KotlinSourceHostsTest {

    @TempDir
    Path dir;

    @Test
    void aLiteralNamingAServiceIsAnEdgeWithTheFileLineAndUrlAsEvidence() throws Exception {
        SourceRun.write(dir, "web/src/main/kotlin/shop/Client.kt", "package shop\n\nclass Client(val rest: Any) {\n"
                + "    fun get(id: Long) = rest.getForObject(\"http://orders:8080/orders/{id}?token=s3cr3t\", id)\n"
                + "    val other = \"http://example.com/\"\n}\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new KotlinSourceHosts(), "web", "orders");
        assertEquals(List.of("web->orders"), List.copyOf(run.edges().keySet()));
        String evidence = run.edges().get("web->orders").get(0);
        assertTrue(evidence.startsWith("web/src/main/kotlin/shop/Client.kt:4 \"http://orders:8080/orders/"),
                evidence);
        assertTrue(!evidence.contains("s3cr3t"), "the query is never shown: " + evidence);
        assertEquals(List.of(), run.warnings(), "a literal that names no service is no finding");
    }

    @Test
    void aCommentedOutCallOrATemplatedHostIsNoEdge() throws Exception {
        SourceRun.write(dir, "web/src/main/kotlin/shop/Client.kt", "// val a = \"http://orders:8080/x\"\n"
                + "/* \"http://orders:8080/y\" */\nval b = \"http://${orders}:8080/z\"\nval c = \"http://$host/w\"\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new KotlinSourceHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges());
    }

    @Test
    void javaSourcesAndAServiceWithoutKotlinGiveNothingHere() throws Exception {
        SourceRun.write(dir, "web/src/main/java/shop/Client.java", "class Client { String u = \"http://orders:8080\"; }\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new KotlinSourceHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges(), "Java sources are JavaSourceHosts' part");
    }

    @Test
    void aFileTooLargeIsAnUnreadInputNamingIt() throws Exception {
        SourceRun.write(dir, "web/src/main/kotlin/shop/Big.kt", "val u = \"http://orders:8080\"\n"
                + "//".repeat(600_000) + "\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new KotlinSourceHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.unread().size(), run.unread().toString());
        assertTrue(run.unread().get(0).contains("Big.kt") && run.unread().get(0).contains("1 MiB"),
                run.unread().toString());
    }
}
