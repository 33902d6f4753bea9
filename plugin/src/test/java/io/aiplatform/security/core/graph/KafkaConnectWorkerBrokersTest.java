package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kafka Connect worker connects to the brokers of the worker configuration its container runs. */
class KafkaConnectWorkerBrokersTest {

    private static final String PLATFORM = """
            services:
              - {name: connect, role: api, ports: [{name: http, port: 8083}]}
              - {name: kafka, role: broker, ports: [{name: kafka, port: 9092}, {name: internal, port: 29092}]}
              - {name: other, role: api, ports: [{name: http, port: 8080}]}
            """;
    private static final String WORKER = """
            # the worker's brokers
            bootstrap.servers=kafka:29092,localhost:9092
            group.id=connect-cluster
            """;

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new KafkaConnectWorkerBrokers());
    }

    @Test
    void aBindMountedWorkerConfigurationGivesTheWorkersBrokers() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  connect:
                    image: quay.io/strimzi/kafka:0.35.1-kafka-3.4.0
                    command: ["sh", "-c", "bin/connect-distributed.sh config/connect-distributed.properties"]
                    volumes:
                      - ./connect/config/connect-distributed.properties:/opt/kafka/config/connect-distributed.properties
                  other:
                    image: nginx:1.27
                    volumes:
                      - ./connect/config/worker.properties:/etc/worker.properties
                """);
        SourceRun.write(dir, "connect/config/connect-distributed.properties", WORKER);
        SourceRun.write(dir, "connect/config/worker.properties", WORKER);
        SourceRun run = run();
        assertEquals(Map.of("connect->kafka", List.of("connect/config/connect-distributed.properties:2"
                + " bootstrap.servers names kafka")), run.edges(), "the loopback broker is the worker itself");
        assertEquals(List.of(29092), run.ports().get("connect->kafka"));
    }

    @Test
    void aConfigMapKeyOfThatNameMountedByTheWorkloadCounts() throws Exception {
        SourceRun.write(dir, "k8s/connect.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: connect
                spec:
                  selector: {matchLabels: {app: connect}}
                  template:
                    metadata: {labels: {app: connect}}
                    spec:
                      containers:
                        - name: connect
                          image: quay.io/strimzi/kafka:0.35.1-kafka-3.4.0
                          volumeMounts:
                            - {name: config, mountPath: /opt/kafka/config/}
                      volumes:
                        - name: config
                          configMap: {name: connect-config}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: connect-config
                data:
                  connect-log4j.properties: |
                    log4j.rootLogger=INFO, stdout
                  connect-distributed.properties: |
                    group.id=connect-cluster
                    bootstrap.servers=kafka:9092
                """);
        SourceRun run = run();
        assertEquals(Map.of("connect->kafka", List.of("k8s/connect.yaml:28 bootstrap.servers names kafka")), run.edges());
        assertEquals(List.of(9092), run.ports().get("connect->kafka"));
    }

    @Test
    void otherPropertiesFilesAndAVariableLeftInTheValueAreNoEdge() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  connect:
                    image: debezium/connect:2.7
                    volumes:
                      - ./config/worker.properties:/kafka/config/worker.properties
                      - ./config/connect-standalone.properties:/kafka/config/connect-standalone.properties
                """);
        SourceRun.write(dir, "config/worker.properties", WORKER);
        SourceRun.write(dir, "config/connect-standalone.properties", "bootstrap.servers=${BROKERS}\n");
        assertEquals(Map.of(), run().edges());
    }
}
