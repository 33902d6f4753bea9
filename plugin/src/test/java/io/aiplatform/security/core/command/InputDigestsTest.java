package io.aiplatform.security.core.command;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.KeySupply;
import io.aiplatform.security.core.validate.FailOn;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date check digests each request whole: changing any one component of a request or of
 * one of its groups, including one added later, changes the digest (a component of a type this test cannot vary fails
 * it, so that a new input is never left out silently).
 */
class InputDigestsTest {

    @TempDir
    Path dir;

    @Test
    void everyComponentOfEveryGroupOfTheGenerateRequestChangesTheDigest() throws Exception {
        Fixtures shop = new Fixtures(dir.resolve("src")).service("api", "role: api\nports: [{port: 8080}]\n", dep("db"))
                .service("db", "role: database\nports: [{port: 5432}]\n");
        Files.writeString(Files.createDirectories(dir.resolve("keys")).resolve("k"), "a2V5");
        GenerateRequest base = GenerateRequest.builder(dir).modules(shop.modules()).keyEnv("KEY")
                .environment(Map.of("KEY", "a2V5", "OTHER", "1")).keyFile(dir.resolve("keys/k"))
                .kms("vault", "unix:///kms.sock", "3s").checkDirectory(dir.resolve("deploy")).build();
        List<Object> others = List.of(new io.aiplatform.security.core.generate.ExternalSecretsSettings("vault", "SecretStore", "{secret}", "5m"), new Fixtures(dir.resolve("src2")).service("web", "role: api\n").modules(),
                new PlatformSettings("other", "other", false, false, Map.of()), EncryptionProvider.AESGCM,
                Set.of(OutputFormat.HELM), Map.of("KEY", "b3RoZXI=", "OTHER", "1"), KeySupply.DEPLOY);
        assertEveryComponentCounts(base, others, r -> InputDigests.generate((GenerateRequest) r, "plugin"));
        assertEquals(InputDigests.generate(base, "plugin"), InputDigests.generate(base.toBuilder()
                .environment(Map.of("KEY", "a2V5", "OTHER", "2")).build(), "plugin"), "an unrelated variable");
        // the project named in every file's header: another groupId:artifactId is other output
        assertNotEquals(InputDigests.generate(base, "plugin"), InputDigests.generate(base.toBuilder()
                .platform(base.platform().withSource("org.example:renamed")).build(), "plugin"), "the header's source");
    }

    @Test
    void everyComponentOfEveryGroupOfTheValidateRequestChangesTheDigest() throws Exception {
        Fixtures shop = new Fixtures(dir.resolve("src")).service("api", "role: api\n");
        ValidateRequest base = ValidateRequest.builder(dir, dir.resolve("out")).modules(shop.modules())
                .manifestDirectories(List.of(dir.resolve("deploy"))).schemaLocations(List.of("schemas"))
                .kubeconform("/usr/bin/kubeconform").trackedDirectories(List.of(dir.resolve("gitops"))).build();
        List<Object> others = List.of(new Fixtures(dir.resolve("src2")).service("web", "role: api\n").modules(),
                FailOn.WARNING, KeySupply.DEPLOY);
        assertEveryComponentCounts(base, others, r -> InputDigests.validate((ValidateRequest) r, "plugin"));
    }

    private static void assertEveryComponentCounts(Record base, List<Object> others,
                                                   java.util.function.Function<Record, String> digest) throws Exception {
        String before = digest.apply(base);
        assertEquals(before, digest.apply(base), "a digest is stable");
        Map<String, Record> variants = variants(base.getClass(), base, others);
        assertEquals(InputDigests.leaves(base).stream().map(InputDigests.Leaf::name).toList(),
                List.copyOf(variants.keySet()), "the digest walks every component of every group");
        variants.forEach((name, changed) ->
                assertNotEquals(before, digest.apply(changed), name + " is not an input of the digest"));
    }

    /**
     * The record with each of its components changed in turn, by place ({@code group.component}); a group
     * (a record declared in the request's class) is not changed whole but component by component.
     */
    private static Map<String, Record> variants(Class<?> requestType, Record record, List<Object> others)
            throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        Map<String, Record> variants = new java.util.LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            Object[] values = new Object[components.length];
            for (int j = 0; j < components.length; j++) {
                values[j] = components[j].getAccessor().invoke(record);
            }
            String name = components[i].getName();
            if (values[i] instanceof Record group && components[i].getType().getEnclosingClass() == requestType) {
                for (Map.Entry<String, Record> inner : variants(requestType, group, others).entrySet()) {
                    values[i] = inner.getValue();
                    variants.put(name + "." + inner.getKey(), (Record) canonical.newInstance(values));
                }
            } else {
                values[i] = other(components[i], values[i], others);
                variants.put(name, (Record) canonical.newInstance(values));
            }
        }
        return variants;
    }

    /** A different value of the component's type. */
    private static Object other(RecordComponent c, Object value, List<Object> others) {
        Class<?> type = c.getType();
        if (type == Path.class) {
            return ((Path) value).resolve("elsewhere");
        }
        if (type == String.class) {
            return value == null ? "set" : value + "-changed";
        }
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == List.class && elementType(c) == Path.class) {
            List<Path> paths = new ArrayList<>((List<Path>) value);
            paths.add(Path.of("more"));
            return paths;
        }
        if (type == List.class && elementType(c) == Integer.class) {
            List<Integer> numbers = new ArrayList<>((List<Integer>) value);
            numbers.add(1);
            return numbers;
        }
        if (type == List.class && elementType(c) == String.class) {
            List<String> strings = new ArrayList<>((List<String>) value);
            strings.add("more");
            return strings;
        }
        if (type == List.class && elementType(c) == io.aiplatform.security.core.support.ArtifactFile.class) {
            List<io.aiplatform.security.core.support.ArtifactFile> artifacts = new ArrayList<>(
                    (List<io.aiplatform.security.core.support.ArtifactFile>) value);
            artifacts.add(new io.aiplatform.security.core.support.ArtifactFile("com.example", "orders", "1.0.0",
                    Path.of("orders-1.0.0-ai-security-intents.yaml")));
            return artifacts;
        }
        for (Object other : others) {
            if (type.isInstance(other) && !other.equals(value)) {
                return other;
            }
        }
        throw new AssertionError("no other value known for " + c.getName() + " (" + c.getGenericType()
                + "): add one to this test so that the component is proven to be an input");
    }

    private static Type elementType(RecordComponent c) {
        return c.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }

    @Test
    void withinOneRunTheModulesAreDigestedOnceAndAfterItAgain() throws Exception {
        Fixtures shop = new Fixtures(dir.resolve("src")).service("api", "role: api\n");
        List<io.aiplatform.security.core.graph.Module> modules = shop.modules();
        ValidateRequest request = ValidateRequest.builder(dir, dir.resolve("out")).modules(modules).build();
        String before = InputDigests.validate(request, "plugin");
        Path descriptor = modules.get(0).descriptorFile();
        String changed;
        try (InputDigests.Scope once = InputDigests.oncePerRun()) {
            assertEquals(before, InputDigests.validate(request, "plugin"));
            Files.writeString(descriptor, "role: api\nports: [{port: 9000}]\n");
            assertEquals(before, InputDigests.validate(request, "plugin"), "the run's first digest of these modules");
            changed = InputDigests.validate(ValidateRequest.builder(dir, dir.resolve("out"))
                    .modules(new ArrayList<>(modules)).build(), "plugin");
            assertNotEquals(before, changed, "another module list is digested anew");
        }
        assertEquals(changed, InputDigests.validate(request, "plugin"), "after the run the files are read again");
    }
}
