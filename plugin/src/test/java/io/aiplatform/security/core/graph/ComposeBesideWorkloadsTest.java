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
 * A Compose file built from the module's folder beside Kubernetes manifests whose workload runs the service under
 * another name (Deployment {@code ledger-deployment}, which Service {@code ledger} selects): both are deployments of
 * the service, so the workload's environment is the service's too, as a workload of the service's own name is.
 */
class ComposeBesideWorkloadsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";
    private static final String COMPOSE = "services:\n  ledger:\n    build: ./ledger\n"
            + "    environment:\n      SPRING_PROFILES_ACTIVE: docker\n";

    @TempDir
    Path dir;

    /** A Deployment named {@code name} whose pods carry {@code app: label}, with {@code env}. */
    private static String deployment(String name, String label, String env) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\nspec:\n  template:\n"
                + "    metadata:\n      labels:\n        app: " + label + "\n    spec:\n      containers:\n"
                + "        - name: app\n          image: registry.example.com/shop/app:1\n" + env.indent(10);
    }

    private static String service(String name, String selected) {
        return "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\nspec:\n  selector:\n    app: "
                + selected + "\n  ports:\n    - port: 8080\n";
    }

    private static String configMap(String url) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: backend-config\ndata:\n  LEDGER_DB_URL: " + url
                + "\n";
    }

    private static final String FROM_CONFIG_MAP = "env: [{name: SPRING_DATASOURCE_URL, valueFrom: {configMapKeyRef:"
            + " {name: backend-config, key: LEDGER_DB_URL}}}]\n";

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("ledger-db", PG).service("accounts-db", PG)
                .service("ledger", HTTP, dep("org.postgresql:postgresql")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void theWorkloadThatAServiceOfItsNameSelectsGivesItsEnvironmentBesideCompose() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "k8s/configmaps.yaml", configMap("jdbc:postgresql://ledger-db:5432/ledger"));
        SourceRun.write(dir, "k8s/ledger.yaml", deployment("ledger-deployment", "ledger", FROM_CONFIG_MAP)
                + "---\n" + service("ledger", "ledger"));
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("ledger->ledger-db", List.of("k8s/configmaps.yaml:6 ConfigMap backend-config key"
                + " LEDGER_DB_URL as SPRING_DATASOURCE_URL (Deployment ledger-deployment runs ledger: Service ledger"
                + " selects its pods) names ledger-db")), run.edges());
    }

    @Test
    void eachWaysDatabaseIsAConnection() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE
                + "      SPRING_DATASOURCE_URL: jdbc:postgresql://accounts-db:5432/ledger\n");
        SourceRun.write(dir, "k8s/configmaps.yaml", configMap("jdbc:postgresql://ledger-db:5432/ledger"));
        SourceRun.write(dir, "k8s/ledger.yaml", deployment("ledger-deployment", "ledger", FROM_CONFIG_MAP));
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(List.of("ledger->accounts-db", "ledger->ledger-db"), run.edges().keySet().stream().sorted().toList());
        assertTrue(run.edges().get("ledger->ledger-db").get(0).contains("(Deployment ledger-deployment runs ledger:"
                + " its pods' label app is ledger)"), run.edges().toString());
    }

    @Test
    void aWorkloadThatRunsAnotherServiceGivesNothing() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "k8s/configmaps.yaml", configMap("jdbc:postgresql://ledger-db:5432/ledger"));
        SourceRun.write(dir, "k8s/reports.yaml", deployment("reports-deployment", "reports", FROM_CONFIG_MAP));
        SourceRun run = run();
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("which accounts-db, ledger-db all provide"), run.errors().toString());
        assertEquals(Map.of(), run.edges());
    }
}
