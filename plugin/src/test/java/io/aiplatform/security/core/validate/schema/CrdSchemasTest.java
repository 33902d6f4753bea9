package io.aiplatform.security.core.validate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.command.ValidateCommand;
import io.aiplatform.security.core.command.ValidateRequest;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ManifestLoader;
import io.aiplatform.security.core.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom resources are validated against the schema their CRD in the input gives. */
class CrdSchemasTest {

    @TempDir
    Path dir;

    private static Path folder() throws Exception {
        return Path.of(CrdSchemasTest.class.getResource("/crd-folder/crd.yaml").toURI()).getParent();
    }

    private static String line(Finding f) {
        return f.ruleId() + " " + f.file().getFileName() + ":" + f.line() + " " + f.object() + " " + f.message();
    }

    @Test
    void aFolderWithACrdReportsExactlyTheTwoErrorsOfItsBadResource() throws Exception {
        var report = new ValidateCommand().run(ValidateRequest.builder(dir, Files.createDirectories(dir.resolve("out")))
                .manifestDirectories(List.of(folder())).namespace(null).build());
        List<String> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(CrdSchemasTest::line).toList();
        assertEquals(List.of(
                "SCHEMA widgets.yaml:11 Widget/app/bad $.spec.size: string found, integer expected",
                "SCHEMA widgets.yaml:11 Widget/app/bad $.spec: property 'shape' is not defined in the schema and the schema"
                        + " does not allow additional properties"), errors);
        assertEquals(List.of(), report.findings().stream().filter(f -> f.ruleId().startsWith("SCHEMA-MISSING")).toList());
    }

    @Test
    void aKindNoCrdDefinesStaysWithoutASchemaAndAnUnservedVersionGivesNone() throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, Files.readString(folder().resolve("crd.yaml")) + """
                ---
                apiVersion: example.com/v1alpha1
                kind: Widget
                metadata: {name: old, namespace: app}
                ---
                apiVersion: example.com/v1
                kind: Gadget
                metadata: {name: g, namespace: app}
                """);
        var loaded = new ManifestLoader(dir).load(List.of(f));
        List<String> found = new BuiltInSchemaValidator(new SchemaLocations(List.of(), "master"), false)
                .validate(loaded.manifests()).stream().map(x -> x.ruleId() + " " + x.object()).toList();
        assertEquals(List.of("SCHEMA-MISSING Widget/app/old", "SCHEMA-MISSING Gadget/app/g"), found);
    }

    @Test
    void aCrdFromElsewhereGivesItsSchemaAndAServedVersionWithoutSchemaIsAnError() throws Exception {
        Path widgets = dir.resolve("w.yaml");
        Files.copy(folder().resolve("widgets.yaml"), widgets);
        var crd = new ManifestLoader(folder()).load(List.of(folder().resolve("crd.yaml"))).manifests();
        var resources = new ManifestLoader(dir).load(List.of(widgets)).manifests();
        assertEquals(2, new BuiltInSchemaValidator(new SchemaLocations(List.of(), "master"), false, crd)
                .validate(resources).size());
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: things.example.com}
                spec:
                  group: example.com
                  names: {kind: Thing, plural: things}
                  versions: [{name: v1, served: true, storage: true}]
                """);
        List<String> found = new BuiltInSchemaValidator(new SchemaLocations(List.of(), "master"), false)
                .validate(new ManifestLoader(dir).load(List.of(broken)).manifests()).stream().map(CrdSchemasTest::line).toList();
        assertEquals(List.of("SCHEMA broken.yaml:1 CustomResourceDefinition/things.example.com served version v1 has no"
                + " schema.openAPIV3Schema, which apiextensions.k8s.io/v1 requires"), found);
    }

    @Test
    void crdDirectoriesGiveTheSchemaOfResourcesInAnotherFolder() throws Exception {
        Path resources = Files.createDirectories(dir.resolve("app"));
        Files.copy(folder().resolve("widgets.yaml"), resources.resolve("widgets.yaml"));
        var report = new ValidateCommand().run(ValidateRequest.builder(dir, Files.createDirectories(dir.resolve("out")))
                .manifestDirectories(List.of(resources)).crdDirectories(List.of(folder(), dir.resolve("crds"))).namespace(null)
                .build());
        List<String> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.object() + " " + f.message()).toList();
        assertEquals(List.of("PARSE null crdDirectories names " + dir.resolve("crds") + ", which does not exist",
                "SCHEMA Widget/app/bad $.spec.size: string found, integer expected",
                "SCHEMA Widget/app/bad $.spec: property 'shape' is not defined in the schema and the schema does not allow"
                        + " additional properties"), errors);
    }
}
