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
 * A token's expected issuer and audience (MicroProfile JWT's {@code mp.jwt.verify.issuer}, Quarkus OIDC's
 * {@code quarkus.oidc.token.issuer}) are values the framework compares with a token's claims, not addresses it
 * connects to: no edge and no loopback warning, unless the service's own sources read the key (an application that
 * builds the token endpoint from the issuer). The key set's location stays a connection.
 */
class ComparedClaimKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String COMPOSE = "services:\n  orders:\n    build: ./orders\n  keycloak:\n    image: keycloak\n";
    private static final String CONFIG = "orders/src/main/resources/application.properties";
    private static final String JWT = "io.quarkus:quarkus-smallrye-jwt";

    @TempDir
    Path dir;

    @Test
    void theExpectedIssuerIsNoConnection() throws Exception {
        SourceRun.write(dir, CONFIG, "mp.jwt.verify.publickey=MIIBIjANBg\n"
                + "mp.jwt.verify.issuer=http://keycloak:8080/realms/shop\n"
                + "mp.jwt.verify.audiences=http://localhost:8081/orders\n"
                + "quarkus.oidc.token.issuer=http://keycloak:8080/realms/shop\n");
        SourceRun.write(dir, "orders/src/main/java/x/Api.java", "package x;\nclass Api { }\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of("orders -/-> keycloak (mp.jwt.verify.issuer): not a connection: mp.jwt.verify.issuer is a"
                        + " value the framework compares with what it receives (a token's claim), not an address it"
                        + " connects to, and no source of orders reads it [" + CONFIG + ":2]",
                "orders -/-> localhost (mp.jwt.verify.audiences): not a connection: mp.jwt.verify.audiences is a value"
                        + " the framework compares with what it receives (a token's claim), not an address it connects"
                        + " to, and no source of orders reads it [" + CONFIG + ":3]",
                "orders -/-> keycloak (quarkus.oidc.token.issuer): not a connection: quarkus.oidc.token.issuer is a"
                        + " value the framework compares with what it receives (a token's claim), not an address it"
                        + " connects to, and no source of orders reads it [" + CONFIG + ":4]"),
                run.omissions().stream().filter(o -> !o.product().equals("(scraped)")).map(Omission::describe).toList());
    }

    @Test
    void theKeySetLocationStaysAConnection() throws Exception {
        SourceRun.write(dir, CONFIG, "mp.jwt.verify.issuer=http://keycloak:8080/realms/shop\n"
                + "mp.jwt.verify.publickey.location=http://keycloak:8080/realms/shop/protocol/openid-connect/certs\n");
        SourceRun.write(dir, "orders/src/main/java/x/Api.java", "package x;\nclass Api { }\n");
        assertEquals(Map.of("orders->keycloak", List.of(CONFIG + ":2 mp.jwt.verify.publickey.location names keycloak")),
                run().edges());
    }

    @Test
    void anIssuerTheSourcesReadIsAConnection() throws Exception {
        SourceRun.write(dir, CONFIG, "mp.jwt.verify.publickey=MIIBIjANBg\n"
                + "mp.jwt.verify.issuer=http://keycloak:8080/realms/shop\n");
        SourceRun.write(dir, "orders/src/main/java/x/TokenService.java", """
                package x;
                class TokenService {
                    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mp.jwt.verify.issuer")
                    String issuer;
                }
                """);
        assertEquals(Map.of("orders->keycloak", List.of(CONFIG + ":2 mp.jwt.verify.issuer names keycloak")),
                run().edges());
    }

    private SourceRun run() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        return SourceRun.of(dir, new Fixtures(dir).service("keycloak", HTTP).service("orders", HTTP, dep(JWT)).modules(),
                new ConfiguredHosts());
    }
}
