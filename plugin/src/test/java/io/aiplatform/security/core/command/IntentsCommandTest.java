package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentsCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownHostKeptAsACallIsSaidAsSuchAndAHostWithDotsStaysAWarning() throws Exception {
        Files.createDirectories(dir.resolve("orders/src/main/resources"));
        Files.writeString(dir.resolve("orders/src/main/resources/application.yml"),
                "payments.url: http://payments:8080\npartner.url: https://api.partner.example.com\n");
        ServiceGraph graph = new Fixtures(dir).service("orders", "ports: [{port: 8080}]\n").graph();
        List<Optional<String>> said = graph.warnings().stream().map(w -> IntentsCommand.keptAsCall(graph, w)).toList();
        assertEquals(List.of(Optional.of("service 'orders': orders/src/main/resources/application.yml:1 payments.url"
                + " names payments, a service of another repository: kept in intents.yaml as a call to payments:8080"
                + " [DERIVE-UNKNOWN-HOST]"), Optional.empty()), said,
                graph.warnings().stream().map(Problem::logged).toList().toString());
    }
}
