package io.aiplatform.security.core.validate.schema;

import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schemas of custom resources, read from the CustomResourceDefinitions (apiextensions.k8s.io/v1) among the
 * manifests or in the {@code crdDirectories}: one strict schema per served version ({@link CrdSchemaConversion}), by
 * {@code <group>/<version>} and kind. A CRD that gives a served version no {@code openAPIV3Schema} is a finding.
 */
public final class CrdSchemas {

    static final String CRD_API_VERSION = "apiextensions.k8s.io/v1";

    private final Map<String, Object> schemas;
    private final List<Finding> findings;

    private CrdSchemas(Map<String, Object> schemas, List<Finding> findings) {
        this.schemas = Map.copyOf(schemas);
        this.findings = List.copyOf(findings);
    }

    /** No CRDs: every custom resource stays without a schema. */
    public static final CrdSchemas NONE = new CrdSchemas(Map.of(), List.of());

    /** Reads every CRD of {@code manifests}; the first definition of a group, version and kind wins. */
    public static CrdSchemas of(List<Manifest> manifests) {
        Map<String, Object> schemas = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Manifest m : manifests) {
            if (isCrd(m)) {
                read(m, schemas, findings);
            }
        }
        return new CrdSchemas(schemas, findings);
    }

    public static boolean isCrd(Manifest m) {
        return "CustomResourceDefinition".equals(m.kind()) && CRD_API_VERSION.equals(m.apiVersion());
    }

    /** The schema of {@code apiVersion}/{@code kind} as plain values, when a CRD defines it. */
    public Optional<Object> schema(String apiVersion, String kind) {
        return Optional.ofNullable(schemas.get(apiVersion + " " + kind));
    }

    /** What was wrong with the CRDs read. */
    public List<Finding> findings() {
        return findings;
    }

    public int size() {
        return schemas.size();
    }

    private static void read(Manifest crd, Map<String, Object> schemas, List<Finding> findings) {
        Map<?, ?> spec = crd.content().get("spec") instanceof Map<?, ?> s ? s : Map.of();
        Object group = spec.get("group");
        Object kind = spec.get("names") instanceof Map<?, ?> names ? names.get("kind") : null;
        if (!(group instanceof String) || !(kind instanceof String) || !(spec.get("versions") instanceof List<?> versions)) {
            findings.add(BuiltInSchemaValidator.finding("SCHEMA", Severity.ERROR, crd,
                    "the CustomResourceDefinition lacks spec.group, spec.names.kind or spec.versions",
                    "give the CRD's group, kind and versions as apiextensions.k8s.io/v1 requires"));
            return;
        }
        for (Object v : versions) {
            Map<?, ?> version = v instanceof Map<?, ?> map ? map : Map.of();
            if (!Boolean.TRUE.equals(version.get("served"))) {
                continue;
            }
            Object schema = version.get("schema") instanceof Map<?, ?> s ? s.get("openAPIV3Schema") : null;
            if (!(schema instanceof Map<?, ?> openApi)) {
                findings.add(BuiltInSchemaValidator.finding("SCHEMA", Severity.ERROR, crd, "served version "
                        + version.get("name") + " has no schema.openAPIV3Schema, which apiextensions.k8s.io/v1 requires",
                        "give the version its structural schema"));
                continue;
            }
            String apiVersion = group + "/" + version.get("name");
            schemas.putIfAbsent(apiVersion + " " + kind, CrdSchemaConversion.strict(openApi, apiVersion, (String) kind));
        }
    }
}
