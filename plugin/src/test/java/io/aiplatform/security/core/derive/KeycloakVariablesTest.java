package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keycloak 17 and later (the Quarkus distribution) read only KC_* options: the WildFly image's DB_ADDR is not read. */
class KeycloakVariablesTest {

    private final Path file = Path.of("docker-compose.yml");
    private final List<ConfigValue> env = List.of(new ConfigValue("DB_VENDOR", "MYSQL", file, 4),
            new ConfigValue("DB_ADDR", "mysql", file, 5), new ConfigValue("KC_DB_URL_HOST", "keycloak-db", file, 6),
            new ConfigValue("KC_DB_URL_PORT", "3307", file, 7));

    private List<String> references(String image) {
        Container keycloak = new Container("keycloak", file, List.of(image), null, null, env, List.of(), List.of(), Map.of());
        return ContainerVariables.references(keycloak, Set.of("mysql", "keycloak-db")::contains,
                p -> p.getFileName().toString()).stream().map(r -> r.host() + ":" + r.port() + " " + r.source()).toList();
    }

    @Test
    void theQuarkusDistributionReadsOnlyItsKcOptions() {
        for (String image : List.of("quay.io/keycloak/keycloak:24.0.1", "keycloak/keycloak:17.0.0", "quay.io/keycloak/keycloak",
                "quay.io/keycloak/keycloak:latest", "keycloak/keycloak:26.1")) {
            assertEquals(List.of("keycloak-db:3307 docker-compose.yml:6 KC_DB_URL_HOST"), references(image), image);
        }
    }

    @Test
    void theWildFlyImagesReadDbAddr() {
        for (String image : List.of("jboss/keycloak:16.1.1", "quay.io/keycloak/keycloak:16.1.1", "quay.io/keycloak/keycloak:12.0.4")) {
            assertEquals(List.of("mysql:null docker-compose.yml:5 DB_ADDR", "keycloak-db:3307 docker-compose.yml:6 KC_DB_URL_HOST"),
                    references(image), image);
        }
    }
}
