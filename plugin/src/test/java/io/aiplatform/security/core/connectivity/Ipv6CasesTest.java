package io.aiplatform.security.core.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The IPv6 cases written in the netpol corpus's layout and format
 * ({@code src/test/resources/connectivity-ipv6/README.md}): the connection list computed from each
 * case's manifests equals the one computed by hand, byte for byte.
 */
class Ipv6CasesTest {

    static final Path CASES = Path.of("src/test/resources/connectivity-ipv6/cases");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedList() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(3, cases.size(), "cases in " + CASES.toAbsolutePath());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            String expected = Files.readString(c.resolve("expected-connlist.txt"), StandardCharsets.UTF_8);
            assertEquals(expected, NetpolCorpusTest.connlist(c.resolve("input")));
        }));
    }
}
