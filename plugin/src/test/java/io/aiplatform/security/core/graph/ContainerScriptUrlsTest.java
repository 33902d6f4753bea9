package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script a third-party container holds is run there: the URLs it writes naming services are its connections. */
class ContainerScriptUrlsTest {

    private static final String PLATFORM = """
            services:
              - {name: connect, role: api, ports: [{name: http, port: 8083}]}
              - {name: connectors-creator, role: api}
              - {name: other, role: api, ports: [{name: http, port: 8080}]}
            """;
    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: connectors-creator
            spec:
              template:
                spec:
                  containers:
                    - name: connectors-creator
                      image: quay.io/debezium/tooling:1.2
                      command: ["bash", "/home/register_connectors.sh"]
                      volumeMounts:
                        - {name: scripts, mountPath: /home}
                  restartPolicy: OnFailure
                  volumes:
                    - name: scripts
                      configMap: {name: connectors-config}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: connectors-config
            data:
              register_connectors.sh: |
                #!/bin/bash
                # waits for http://other:8080 first (a comment: no call)
                while [ $(curl -s -o /dev/null -w %{http_code} http://connect:8083/connectors) -eq 000 ]; do sleep 2; done
                curl -X POST -d @/home/sink.json http://connect:8083/connectors
                curl -s https://example.org/done http://${CONNECT_HOST}:8083/
              sink.json: |
                {"url": "http://other:8080"}
            """;

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new ContainerScriptUrls());
    }

    @Test
    void theUrlsOfAMountedConfigMapScriptNamingServicesAreTheJobsCalls() throws Exception {
        SourceRun.write(dir, "k8s/connect.yaml", JOB);
        SourceRun run = run();
        assertEquals(Map.of("connectors-creator->connect", List.of("k8s/connect.yaml:27 names connect",
                "k8s/connect.yaml:28 names connect")), run.edges());
        assertEquals(List.of(8083), run.ports().get("connectors-creator->connect"));
    }

    @Test
    void aComposeServiceRunsTheScriptItMounts() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  connectors-creator:
                    image: debezium/tooling:latest
                    command: ["sh", "-c", "/home/register.sh"]
                    volumes:
                      - ./connect/register.sh:/home/register.sh
                      - ./connect/notes.txt:/home/notes.txt
                """);
        SourceRun.write(dir, "connect/register.sh", "curl -X POST http://connect:8083/connectors\n");
        SourceRun.write(dir, "connect/notes.txt", "curl http://other:8080\n");
        assertEquals(Map.of("connectors-creator->connect", List.of("connect/register.sh:1 names connect")), run().edges());
    }

    @Test
    void aCronJobsContainerRunsItsScriptsToo() throws Exception {
        SourceRun.write(dir, "k8s/cron.yaml", """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: connectors-creator
                spec:
                  schedule: "*/5 * * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                            - name: connectors-creator
                              image: curlimages/curl:8.8.0
                              command: ["sh", "/scripts/check.sh"]
                              volumeMounts:
                                - {name: scripts, mountPath: /scripts}
                          volumes:
                            - name: scripts
                              configMap: {name: checks}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: checks
                data:
                  check.sh: |
                    curl -fs http://connect:8083/connectors
                """);
        assertEquals(Map.of("connectors-creator->connect", List.of("k8s/cron.yaml:27 names connect")), run().edges());
    }
}
