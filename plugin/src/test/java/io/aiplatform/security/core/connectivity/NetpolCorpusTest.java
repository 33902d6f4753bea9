package io.aiplatform.security.core.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.io.ManifestReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the external corpus in {@code ../shared/netpol-corpus} (beside the repository):
 * the connection list computed from the case's manifests equals the expected one byte for byte.
 */
class NetpolCorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("netpol.corpus", "../../shared/netpol-corpus/cases"));

    static String connlist(Path input) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(input)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                    documents.addAll(new ManifestReader().read(f));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (ConnectivityAnalyzer.Connection c : Topology.of(documents).analyzer().connectionList()) {
            sb.append(c.line()).append('\n');
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedList() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of(DynamicTest.dynamicTest("netpol corpus", () -> assumeTrue(false,
                    "the netpol corpus is not beside the repository: " + CORPUS.toAbsolutePath())));
        }
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            String expected = Files.readString(c.resolve("expected-connlist.txt"), StandardCharsets.UTF_8);
            assertEquals(expected, connlist(c.resolve("input")));
        }));
    }
}
