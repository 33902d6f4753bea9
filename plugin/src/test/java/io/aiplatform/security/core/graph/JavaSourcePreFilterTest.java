package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text a Java file must hold to be parsed at all (JavaSourceReferences' pre-filter): every kind of finding the
 * Java readers make is kept, however the call is spelled, and a file holding none of the texts looked for is not
 * parsed.
 */
class JavaSourcePreFilterTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String FILE = "web/src/main/java/shop/Calls.java";

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("web", HTTP).service("orders", HTTP).modules(),
                new JavaSourceHosts());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@FeignClient(name = \"orders\") interface Calls { }",
        "@FeignClient(name = \"x\", url = \"orders:8080\") interface Calls { }",
        "@RegisterRestClient(baseUri = \"http://orders:8080\") interface Calls { }",
        "@Client(\"orders\") interface Calls { }",
        "class Calls { @Value(\"${orders.host:orders}\") String host; }",
        "class Calls { String url = \"lb://orders/api\"; }",
        "class Calls { Object call(ServiceInstanceChooser chooser) { return chooser.choose (\"orders\"); } }",
        "import org.springframework.cloud.client.ServiceInstance;\n"
                + "class Calls extends Base { Object call() { return discovery.getInstances(\"orders\"); } }",
        "import org.springframework.cloud.client.ServiceInstance;\n"
                + "class Calls extends Base { Object call() { return factory.getInstance(\"orders\"); } }",
        "interface Calls { @GetExchange(\"${orders.url:http://orders:8080}/items\") Object items(); }",
        })
    void everyKindOfFindingIsParsed(String source) throws Exception {
        SourceRun.write(dir, FILE, "package shop;\n" + source + "\n");
        assertEquals(List.of("web->orders"), List.copyOf(run().edges().keySet()), source);
    }

    @Test
    void aFileHoldingNoneOfTheTextsLookedForIsNotParsed() throws Exception {
        // nested deeper than is parsed: a warning, but only for a file that is worth a parse
        String deep = "package shop;\nclass Calls { Object x = " + "(".repeat(600) + "1" + ")".repeat(600) + "; }\n";
        SourceRun.write(dir, FILE, deep);
        assertEquals(List.of(), run().unread(), "not parsed, so its nesting is no warning");
        SourceRun.write(dir, FILE, deep.replace("Object x", "String url = \"http://orders\"; Object x"));
        assertTrue(run().unread().toString().contains("beyond what is parsed"), run().unread().toString());
    }
}
