package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose's {@code extends}: what a service inherits from the service it extends, its own settings winning. */
class ComposeExtendsTest {

    @TempDir
    Path dir;
    private final List<Problem> warnings = new ArrayList<>();

    private Map<String, ConfigValue> resolve(String compose) throws Exception {
        Path file = dir.resolve("compose/docker-compose.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, compose);
        Map<String, ConfigValue> doc = ConfigFiles.readKeysAsWritten(file, warnings::add).get(0);
        return ComposeExtends.resolve(file, doc, other -> ConfigFiles.readKeysAsWritten(other, warnings::add),
                warnings::add);
    }

    /** key -> "value @ file:line" of the service's environment and image. */
    private static Map<String, String> of(Map<String, ConfigValue> props, String service) {
        Map<String, String> found = new TreeMap<>();
        props.forEach((key, v) -> {
            if (key.startsWith("services." + service + ".environment") || key.equals("services." + service + ".image")) {
                found.put(key.substring(("services." + service + ".").length()),
                        v.value() + " @ " + v.file().getFileName() + ":" + v.line());
            }
        });
        return found;
    }

    @Test
    void aServiceGetsTheVariablesOfTheChainOfServicesItExtendsInAnotherFileItsOwnWinning() throws Exception {
        Files.createDirectories(dir.resolve("compose"));
        Files.writeString(dir.resolve("compose/common.yml"), """
                services:
                  base:
                    image: base-image
                    environment:
                      RABBIT_HOST: rabbit
                      OTEL_EXPORTER_OTLP_ENDPOINT: http://tempo:4318
                  with-config:
                    extends: base
                    environment:
                      - SPRING_CONFIG_IMPORT=configserver:http://config:8071/
                      - RABBIT_HOST=rabbit-2
                """);
        Map<String, ConfigValue> props = resolve("""
                services:
                  accounts:
                    build: ../accounts
                    extends:
                      file: common.yml
                      service: with-config
                    environment:
                      OTEL_EXPORTER_OTLP_ENDPOINT: http://collector:4318
                """);
        assertEquals(Map.of("environment.OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318 @ docker-compose.yml:8",
                "environment[0]", "SPRING_CONFIG_IMPORT=configserver:http://config:8071/ @ common.yml:10",
                "environment[1]", "RABBIT_HOST=rabbit-2 @ common.yml:11",
                "image", "base-image @ common.yml:3"), of(props, "accounts"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aFileWithoutExtendsIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("docker-compose.yml");
        Files.writeString(file, "services:\n  web:\n    image: nginx\n");
        Map<String, ConfigValue> doc = ConfigFiles.readKeysAsWritten(file, warnings::add).get(0);
        assertSame(doc, ComposeExtends.resolve(file, doc, other -> List.of(), warnings::add));
    }

    @Test
    void aBaseThatIsNotDefinedAndALoopAreWarningsNamingTheExtendsLineAndWhatWasReadStays() throws Exception {
        Map<String, ConfigValue> props = resolve("""
                services:
                  orders:
                    extends: {file: missing.yml, service: base}
                    environment: {A: a}
                  one:
                    extends: two
                  two:
                    extends: one
                    environment: {B: b}
                """);
        assertEquals(Map.of("environment.A", "a @ docker-compose.yml:4"), of(props, "orders"));
        assertEquals(3, warnings.size(), warnings.toString()); // one loop, named at each service on it
        assertTrue(warnings.get(0).toString().contains("docker-compose.yml:3")
                && warnings.get(0).toString().contains("Compose service orders extends base, which missing.yml does"
                + " not define"), warnings.toString());
        assertTrue(warnings.get(1).toString().contains("docker-compose.yml:6: extends of Compose service one loops")
                && warnings.get(2).toString().contains("docker-compose.yml:8: extends of Compose service two loops"),
                warnings.toString());
        assertEquals(Map.of("environment.B", "b @ docker-compose.yml:9"), of(props, "one"));
    }
}
