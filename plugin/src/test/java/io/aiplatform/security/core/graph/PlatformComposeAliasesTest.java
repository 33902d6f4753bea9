package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service of the platform file run by a Compose service of another name that carries its name as a host name. */
class PlatformComposeAliasesTest {

    private static final String PLATFORM = """
            services:
              - {name: zookeeper, ports: [{name: client, port: 2181}]}
              - {name: kafka, role: broker, ports: [{name: kafka, port: 9092}]}
              - {name: redis, ports: [{name: redis, port: 6379}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aPlatformServiceGetsTheEnvironmentOfTheComposeServiceThatCarriesItsNameAsAnAlias() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  zookeeper:
                    image: wurstmeister/zookeeper:latest
                  kafkaserver:
                    image: wurstmeister/kafka:latest
                    environment:
                      - KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181
                      - KAFKA_REDIS=redisserver:6379
                    networks:
                      backend:
                        aliases:
                          - "kafka"
                  redisserver:
                    image: redis:alpine
                    container_name: redis
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of("kafka->zookeeper", List.of("docker-compose.yml:7 KAFKA_ZOOKEEPER_CONNECT names zookeeper"),
                "kafka->redis", List.of("docker-compose.yml:8 KAFKA_REDIS names redisserver (docker-compose.yml:15 gives"
                        + " Compose service redisserver the service name, beside the container name redis, redisserver)")),
                run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void noComposeServiceCarriesTheNameOrTwoDoOrOneIsCalledSo() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  zookeeper:
                    image: wurstmeister/zookeeper:latest
                  kafkaserver:
                    image: wurstmeister/kafka:latest
                    environment:
                      - KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181
                    hostname: kafka
                  kafka2:
                    image: wurstmeister/kafka:latest
                    environment:
                      - KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181
                    container_name: kafka
                  redis:
                    image: redis:alpine
                    environment:
                      - REPLICA_OF=zookeeper:2181
                  cache:
                    image: redis:alpine
                    hostname: redis
                    environment:
                      - REPLICA_OF=kafka:9092
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of("redis->zookeeper", List.of("docker-compose.yml:17 REPLICA_OF names zookeeper")), run.edges(),
                "two Compose services carry kafka: neither runs it; redis is a Compose service's own name");
    }
}
