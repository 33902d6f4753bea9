package io.aiplatform.security.core.validate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample manifest of the bundled schema set (one per generated kind, in
 * {@code src/test/resources/k8s-samples}) is valid against the schema bundled for its kind, and the
 * same manifest with one unknown field is one {@code SCHEMA} error naming that field.
 */
class BundledSampleManifestsTest {

    private static final Path SAMPLES = Path.of("src/test/resources/k8s-samples");

    @TempDir
    Path dir;

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void everySampleHasItsSchemaBundledAndEveryBundledFileIsIndexed() throws IOException {
        List<String> samples = samples().toList();
        assertEquals(21, samples.size(), "the shared set holds one sample per generated kind");
        for (String sample : samples) {
            assertTrue(SchemaLocations.bundledFiles().contains(sample.replace(".yaml", ".json")), sample);
        }
        Path folder = Path.of("src/main/resources" + SchemaLocations.BUNDLED + "master-standalone-strict");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)),
                    new TreeSet<>(SchemaLocations.bundledFiles()), "bundled.txt lists exactly the schema files");
        }
        assertEquals(35, SchemaLocations.bundledFiles().size(), "34 Kubernetes kinds and the ExternalSecret");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSampleIsValid(String sample) throws IOException {
        List<Finding> findings = validate(Files.readString(SAMPLES.resolve(sample)));
        assertEquals(List.of(), findings.stream().map(Finding::describe).toList(), sample);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSampleWithOneUnknownFieldIsOneError(String sample) throws IOException {
        String yaml = Files.readString(SAMPLES.resolve(sample));
        String withUnknown = yaml.replaceFirst("(?m)^metadata:\\n", "metadata:\n  colour: blue\n");
        assertTrue(!withUnknown.equals(yaml), sample + " has a block-style metadata");
        List<Finding> findings = validate(withUnknown);
        assertEquals(1, findings.size(), findings.stream().map(Finding::describe).collect(Collectors.joining("\n")));
        Finding f = findings.get(0);
        assertEquals("SCHEMA", f.ruleId(), f.describe());
        assertTrue(f.message().contains("colour"), f.describe());
    }

    @Test
    void aSampleWithATypoInItsSpecIsAnError() throws IOException {
        String yaml = Files.readString(SAMPLES.resolve("service-v1.yaml")).replace("  selector:", "  selectr:");
        List<Finding> findings = validate(yaml);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("selectr"), findings.get(0).describe());
    }

    private List<Finding> validate(String yaml) throws IOException {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, yaml);
        ManifestLoader.Result loaded = new ManifestLoader(dir).load(List.of(file));
        assertEquals(List.of(), loaded.findings(), "loads");
        List<Manifest> manifests = loaded.manifests();
        assertTrue(manifests.stream().allMatch(m -> m.content() instanceof Map<?, ?>));
        return new BuiltInSchemaValidator(new SchemaLocations(List.of(), "master"), false).validate(manifests);
    }
}
