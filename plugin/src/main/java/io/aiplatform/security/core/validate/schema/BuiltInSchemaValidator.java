package io.aiplatform.security.core.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aiplatform.security.core.io.JsonInput;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-process schema validation against kubeconform's "standalone-strict" schemas (unknown fields
 * rejected), bundled for the kinds the plugin emits and the common workload kinds; more through
 * {@link SchemaLocations}. The validator is networknt json-schema-validator; an object that
 * {@link SchemaProof} proves valid against a schema it covers is not handed to it, so a valid layer
 * does not start it (a fifth of a cold validation). Every finding is still networknt's.
 */
public final class BuiltInSchemaValidator implements SchemaValidator {

    private final SchemaLocations locations;
    private final boolean ignoreMissingSchemas;
    private final Map<String, Optional<LoadedSchema>> cache = new HashMap<>();

    /** The factory of networknt's schemas and the builder of its trees, made when the first object needs them. */
    private static final class Networknt {
        static final JsonSchemaFactory FACTORY = factory();
        static final PlainJsonTree TREE = new PlainJsonTree();
    }

    /** A schema as plain values, whether {@link SchemaProof} covers it, and networknt's schema of it, made on first need. */
    private final class LoadedSchema {
        final Object plain;
        final boolean covered;
        private JsonSchema full;

        LoadedSchema(Object plain) {
            this.plain = plain;
            this.covered = SchemaProof.covers(plain);
        }

        /** networknt's schema, all validators made at once (the parallel checks share it). */
        synchronized JsonSchema full() {
            if (full == null) {
                JsonNode schemaNode = Networknt.TREE.schema(plain);
                if (schemaNode instanceof ObjectNode o) {
                    o.remove("$schema"); // "http://json-schema.org/schema#" names no concrete draft; validate as draft 4
                }
                full = Networknt.FACTORY.getSchema(schemaNode);
                full.initializeValidators();
            }
            return full;
        }
    }

    private final List<Manifest> crdsElsewhere;

    public BuiltInSchemaValidator(SchemaLocations locations, boolean ignoreMissingSchemas) {
        this(locations, ignoreMissingSchemas, List.of());
    }

    /** As above; {@code crdsElsewhere}: CustomResourceDefinitions read from the crdDirectories, not validated themselves. */
    public BuiltInSchemaValidator(SchemaLocations locations, boolean ignoreMissingSchemas, List<Manifest> crdsElsewhere) {
        this.locations = locations;
        this.ignoreMissingSchemas = ignoreMissingSchemas;
        this.crdsElsewhere = List.copyOf(crdsElsewhere);
    }

    /**
     * Draft 4 (the schemas name no concrete draft), with the OpenAPI extension keywords
     * ({@code x-kubernetes-*}) known as annotations instead of logged as unknown.
     */
    static JsonSchemaFactory factory() {
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV4())
                .unknownKeywordFactory((value, context) -> new NonValidationKeyword(value))
                .build();
        return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .metaSchema(meta).defaultMetaSchemaIri(meta.getIri()).build();
    }

    @Override
    public String describe() {
        return "built-in JSON Schema validation (Kubernetes " + locations.kubernetesVersion() + ", strict)";
    }

    /**
     * The schemas are found and loaded first, one after the other; the objects are then checked in
     * parallel (a loaded schema is immutable and thread-safe), each object's messages sorted, in the
     * order of {@code manifests}.
     */
    @Override
    public List<Finding> validate(List<Manifest> manifests) throws IOException {
        List<List<Finding>> found = new ArrayList<>(manifests.size());
        List<LoadedSchema> schemas = new ArrayList<>(manifests.size());
        List<Manifest> allCrds = new ArrayList<>(crdsElsewhere);
        allCrds.addAll(manifests);
        CrdSchemas crds = CrdSchemas.of(allCrds);
        for (Manifest m : manifests) {
            LoadedSchema schema = null;
            List<Finding> own = List.of();
            if (SchemaValidator.skipped(m)) {
                // not a Kubernetes API object
            } else if (CrdSchemas.isCrd(m)) {
                own = crds.findings().stream().filter(f -> f.file().equals(m.file()) && f.line() == m.line()).toList();
            } else if (m.apiVersion() == null || m.kind() == null) {
                own = List.of(finding("SCHEMA", Severity.ERROR, m, "the object has no "
                        + (m.apiVersion() == null ? "apiVersion" : "kind"), "every Kubernetes object needs apiVersion and kind"));
            } else {
                SchemaName name = SchemaName.of(m.apiVersion(), m.kind());
                Optional<LoadedSchema> fromCrd = crdSchema(crds, m);
                schema = fromCrd.isPresent() ? fromCrd.get() : schema(name).orElse(null);
                if (schema == null) {
                    own = List.of(finding("SCHEMA-MISSING", ignoreMissingSchemas ? Severity.INFO : Severity.WARNING, m,
                            "no schema for " + m.apiVersion() + " " + m.kind() + " (" + name.fileName() + "): the object is"
                                    + " not schema-checked, the other stages still read it",
                            "give a folder holding " + name.fileName() + " (kubeconform layout) or a template such as"
                                    + " /schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json in -Dai-security.schemaLocations"
                                    + " (a CRD's schema can be generated from it), or set ignoreMissingSchemas"));
                }
            }
            found.add(own);
            schemas.add(schema);
        }
        List<List<Finding>> checked = Parallel.range(manifests.size())
                .mapToObj(i -> schemas.get(i) == null ? found.get(i) : check(schemas.get(i), manifests.get(i))).toList();
        List<Finding> findings = new ArrayList<>();
        checked.forEach(findings::addAll);
        return findings;
    }

    private List<Finding> check(LoadedSchema schema, Manifest m) {
        if (schema.covered && SchemaProof.proves((Map<?, ?>) schema.plain, m.content())) {
            return List.of();
        }
        List<ValidationMessage> messages = new ArrayList<>(schema.full().validate(Networknt.TREE.of(m.content())));
        if (messages.isEmpty()) {
            return List.of();
        }
        messages.sort(Comparator.comparing(ValidationMessage::getMessage));
        List<Finding> findings = new ArrayList<>();
        for (ValidationMessage message : messages) {
            findings.add(finding("SCHEMA", Severity.ERROR, m, message.getMessage(),
                    "correct the field as the " + m.apiVersion() + " " + m.kind() + " schema requires"));
        }
        return findings;
    }

    /** The schema a CRD of the input gives the object's kind, loaded once per kind. */
    private Optional<LoadedSchema> crdSchema(CrdSchemas crds, Manifest m) {
        String key = "crd " + m.apiVersion() + " " + m.kind();
        return cache.computeIfAbsent(key, k -> crds.schema(m.apiVersion(), m.kind()).map(LoadedSchema::new));
    }

    private Optional<LoadedSchema> schema(SchemaName name) throws IOException {
        String key = name.fileName();
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        Optional<LoadedSchema> result;
        try (InputStream in = locations.open(name)) {
            if (in == null) {
                result = Optional.empty();
            } else {
                result = Optional.of(new LoadedSchema(JsonInput.read(in)));
            }
        }
        cache.put(key, result);
        return result;
    }

    static Finding finding(String rule, Severity severity, Manifest m, String message, String remediation) {
        return new Finding(rule, severity, Stage.SCHEMA, m.file(), m.line(), m.objectRef(), message, remediation, null);
    }
}
