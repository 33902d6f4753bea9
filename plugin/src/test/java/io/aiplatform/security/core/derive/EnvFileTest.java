package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose's environment file format: quoting, comments, interpolation with the variables above, bounds. */
class EnvFileTest {

    @TempDir
    Path dir;

    private static String shown(List<ConfigValue> values) {
        return values.stream().map(v -> v.line() + " " + v.key() + "=" + v.value()).reduce((a, b) -> a + "|" + b).orElse("");
    }

    @Test
    void readsTheLinesAsComposeDoes() {
        String text = """
                # a comment
                HOST=collector

                PORT=5555 # the gRPC port
                ENDPOINT=http://${HOST}:${PORT}
                export EXPORTED=yes
                HASH=a#b
                DOUBLE="kafka:9092 # not a comment" # a comment
                SINGLE='http://${HOST}'
                ESCAPED="line\\tend"
                OTEL_INSTRUMENTATION_LOGBACK-MDC_ADD-BAGGAGE=true
                NOVALUE
                EMPTY=
                """;
        List<ConfigValue> values = EnvFile.parse(dir.resolve(".env"), text, Map.of());
        assertEquals("2 HOST=collector|4 PORT=5555|5 ENDPOINT=http://collector:5555|6 EXPORTED=yes|7 HASH=a#b"
                + "|8 DOUBLE=kafka:9092 # not a comment|9 SINGLE=http://${HOST}|10 ESCAPED=line\tend"
                + "|11 OTEL_INSTRUMENTATION_LOGBACK-MDC_ADD-BAGGAGE=true|13 EMPTY=", shown(values));
    }

    @Test
    void aValueNamesTheGivenVariablesAndKeepsAnUnknownOne() {
        List<ConfigValue> values = EnvFile.parse(dir.resolve("app.env"), "URL=http://${HOST}:${PORT:-80}\n",
                Map.of("HOST", "orders"));
        assertEquals("1 URL=http://orders:80", shown(values));
        assertEquals("1 URL=http://${UNSET}", shown(EnvFile.parse(dir.resolve("app.env"), "URL=http://${UNSET}\n", Map.of())));
    }

    @Test
    void anAbsentFileIsEmptyAndATooLargeOneAWarningNamingIt() throws Exception {
        List<Problem> warnings = new ArrayList<>();
        assertEquals(List.of(), EnvFile.read(dir.resolve(".env"), Map.of(), warnings::add));
        Path large = dir.resolve("large.env");
        Files.write(large, new byte[(int) ConfigFiles.MAX_FILE_BYTES + 1]);
        assertEquals(List.of(), EnvFile.read(large, Map.of(), warnings::add));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("more than the 4194304 (4 MiB) read from an environment file"),
                warnings.get(0).message());
        assertEquals(large, warnings.get(0).file());
    }
}
