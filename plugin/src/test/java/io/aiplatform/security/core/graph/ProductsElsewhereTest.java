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
 * A client library whose configuration names a host outside the platform for its product connects there: the
 * platform's only provider (or one of several) is no edge, and the host keeps its "no service of the platform" warning.
 */
class ProductsElsewhereTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String ZIPKIN = "role: monitoring\nports: [{name: http, port: 9411}]\nprovides: [zipkin]\n";
    private static final String POSTGRES = "role: database\nports: [{name: postgresql, port: 5432}]\nprovides: [postgresql]\n";

    @TempDir
    Path dir;

    private SourceRun run(Fixtures fixtures) throws Exception {
        return SourceRun.of(dir, fixtures.modules(), new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void aMicronautZipkinUrlNamingAHostNothingServesIsNoEdgeToTheOnlyZipkin() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "tracing:\n  zipkin:\n    enabled: true\n    http:\n      url: http://ZipkinService:9411\n");
        SourceRun run = run(new Fixtures(dir).service("zipkin", ZIPKIN)
                .service("web", HTTP, dep("io.zipkin.reporter2:zipkin-reporter")));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("service 'web': web/src/main/resources/application.yml:5 tracing.zipkin.http.url names host"
                + " 'ZipkinService', which is no service of the platform; if it is outside, declare it under 'egress:'"),
                run.warnings());
        assertEquals(List.of("web -/-> zipkin (io.zipkin.reporter2:zipkin-reporter): not a connection:"
                + " web/src/main/resources/application.yml:5 tracing.zipkin.http.url names host 'ZipkinService', which is"
                + " no service of the platform: the zipkin client connects there, not to zipkin [web/pom.xml]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void theSameKeyNamingTheProviderIsItsEdgeOnTheConfiguredPort() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "tracing:\n  zipkin:\n    http:\n      url: http://zipkin:9411\n");
        SourceRun run = run(new Fixtures(dir).service("zipkin", ZIPKIN)
                .service("web", HTTP, dep("io.zipkin.reporter2:zipkin-reporter")));
        assertEquals(Map.of("web->zipkin", List.of(9411)), run.ports());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of(), run.omissions());
    }

    @Test
    void aDatasourceOnAnExternalHostIsNoEdgeToTheOnlyDatabaseAndNoChoiceAmongSeveral() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://db.example.com:5432/shop\n");
        SourceRun run = run(new Fixtures(dir).service("orders-db", POSTGRES)
                .service("web", HTTP, dep("org.postgresql:postgresql")));
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.omissions().size());
        run = run(new Fixtures(dir).service("orders-db", POSTGRES).service("billing-db", POSTGRES)
                .service("web", HTTP, dep("org.postgresql:postgresql")));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.errors(), "the configuration decided: a server outside the platform");
        assertEquals(List.of("web -/-> postgresql (org.postgresql:postgresql): not a connection:"
                + " web/src/main/resources/application.properties:1 spring.datasource.url names host 'db.example.com',"
                + " which is no service of the platform: the postgresql client connects there, not to billing-db or"
                + " orders-db [web/pom.xml]"), run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void aSecondKeyNamingAProviderKeepsTheLibrarysEdge() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", """
                management:
                  zipkin:
                    tracing:
                      endpoint: http://zipkin:9411/api/v2/spans
                tracing:
                  zipkin:
                    http:
                      url: http://legacy-zipkin.example.com:9411
                """);
        SourceRun run = run(new Fixtures(dir).service("zipkin", ZIPKIN)
                .service("web", HTTP, dep("io.zipkin.reporter2:zipkin-reporter")));
        assertEquals(List.of("web->zipkin"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.omissions());
    }
}
