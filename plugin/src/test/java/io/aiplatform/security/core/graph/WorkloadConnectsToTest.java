package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadConnectsToTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    @Test
    void aJsonListOrCommaSeparatedNamesOfWorkloadsAreNotedAsNoConnectionForTheServicesAmongThem() throws Exception {
        SourceRun.write(dir, "deploy/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                + "  annotations:\n"
                + "    app.openshift.io/connects-to: '[{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"name\":\"orders\"},"
                + "{\"apiVersion\":\"apps/v1\",\"kind\":\"StatefulSet\",\"name\":\"cache\"}]'\n"
                + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\n"
                + "  annotations:\n    app.openshift.io/connects-to: stock, web\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges(), "nothing else locates these connections: no edge");
        assertEquals(List.of("orders -/-> stock", "orders -/-> web", "web -/-> orders"), run.omissions().stream()
                .map(o -> o.service() + " -/-> " + o.product()).toList());
        assertEquals(List.of(), run.warnings(), "cache is no service of the platform: nothing");
    }

    @Test
    void copiesOfTheManifestGiveOneNoteNamingTheFirstPlaceAndHowManyMore() throws Exception {
        String web = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                + "  annotations:\n    app.openshift.io/connects-to: orders\n";
        SourceRun.write(dir, "deploy/kubernetes.yaml", web);
        SourceRun.write(dir, "deploy/minikube.yaml", web);
        SourceRun.write(dir, "deploy/openshift.yaml", web);
        assertEquals(List.of("web -/-> orders (app.openshift.io/connects-to): a topology hint of the OpenShift console,"
                + " not a connection; nothing else web runs with names orders [deploy/kubernetes.yaml:6 and 2 more]"),
                run().omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void anAnnotationOnWhatIsNoWorkloadOrOfNoServiceIsNothing() throws Exception {
        SourceRun.write(dir, "deploy/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
                + "  annotations:\n    app.openshift.io/connects-to: orders\n"
                + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: batch\n"
                + "  annotations:\n    app.openshift.io/connects-to: orders\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.omissions());
    }

    @Test
    void aMalformedAnnotationIsAWarningNamingTheFileAndLine() throws Exception {
        SourceRun.write(dir, "deploy/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                + "  annotations:\n    app.openshift.io/connects-to: '[{\"name\": orders'\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        String warning = run.warnings().get(0);
        assertEquals(true, warning.startsWith("deploy/web.yaml:6") && warning.contains("Deployment web")
                && warning.contains("not derived"), warning);
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("web", HTTP).service("orders", HTTP).service("stock", HTTP)
                .modules(), new WorkloadConnectsTo());
    }
}
