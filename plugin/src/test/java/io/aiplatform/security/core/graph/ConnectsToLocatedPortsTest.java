package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code app.openshift.io/connects-to} annotation adds only its evidence to a connection the configuration located,
 * and makes no edge on its own.
 */
class ConnectsToLocatedPortsTest {

    @TempDir
    Path dir;

    @Test
    void theConfiguredPortIsKeptAndTheAnnotationIsEvidence() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                "quarkus.otel.exporter.otlp.endpoint=http://lgtm:4318\n");
        SourceRun run = run("lgtm,orders");
        assertEquals(Map.of("web->lgtm", List.of(4318)), run.ports(),
                "lgtm only on the configured 4318; orders, which nothing else locates, not at all");
        assertEquals(List.of("deploy/web.yaml:6 app.openshift.io/connects-to names lgtm",
                "web/src/main/resources/application.properties:1 quarkus.otel.exporter.otlp.endpoint names lgtm"),
                run.edges().get("web->lgtm"));
    }

    @Test
    void withoutAConfiguredConnectionTheAnnotationIsNoEdgeButANote() throws Exception {
        SourceRun run = run("lgtm");
        assertEquals(Map.of(), run.ports(), "a topology hint alone opens no connection");
        assertEquals(List.of("web -/-> lgtm (app.openshift.io/connects-to): a topology hint of the OpenShift console,"
                + " not a connection; nothing else web runs with names lgtm [deploy/web.yaml:6]"),
                run.omissions().stream().map(Omission::describe).toList());
        assertEquals(List.of(), run.warnings());
    }

    private SourceRun run(String targets) throws Exception {
        SourceRun.write(dir, "deploy/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                + "  annotations:\n    app.openshift.io/connects-to: " + targets + "\n");
        return SourceRun.of(dir, new Fixtures(dir).service("web", "ports: [{name: http, port: 8080}]\n")
                .service("orders", "ports: [{name: http, port: 8080}]\n")
                .service("lgtm", "ports: [{name: grafana, port: 3000}, {name: grpc, port: 4317}, {name: otlp, port: 4318}]\n")
                .modules(), new ConfiguredHosts(), new WorkloadConnectsTo());
    }
}
