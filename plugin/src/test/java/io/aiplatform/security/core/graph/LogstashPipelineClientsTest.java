package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Compose service that runs Logstash's image connects to what the pipeline files it mounts (its pipeline folder, or
 * a file) name; a container of another image that mounts the same folder does not, and a host that names no service
 * of the platform is no edge.
 */
class LogstashPipelineClientsTest {

    private static final String PIPELINE = """
            input {
              gelf { port => 12201 }
            }
            output {
              stdout {}
              elasticsearch {
                hosts => ["http://elasticsearch:9200"]
              }
              http { url => "https://logs.example.com/in" }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theMountedPipelineFolderNamesTheServers() throws Exception {
        SourceRun.write(dir, "docker/pipelines/gelf.conf", PIPELINE);
        SourceRun run = run("""
                services:
                  logstash:
                    image: docker.io/elastic/logstash:7.16.3
                    volumes:
                      - source: ./pipelines
                        target: /usr/share/logstash/pipeline
                        type: bind
                  elasticsearch:
                    image: docker.elastic.co/elasticsearch/elasticsearch:7.4.0
                """);
        assertEquals(Map.of("logstash->elasticsearch", List.of("docker/pipelines/gelf.conf:7 output elasticsearch hosts"
                + " => http://elasticsearch:9200 names elasticsearch")), run.edges());
        assertEquals(Map.of("logstash->elasticsearch", List.of(9200)), run.ports());
    }

    @Test
    void aContainerOfAnotherImageReadsNoPipeline() throws Exception {
        SourceRun.write(dir, "docker/pipelines/gelf.conf", PIPELINE);
        SourceRun run = run("""
                services:
                  logstash:
                    image: fluent/fluentd:v1.16
                    volumes: ["./pipelines:/fluentd/etc"]
                  elasticsearch:
                    image: docker.elastic.co/elasticsearch/elasticsearch:7.4.0
                """);
        assertEquals(Map.of(), run.edges());
    }

    @Test
    void aConfigMapsPipelineKeyCountsForTheWorkloadMountingIt() throws Exception {
        SourceRun.write(dir, "k8s/logstash.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: logstash-pipeline
                data:
                  logstash.conf: |
                    input { beats { port => 5044 } }
                    output {
                      elasticsearch { hosts => ["elasticsearch:9200"] }
                    }
                  logstash.yml: |
                    http.host: "0.0.0.0"
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: logstash
                spec:
                  selector:
                    matchLabels: {app: logstash}
                  template:
                    metadata:
                      labels: {app: logstash}
                    spec:
                      containers:
                        - name: logstash
                          image: docker.elastic.co/logstash/logstash:8.13.0
                          volumeMounts:
                            - {name: pipeline, mountPath: /usr/share/logstash/pipeline}
                      volumes:
                        - name: pipeline
                          configMap: {name: logstash-pipeline}
                """);
        SourceRun run = run("services: {}\n");
        assertEquals(List.of("logstash->elasticsearch"), List.copyOf(run.edges().keySet()));
        assertEquals(Map.of("logstash->elasticsearch", List.of(9200)), run.ports());
    }

    private SourceRun run(String compose) throws Exception {
        SourceRun.write(dir, "docker/docker-compose.yml", compose);
        Fixtures fixtures = new Fixtures(dir).service("app", "ports: [{name: http, port: 8080}]\n").platformFile(
                "services:\n"
                + "  - {name: logstash, ports: [{name: gelf, port: 12201, protocol: UDP}]}\n"
                + "  - {name: elasticsearch, ports: [{name: http, port: 9200}, {name: transport, port: 9300}]}\n");
        return SourceRun.of(dir, fixtures.modules(), new LogstashPipelineClients());
    }
}
