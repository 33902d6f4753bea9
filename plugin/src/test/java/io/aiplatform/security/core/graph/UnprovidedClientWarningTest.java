package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.support.DerivationRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client of a product that no service provides: the warning says what the client does instead of asking for a
 * provider it may not use. A framework client whose server nothing sets connects to its loopback default; any other
 * client's warning names the key that decides where it connects and what it holds.
 */
class UnprovidedClientWarningTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String COMPOSE = "services:\n  web:\n    build: ./web\n    environment:\n"
            + "      MICRONAUT_SERVER_PORT: '8080'\n";

    @TempDir
    Path dir;

    private SourceRun micronaut() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("web", HTTP,
                dep("io.micronaut:micronaut-http-server-netty"),
                dep("io.micronaut.elasticsearch:micronaut-elasticsearch")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void aDeployedClientThatNothingPointsAnywhereConnectsToItsLoopbackDefaultNotToAMissingProvider() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = micronaut();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("web/pom.xml: service 'web': io.micronaut.elasticsearch:micronaut-elasticsearch, a client"
                + " of 'elasticsearch', connects to Micronaut's default 127.0.0.1:9200, the pod itself once deployed:"
                + " none of elasticsearch.http-hosts is set in its configuration or in the environment of"
                + " docker-compose.yml web, and no service of the platform provides 'elasticsearch'; no connection is"
                + " derived. If it uses a server, set elasticsearch.http-hosts to it and add 'provides:"
                + " [elasticsearch]' to the descriptor of the service that runs it (or declare it under 'egress:' in"
                + " web's descriptor); if it is meant to connect only to its own host or nowhere, add 'exclude:"
                + " [{client: elasticsearch, reason: <why>}]'"), run.warnings());
        assertEquals(List.of(DerivationRule.LOOPBACK_HOST), run.rules());
    }

    @Test
    void anUndeployedClientThatNothingPointsAnywhereNamesTheDefaultAndTheKey() throws Exception {
        SourceRun run = micronaut();
        assertEquals(List.of("web/pom.xml: service 'web': depends on io.micronaut.elasticsearch:micronaut-elasticsearch,"
                + " a client of 'elasticsearch', but no service provides 'elasticsearch', and none of"
                + " elasticsearch.http-hosts is set in its configuration: unless its deployment sets one, it connects to"
                + " Micronaut's default 127.0.0.1:9200, its own host. If it uses a server, set"
                + " elasticsearch.http-hosts to it and add 'provides: [elasticsearch]' to the descriptor of the service"
                + " that runs it (or declare it under 'egress:' in web's descriptor); if it is meant to connect only to"
                + " its own host or nowhere, add 'exclude: [{client: elasticsearch, reason: <why>}]'"), run.warnings());
        assertEquals(List.of(DerivationRule.NO_PROVIDER), run.rules());
    }

    @Test
    void aServiceThatLoadsConfigurationFromAStoreIsToldTheStoreMaySetTheKey() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("web", HTTP,
                dep("io.micronaut:micronaut-http-server-netty"), dep("io.micronaut.discovery:micronaut-discovery-client"),
                dep("io.micronaut.elasticsearch:micronaut-elasticsearch")).modules(),
                new ConfiguredHosts(), new PomDependencies());
        assertEquals(List.of(DerivationRule.NO_PROVIDER), run.rules());
        assertEquals(true, run.warnings().get(0).contains("and none of elasticsearch.http-hosts is set in its"
                + " configuration: unless its deployment or the configuration store it loads sets one, it connects to"
                + " Micronaut's default 127.0.0.1:9200, its own host."), run.warnings().toString());
    }

    @Test
    void aClientWhoseKeyIsSetAsksForTheProviderAndNamesWhatTheKeyHolds() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      ELASTICSEARCH_HTTP_HOSTS: http://search:9200\n");
        SourceRun run = micronaut();
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("depends on io.micronaut.elasticsearch:"
                + "micronaut-elasticsearch, a client of 'elasticsearch', but no service provides 'elasticsearch';"
                + " add 'provides: [elasticsearch]'")).count(), run.warnings().toString());
    }

    @Test
    void anyOtherClientNamesItsDecidingKeyAndWhatItHoldsWithFileAndLine() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "spring:\n  datasource:\n    url: jdbc:postgresql://ledger:5432/app\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("web", HTTP,
                dep("org.springframework.boot:spring-boot-starter-web"),
                dep("com.microsoft.sqlserver:mssql-jdbc")).modules(), new ConfiguredHosts(), new PomDependencies());
        assertEquals(true, run.warnings().contains("web/pom.xml: service 'web': depends on"
                + " com.microsoft.sqlserver:mssql-jdbc, a client of 'sqlserver', but no service provides 'sqlserver'"
                + " (spring.datasource.url sets its server: now `ledger` in web/src/main/resources/application.yml:3);"
                + " add 'provides: [sqlserver]' to the descriptor of the service that runs it, or declare an external"
                + " destination under 'egress:' in web's descriptor"), run.warnings().toString());
        assertEquals(true, run.rules().contains(DerivationRule.NO_PROVIDER), run.rules().toString());
    }

    @Test
    void aClientWithoutItsKeySaysItIsNotSet() throws Exception {
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP).service("web", HTTP,
                dep("org.springframework.boot:spring-boot-starter-web"),
                dep("com.microsoft.sqlserver:mssql-jdbc")).modules(), new ConfiguredHosts(), new PomDependencies());
        assertEquals(List.of("web/pom.xml: service 'web': depends on com.microsoft.sqlserver:mssql-jdbc, a client of"
                + " 'sqlserver', but no service provides 'sqlserver' (spring.datasource.url, which sets its server, is"
                + " not set); add 'provides: [sqlserver]' to the descriptor of the service that runs it, or declare an"
                + " external destination under 'egress:' in web's descriptor"), run.warnings());
    }
}
