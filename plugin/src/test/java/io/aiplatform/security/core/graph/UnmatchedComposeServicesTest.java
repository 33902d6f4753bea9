package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Compose service that runs an image it does not build, runs none of the services and depends on or names services
 * of the platform is one notice naming it and the ways to name it; one that neither depends on nor names one, or
 * that a name, a build or an image ties to a service, is none.
 */
class UnmatchedComposeServicesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    private SourceRun run(String compose) throws Exception {
        SourceRun.write(dir, "compose.yml", compose);
        return SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP).service("orders", HTTP)
                .platformFile("services:\n  - name: kafka\n    ports: [{port: 9092}]\n").modules(), new ConfiguredHosts());
    }

    @Test
    void anImageOnlyComposeServiceThatDependsOnServicesIsOneNotice() throws Exception {
        SourceRun run = run("services:\n  orders:\n    build: ./orders\n  gateway-server:\n    image: shop/gateway-server\n"
                + "    depends_on: [orders, zookeeper]\n    environment:\n      IP_ADDR: http://192.168.0.21:9100\n"
                + "  kafka-ui:\n    image: provectuslabs/kafka-ui\n    environment:\n"
                + "      KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: kafka:9092\n  zookeeper:\n    image: zookeeper:3.9\n");
        String ways = ") are not derived; if it runs a module, name the Compose service after the service, build it from"
                + " the module's folder (build:), or name its image in the module's build configuration"
                + " (jib-maven-plugin <to><image>, spring-boot-maven-plugin <image><name>, quarkus.container-image.*);"
                + " if it is infrastructure, add it to platform.yaml under the name ";
        assertEquals(List.of("compose.yml:5: Compose service gateway-server (image shop/gateway-server) runs none of the"
                        + " services, so the connections it opens (it depends on or names orders" + ways + "gateway-server",
                "compose.yml:10: Compose service kafka-ui (image provectuslabs/kafka-ui) runs none of the services, so the"
                        + " connections it opens (it depends on or names kafka" + ways + "kafka-ui"), run.notices());
    }

    @Test
    void aComposeServiceTiedToAServiceOrApartFromThePlatformIsNoNotice() throws Exception {
        SourceRun run = run("services:\n  gateway:\n    image: shop/gateway\n    depends_on:\n      orders: {condition:"
                + " service_started}\n  orders:\n    build: ./orders\n    environment:\n"
                + "      KAFKA_BOOTSTRAP_SERVERS: kafka:9092\n  kafka:\n    image: bitnami/kafka\n"
                + "  mailhog:\n    image: mailhog/mailhog\n");
        assertEquals(List.of(), run.notices());
    }
}
