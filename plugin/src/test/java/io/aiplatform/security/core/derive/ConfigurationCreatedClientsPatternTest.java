package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The key prefixes of {@code configuration-created-clients.txt}: a {@code *} element stands for any one element. */
class ConfigurationCreatedClientsPatternTest {

    private static final String NAMED = "quarkus.datasource.*.jdbc.url";

    @Test
    void aStarElementHoldsANamedDatasourceInEveryForm() {
        assertTrue(ConfigurationCreatedClients.under("quarkus.datasource.\"users\".jdbc.url", NAMED));
        assertTrue(ConfigurationCreatedClients.under("quarkus.datasource.\"Users\".jdbc.url", NAMED));
        assertTrue(ConfigurationCreatedClients.under(ConfigKeys.ofVariable("QUARKUS_DATASOURCE_USERS_JDBC_URL"), NAMED));
    }

    @Test
    void aStarElementIsExactlyOneElement() {
        assertFalse(ConfigurationCreatedClients.under("quarkus.datasource.jdbc.url", NAMED));
        assertFalse(ConfigurationCreatedClients.under("quarkus.datasource.users.username", NAMED));
        assertFalse(ConfigurationCreatedClients.under("quarkus.datasource", NAMED));
    }

    @Test
    void prefixesWithoutAStarKeepTheirMeaning() {
        assertTrue(ConfigurationCreatedClients.under("datasources.default.url", "datasources."));
        assertTrue(ConfigurationCreatedClients.under("quarkus.datasource.jdbc.url", "quarkus.datasource.jdbc.url"));
        assertFalse(ConfigurationCreatedClients.under("quarkus.datasource.jdbc.url-x", "quarkus.datasource.jdbc.url"));
        assertTrue(ConfigurationCreatedClients.under("quarkus.datasource.users.jdbc.url", "quarkus.datasource.*."));
    }
}
