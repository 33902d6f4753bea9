package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key that logback-spring.xml reads through {@code <springProperty source>} is a key something reads. */
class LogbackSpringPropertyReadersTest {

    @TempDir
    Path dir;

    private SourceRun run(String logback) throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                "loki.url=http://loki:3100/loki/api/v1/push\naudit.url=http://audit:8080\n");
        SourceRun.write(dir, "web/src/main/java/shop/Web.java", "package shop;\nclass Web {\n}\n");
        SourceRun.write(dir, "web/src/main/resources/logback-spring.xml", logback);
        return SourceRun.ofHttpServices(dir, new ConfiguredHosts(), "web", "loki", "audit");
    }

    @Test
    void theSourceOfASpringPropertyIsRead() throws Exception {
        SourceRun run = run("""
                <configuration>
                    <springProperty scope="context" name="lokiUrl" source="loki.url"/>
                    <!-- <springProperty name="auditUrl" source="audit.url"/> -->
                </configuration>
                """);
        assertEquals(List.of("web->loki"), List.copyOf(run.edges().keySet()), "audit.url is only in a comment");
        assertTrue(run.notices().stream().noneMatch(n -> n.contains("nothing reads loki.url")), run.notices().toString());
    }

    @Test
    void aPlainLogbackFileIsNoSpringReader() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/logback.xml",
                "<configuration><springProperty name=\"auditUrl\" source=\"audit.url\"/></configuration>\n");
        SourceRun run = run("<configuration/>\n");
        assertEquals(List.of(), List.copyOf(run.edges().keySet()), "Spring Boot reads <springProperty> only in logback-spring.xml");
    }
}
