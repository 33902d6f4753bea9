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
 * Micronaut Elasticsearch's client connects to {@code ElasticsearchSettings.DEFAULT_HOST}, {@code http://127.0.0.1:9200},
 * when {@code elasticsearch.http-hosts} is not set: in a service the repository deploys that is the pod itself, so the
 * module on the classpath is no edge to the platform's Elasticsearch but a warning.
 */
class MicronautElasticsearchDefaultTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String SEARCH = "role: database\nports: [{name: http, port: 9200}]\nprovides: [elasticsearch]\n";
    private static final String COMPOSE = "services:\n  web:\n    build: ./web\n    environment:\n"
            + "      MICRONAUT_SERVER_PORT: '8080'\n";

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("search", SEARCH).service("web", HTTP,
                dep("io.micronaut:micronaut-http-server-netty"),
                dep("io.micronaut.elasticsearch:micronaut-elasticsearch")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void theModuleThatNothingPointsAnywhereIsNoEdgeButAWarning() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).startsWith("web/pom.xml: service 'web': io.micronaut.elasticsearch:"
                + "micronaut-elasticsearch, a client of 'elasticsearch', connects to Micronaut's default 127.0.0.1:9200,"
                + " the pod itself once deployed: none of elasticsearch.http-hosts is set in its configuration or in the"
                + " environment of docker-compose.yml web; no connection to search is derived."), run.warnings().get(0));
    }

    @Test
    void itsHttpHostsDecide() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "elasticsearch:\n  httpHosts: http://search:9200\n");
        SourceRun run = run();
        assertEquals(List.of("web->search"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theVariableMicronautReadsForTheKeyDecides() throws Exception {
        // Micronaut looks elasticsearch.http-hosts up as ELASTICSEARCH_HTTP_HOSTS, the dash an underscore like the dot
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      ELASTICSEARCH_HTTP_HOSTS: http://search:9200\n");
        SourceRun run = run();
        assertEquals(List.of("web->search"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      ELASTICSEARCH_HTTP_HOSTS_EXTRA: http://search:9200\n");
        assertEquals(Map.of(), run().edges(), "another variable sets nothing");
    }

    @Test
    void withoutADeploymentTheModuleStaysAnEdge() throws Exception {
        SourceRun run = run();
        assertEquals(List.of("web->search"), List.copyOf(run.edges().keySet()), "its settings may be elsewhere");
        assertEquals(List.of(), run.warnings());
    }
}
