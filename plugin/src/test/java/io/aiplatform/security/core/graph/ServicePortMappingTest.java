package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URL names a Service's port; a Service of the repository leads it to the pods' targetPort. */
class ServicePortMappingTest {

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties", "reports.url=http://jsreport:80/api\n");
        return SourceRun.of(dir, new Fixtures(dir).service("web", "ports: [{name: http, port: 8080}]\n")
                .service("jsreport", "ports: [{name: http, port: 5488}, {name: admin, port: 9000}]\n").modules(),
                new ConfiguredHosts());
    }

    @Test
    void theServicesPortIsMappedToItsTargetPortWithTheMappingAsEvidence() throws Exception {
        SourceRun.write(dir, "deploy/jsreport.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: jsreport}
                spec:
                  selector: {app: jsreport}
                  ports:
                    - {name: http, port: 80, targetPort: 5488}
                """);
        SourceRun run = run();
        assertEquals(Map.of("web->jsreport", List.of(5488)), run.ports());
        assertEquals(List.of("web/src/main/resources/application.properties:1 reports.url names jsreport; Service jsreport"
                + " (deploy/jsreport.yaml:7) maps port 80 to targetPort 5488"), run.edges().get("web->jsreport"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aNamedTargetPortIsTheSelectedContainersPort() throws Exception {
        SourceRun.write(dir, "deploy/jsreport.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: jsreport}
                spec:
                  selector: {app: jsreport}
                  ports:
                    - {port: 80, targetPort: web}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: jsreport-server}
                spec:
                  template:
                    metadata: {labels: {app: jsreport, tier: tools}}
                    spec:
                      containers:
                        - name: jsreport
                          image: jsreport:4
                          ports:
                            - {name: admin, containerPort: 9000}
                            - {name: web, containerPort: 5488}
                """);
        SourceRun run = run();
        assertEquals(Map.of("web->jsreport", List.of(5488)), run.ports());
        assertEquals(List.of("web/src/main/resources/application.properties:1 reports.url names jsreport; Service jsreport"
                + " (deploy/jsreport.yaml:7) maps port 80 to targetPort web (5488)"), run.edges().get("web->jsreport"));
    }

    @Test
    void withoutAServiceInTheRepositoryTheUndeclaredPortIsStillAWarning() throws Exception {
        SourceRun run = run();
        assertEquals(Map.of("web->jsreport", List.of(5488, 9000)), run.ports());
        assertEquals(List.of("service 'web': web/src/main/resources/application.properties:1 reports.url connects to"
                + " jsreport:80, but jsreport declares only http=5488/TCP, admin=9000/TCP"), run.warnings());
    }

    @Test
    void aServiceLeadingToAPortTheDescriptorLacksIsAWarningNamingTheMapping() throws Exception {
        SourceRun.write(dir, "deploy/jsreport.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: jsreport}
                spec:
                  ports:
                    - {port: 80, targetPort: 7000}
                """);
        SourceRun run = run();
        assertEquals(List.of("service 'web': web/src/main/resources/application.properties:1 reports.url connects to"
                + " jsreport:80, which Service jsreport (deploy/jsreport.yaml:6) maps port 80 to targetPort 7000, but"
                + " jsreport declares only http=5488/TCP, admin=9000/TCP"), run.warnings());
    }
}
