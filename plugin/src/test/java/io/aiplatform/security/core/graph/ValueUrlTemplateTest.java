package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Value("http://${BALANCES_API_ADDR}/balances")}: the code builds a call URL around a property that gives its
 * host and port, so the property's value names the callee whatever the property is called.
 */
class ValueUrlTemplateTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    private SourceRun run(String annotation) throws Exception {
        SourceRun.write(dir, "k8s/writer.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: writer}
                spec:
                  template:
                    spec:
                      containers:
                        - name: writer
                          image: writer:1
                          envFrom: [{configMapRef: {name: service-api-config}}]
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: service-api-config}
                data:
                  BALANCES_API_ADDR: "balances:8080"
                """);
        SourceRun.write(dir, "writer/src/main/java/x/Writer.java", "package x;\nclass Writer {\n    Writer(\n"
                + "        @org.springframework.beans.factory.annotation.Value(\"" + annotation + "\") String url) { }\n}\n");
        return SourceRun.of(dir, new Fixtures(dir)
                .service("writer", HTTP, dep("org.springframework.boot:spring-boot-starter-web"))
                .service("balances", HTTP).modules(), new ConfiguredHosts(), new JavaSourceHosts());
    }

    @Test
    void aCallUrlAroundAPropertyNamesTheServiceItsValueGives() throws Exception {
        SourceRun run = run("http://${BALANCES_API_ADDR}/balances");
        assertEquals(Map.of("writer->balances", List.of("writer/src/main/java/x/Writer.java:4"
                + " @Value(BALANCES_API_ADDR) names balances")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aTemplateOfAnotherSchemeOrAPlainPropertyOfThatNameIsNoCall() throws Exception {
        assertEquals(Map.of(), run("file://${BALANCES_API_ADDR}/balances").edges());
        assertEquals(Map.of(), run("${BALANCES_API_ADDR}").edges(), "a key named *_ADDR alone does not say it is a host");
    }
}
