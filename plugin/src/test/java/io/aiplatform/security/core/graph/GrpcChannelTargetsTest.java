package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * grpc-java channel builders in a service's Java sources (JavaSourceHosts through GrpcChannelTargets): a host and a
 * port from {@code @Value} parameters, fields, constants or literals, resolved from the configuration and the
 * deployment's environment.
 */
class GrpcChannelTargetsTest {

    private static final String SERVICE = "ports: [{name: http, port: 8080}, {name: grpc, port: 9091}]\n";
    private static final String FILE = "payments/src/main/java/bank/AccountsClient.java";

    @TempDir
    Path dir;

    @Test
    void forAddressWithValueParametersIsAnEdgeOnTheConfiguredPort() throws Exception {
        SourceRun.write(dir, "payments/src/main/resources/application.yml",
                "accounts:\n  address: ${ACCOUNTS_HOST:localhost}\n  grpc:\n    port: 9091\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  payments:\n    build: ./payments\n"
                + "    environment:\n      - ACCOUNTS_HOST=accounts\n");
        SourceRun.write(dir, FILE, "package bank;\n"
                + "import io.grpc.ManagedChannel;\n"
                + "import io.grpc.ManagedChannelBuilder;\n"
                + "class AccountsClient {\n"
                + "    AccountsClient(@Value(\"${accounts.address:localhost}\") String serverAddress,\n"
                + "                   @Value(\"${accounts.grpc.port:9091}\") int serverPort) {\n"
                + "        ManagedChannel channel = ManagedChannelBuilder.forAddress(serverAddress, serverPort)\n"
                + "                .usePlaintext().build();\n"
                + "    }\n"
                + "}\n");
        SourceRun run = run();
        assertEquals(Map.of("payments->accounts", List.of(FILE + ":7 ManagedChannelBuilder.forAddress(serverAddress"
                + " = accounts, serverPort = 9091) names accounts")), run.edges());
        assertEquals(Map.of("payments->accounts", List.of(9091)), run.ports(), "the gRPC port only, not http");
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void nettyBuilderWithAValueFieldAndALiteralPort() throws Exception {
        SourceRun.write(dir, "payments/src/main/resources/application.properties", "accounts.host=accounts\n");
        SourceRun.write(dir, FILE, "package bank;\n"
                + "class AccountsClient {\n"
                + "    @Value(\"${accounts.host}\")\n"
                + "    private String host;\n"
                + "    Object channel() {\n"
                + "        return io.grpc.netty.NettyChannelBuilder.forAddress(host, 9091).build();\n"
                + "    }\n"
                + "}\n");
        assertEquals(Map.of("payments->accounts", List.of(9091)), run().ports());
        SourceRun withConfiguration = SourceRun.of(dir, new Fixtures(dir).service("payments", SERVICE)
                .service("accounts", SERVICE).modules(), new ConfiguredHosts(), new JavaSourceHosts());
        assertEquals(Map.of("payments->accounts", List.of(9091)), withConfiguration.ports(),
                "the configuration's accounts.host, which the channel takes with port 9091, is no call on every port");
    }

    @Test
    void forTargetAndNewChannelBuilderForAddressWithLiterals() throws Exception {
        SourceRun.write(dir, FILE, "package bank;\n"
                + "class AccountsClient {\n"
                + "    static final String TARGET = \"dns:///accounts:9091\";\n"
                + "    Object one() { return ManagedChannelBuilder.forTarget(TARGET).build(); }\n"
                + "    Object two() { return Grpc.newChannelBuilderForAddress(\"ledger\", 9090, creds).build(); }\n"
                + "}\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("payments", SERVICE).service("accounts", SERVICE)
                .service("ledger", "ports: [{name: grpc, port: 9090}]\n").modules(), new JavaSourceHosts());
        assertEquals(Map.of("payments->accounts", List.of(FILE + ":4 ManagedChannelBuilder.forTarget(TARGET ="
                        + " accounts:9091) names accounts"),
                "payments->ledger", List.of(FILE + ":5 Grpc.newChannelBuilderForAddress(\"ledger\", 9090) names ledger")),
                run.edges());
    }

    @Test
    void aChannelToNoServiceOfThePlatformOrAnotherForAddressIsNoEdgeAndNoWarning() throws Exception {
        SourceRun.write(dir, FILE, "package bank;\n"
                + "class AccountsClient {\n"
                + "    @Value(\"${accounts.address:localhost}\") String host;\n"
                + "    Object one() { return ManagedChannelBuilder.forAddress(host, 9091).build(); }\n"
                + "    Object two() { return new InetSocketAddress(\"accounts\", 9091); }\n"
                + "    Object three() { return Something.forAddress(\"accounts\", 9091); }\n"
                + "}\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("payments", SERVICE).service("accounts", SERVICE).modules(),
                new JavaSourceHosts());
    }
}
