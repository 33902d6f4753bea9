package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Validation under generated hostile input: well-formed Kubernetes objects of every kind the rules
 * read, mutated at random (values replaced by null, by the wrong type, by deep or empty structures,
 * lists given null elements), plus raw byte garbage. Seeded, so a failure repeats; bounded in count.
 * Whatever comes in, no exception escapes and every error names its file.
 */
class ValidationFuzzTest {

    private static final long SEED = 20261130L;
    private static final int FILES = 60;
    private static final int DOCUMENTS_PER_FILE = 8;

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);

    @Test
    void noExceptionEscapesAndEveryErrorNamesItsFile() throws Exception {
        Path input = Files.createDirectories(dir.resolve("fuzz"));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Yaml yaml = new Yaml(options);
        for (int f = 0; f < FILES; f++) {
            StringBuilder text = new StringBuilder();
            for (int d = 0; d < DOCUMENTS_PER_FILE; d++) {
                text.append("---\n").append(yaml.dump(mutate(seed(random.nextInt(SEEDS)), 0)));
            }
            if (f % 10 == 9) {
                byte[] garbage = new byte[200];
                random.nextBytes(garbage);
                Files.write(input.resolve("garbage-" + f + ".yaml"), garbage);
            }
            Files.writeString(input.resolve("fuzz-" + f + ".yaml"), text.toString());
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        ValidationReport report = new ValidateCommand().run(ValidateRequest.builder(dir, out)
                .manifestDirectories(List.of(input)).namespace("fuzz").trackedDirectories(List.of(input)).build());
        List<String> withoutFile = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR && f.file() == null) {
                withoutFile.add(f.describe());
            }
        }
        assertEquals(List.of(), withoutFile, "every error names its file");
        assertTrue(report.findings().size() > FILES, "the generated input is hostile enough to find something");
        assertNotNull(report.connections());
    }

    private static final int SEEDS = 8;

    /** A valid object of a kind the rules read. */
    private Map<String, Object> seed(int which) {
        return switch (which) {
            case 0 -> obj("rbac.authorization.k8s.io/v1", "Role", "role", Map.of("rules", List.of(Map.of(
                    "apiGroups", List.of(""), "resources", List.of("pods", "secrets"), "verbs", List.of("get", "list")))));
            case 1 -> obj("rbac.authorization.k8s.io/v1", "RoleBinding", "binding", Map.of(
                    "roleRef", Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Role", "name", "role"),
                    "subjects", List.of(Map.of("kind", "ServiceAccount", "name", "sa", "namespace", "fuzz"))));
            case 2 -> obj("networking.k8s.io/v1", "NetworkPolicy", "policy", Map.of("spec", Map.of(
                    "podSelector", Map.of("matchLabels", Map.of("app", "a")), "policyTypes", List.of("Ingress", "Egress"),
                    "ingress", List.of(Map.of("from", List.of(Map.of("podSelector", Map.of())),
                            "ports", List.of(Map.of("port", 80, "protocol", "TCP")))),
                    "egress", List.of(Map.of("to", List.of(Map.of("ipBlock", Map.of("cidr", "0.0.0.0/0",
                            "except", List.of("10.0.0.0/8")))))))));
            case 3 -> obj("apps/v1", "Deployment", "web", Map.of("spec", Map.of("selector",
                    Map.of("matchLabels", Map.of("app", "a")), "template", Map.of("metadata", Map.of("labels",
                            Map.of("app", "a")), "spec", Map.of("serviceAccountName", "sa", "containers", List.of(Map.of(
                            "name", "c", "image", "nginx:1", "ports", List.of(Map.of("containerPort", 80)),
                            "securityContext", Map.of("runAsNonRoot", true))))))));
            case 4 -> obj("v1", "ServiceAccount", "sa", Map.of("automountServiceAccountToken", true));
            case 5 -> obj("v1", "Secret", "secret", Map.of("data", Map.of("k", "dmFsdWU=")));
            case 6 -> {
                Map<String, Object> enc = new LinkedHashMap<>();
                enc.put("apiVersion", "apiserver.config.k8s.io/v1");
                enc.put("kind", "EncryptionConfiguration");
                enc.put("resources", List.of(Map.of("resources", List.of("secrets"), "providers", List.of(
                        Map.of("secretbox", Map.of("keys", List.of(Map.of("name", "k", "secret",
                                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")))), Map.of("identity", Map.of())))));
                yield enc;
            }
            default -> {
                Map<String, Object> list = new LinkedHashMap<>();
                list.put("apiVersion", "v1");
                list.put("kind", "List");
                list.put("items", List.of(seed(0), seed(2), seed(3)));
                yield list;
            }
        };
    }

    private static Map<String, Object> obj(String apiVersion, String kind, String name, Map<String, Object> rest) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", apiVersion);
        m.put("kind", kind);
        m.put("metadata", new LinkedHashMap<>(Map.of("name", name, "namespace", "fuzz")));
        m.putAll(rest);
        return m;
    }

    /** The value with some of its parts replaced; depth-bounded. */
    private Object mutate(Object value, int depth) {
        if (depth > 12) {
            return value;
        }
        if (random.nextInt(8) == 0) {
            return switch (random.nextInt(7)) {
                case 0 -> null;
                case 1 -> "";
                case 2 -> random.nextInt();
                case 3 -> new ArrayList<>(java.util.Arrays.asList("x", null, 7));
                case 4 -> new LinkedHashMap<>(Map.of("unexpected", List.of()));
                case 5 -> true;
                default -> nested(random.nextInt(30));
            };
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            new java.util.TreeMap<>(m).forEach((k, v) -> copy.put(String.valueOf(k), mutate(v, depth + 1))); // a fixed order
            return copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(mutate(v, depth + 1)));
            if (random.nextInt(6) == 0) {
                copy.add(null);
            }
            return copy;
        }
        return value;
    }

    private static Object nested(int depth) {
        Object v = "leaf";
        for (int i = 0; i < depth; i++) {
            v = List.of(Map.of("k", v));
        }
        return v;
    }
}
