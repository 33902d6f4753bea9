package io.aiplatform.security.core.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Every case of the external netpol corpus, kept in the test resources with its licence and source
 * ({@code src/test/resources/netpol-corpus/README.md}): the connection list computed from the case's
 * manifests equals the expected one byte for byte.
 */
class NetpolCorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("netpol.corpus", "src/test/resources/netpol-corpus/cases"));
    static final int CASES = 20;

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
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(CASES, cases.size(), "cases in " + CORPUS.toAbsolutePath());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            String expected = Files.readString(c.resolve("expected-connlist.txt"), StandardCharsets.UTF_8);
            assertEquals(expected, connlist(c.resolve("input")));
        }));
    }
}
