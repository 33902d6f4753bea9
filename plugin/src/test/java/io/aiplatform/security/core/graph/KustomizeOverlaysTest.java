package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kustomize overlay whose generator has {@code behavior: replace} (or {@code merge}) for a base's Secret or
 * ConfigMap deploys the base's workloads with its values: the base's placeholder ({@code CHANGE_ME}) is not what runs.
 */
class KustomizeOverlaysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";
    private static final String PLANTED = "Pw7Kq2Planted";

    @TempDir
    Path dir;

    private void base() throws Exception {
        SourceRun.write(dir, "k8s/base/kustomization.yaml", "resources:\n  - relay.yaml\n  - secret.yaml\n");
        SourceRun.write(dir, "k8s/base/secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: relay-db
                stringData:
                  SPRING_DATASOURCE_URL: "CHANGE_ME"
                  SPRING_DATASOURCE_USERNAME: "CHANGE_ME"
                  RELAY_TARGET_URL: http://billing:8080
                """);
        SourceRun.write(dir, "k8s/base/relay.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: relay
                spec:
                  template:
                    spec:
                      containers:
                        - name: relay
                          image: relay:1
                          envFrom: [{secretRef: {name: relay-db}}]
                """);
        SourceRun.write(dir, "relay/src/main/resources/application.properties",
                "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:postgresql://localhost:5432/app}\n"
                + "relay.target.url=${RELAY_TARGET_URL:http://localhost:8080}\n");
    }

    private void overlay(String behavior) throws Exception {
        SourceRun.write(dir, "k8s/dev/kustomization.yaml", "resources:\n  - ../base\nsecretGenerator:\n"
                + "  - name: relay-db\n    behavior: " + behavior + "\n    literals:\n"
                + "      - SPRING_DATASOURCE_URL=jdbc:postgresql://app:" + PLANTED + "@pg2:5432/app\n"
                + "      - SPRING_DATASOURCE_USERNAME=app\n");
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("pg1", PG).service("pg2", PG).service("billing", HTTP)
                .service("relay", HTTP, Fixtures.dep("org.postgresql:postgresql")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void aReplacingOverlaysSecretIsTheOneTheBasesWorkloadDeploysWith() throws Exception {
        base();
        overlay("replace");
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("relay->pg2", List.of("k8s/dev/kustomization.yaml:7 Secret relay-db key"
                + " SPRING_DATASOURCE_URL names pg2")), run.edges());
        assertFalse((run.errors() + " " + run.warnings() + run.notices() + run.edges() + run.omissions()).contains(PLANTED));
    }

    @Test
    void aMergingOverlayKeepsTheBasesOtherKeys() throws Exception {
        base();
        overlay("merge");
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("relay->pg2", List.of("k8s/dev/kustomization.yaml:7 Secret relay-db key"
                + " SPRING_DATASOURCE_URL names pg2"),
                "relay->billing", List.of("k8s/base/secret.yaml:8 Secret relay-db key RELAY_TARGET_URL names billing")),
                run.edges());
    }

    @Test
    void anOverlayThatCreatesItsOwnObjectLeavesTheBasesAloneAndTheErrorShowsNothingOfItsSecret() throws Exception {
        base();
        overlay("create");
        SourceRun run = run();
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("to the one it uses (spring.datasource.url in k8s/base/secret.yaml:6"
                + " (a Secret's value, not shown) names no service of the platform)"), run.errors().get(0));
        assertFalse(run.errors().get(0).contains("CHANGE_ME"), run.errors().get(0));
    }
}
