package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quarkus-kubernetes generates a Service whose port 80 leads to the HTTP port; a URL naming port 80 reaches it. */
class QuarkusGeneratedServiceTest {

    @TempDir
    Path dir;

    private ModuleDependency extension(String artifactId) {
        return new ModuleDependency("io.quarkus", artifactId, null, false, Set.of(),
                new Location(dir.resolve("dummy/pom.xml"), 28));
    }

    private SourceRun run(ModuleDependency dependency) throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties", "dummy-api/mp-rest/url=http://dummy:80\n");
        return SourceRun.of(dir, new Fixtures(dir).service("web", "ports: [{name: http, port: 8080}]\n")
                .service("dummy", "ports: [{name: http, port: 8090}, {name: admin, port: 9000}]\n", dependency).modules(),
                new ConfiguredHosts());
    }

    @Test
    void port80OfTheGeneratedServiceIsTheHttpPortWithTheExtensionAsEvidence() throws Exception {
        SourceRun run = run(extension("quarkus-kubernetes"));
        assertEquals(Map.of("web->dummy", List.of(8090)), run.ports());
        assertEquals(List.of("web/src/main/resources/application.properties:1 dummy-api/mp-rest/url names dummy; Service"
                + " dummy (dummy/pom.xml:28) maps port 80 to targetPort 8090"), run.edges().get("web->dummy"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void withoutTheExtensionPort80IsStillAWarning() throws Exception {
        SourceRun run = run(extension("quarkus-kubernetes-client"));
        assertEquals(Map.of("web->dummy", List.of(8090, 9000)), run.ports());
        assertEquals(List.of("service 'web': web/src/main/resources/application.properties:1 dummy-api/mp-rest/url connects"
                + " to dummy:80, but dummy declares only http=8090/TCP, admin=9000/TCP"), run.warnings());
    }

    @Test
    void aServiceOfTheRepositoryWinsOverTheGeneratedOne() throws Exception {
        SourceRun.write(dir, "k8s/dummy.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: dummy}
                spec:
                  ports:
                    - {port: 80, targetPort: 9000}
                """);
        SourceRun run = run(extension("quarkus-kubernetes"));
        assertEquals(Map.of("web->dummy", List.of(9000)), run.ports());
        assertEquals(List.of("web/src/main/resources/application.properties:1 dummy-api/mp-rest/url names dummy; Service"
                + " dummy (k8s/dummy.yaml:6) maps port 80 to targetPort 9000"), run.edges().get("web->dummy"));
    }

    @Test
    void aGeneratedServiceOfAnotherNameLeavesTheServicesPortsAlone() throws Exception {
        SourceRun.write(dir, "dummy/src/main/resources/application.properties", "quarkus.kubernetes.name=dummy-svc\n");
        SourceRun run = run(extension("quarkus-kubernetes"));
        assertEquals(Map.of("web->dummy", List.of(8090, 9000)), run.ports());
        assertEquals(1, run.warnings().size());
    }
}
