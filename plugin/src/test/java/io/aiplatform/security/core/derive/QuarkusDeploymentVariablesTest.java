package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names quarkus-kubernetes gives the variables of {@code quarkus.kubernetes.env.vars.<name>}. */
class QuarkusDeploymentVariablesTest {

    @Test
    void aNameIsUpperCaseWithItsDashesAsUnderscores() {
        assertEquals(List.of("MY_ENV_VAR", "DB_URL", "QUARKUS_DATASOURCE_JDBC_URL"),
                List.of("my-env-var", ConfigKeys.canonical("db_url"), "quarkus-datasource-jdbc-url").stream()
                        .map(QuarkusDeploymentVariables::variableName).toList());
    }
}
