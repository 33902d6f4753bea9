package io.aiplatform.security.core.validate.schema;

import java.util.Locale;

/**
 * The file name kubeconform's layout gives the schema of a kind: {@code <kind>[-<group>]-<version>.json},
 * where group is the first label of the API group ({@code networking} for networking.k8s.io) and
 * absent for the core group.
 */
public record SchemaName(String kind, String group, String version) {

    public static SchemaName of(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
        return new SchemaName(kind, group, version);
    }

    /** {@code -networking-v1} or {@code -v1}. */
    public String kindSuffix() {
        String g = group.isEmpty() ? "" : "-" + group.split("\\.")[0].toLowerCase(Locale.ROOT);
        return g + "-" + version.toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return kind.toLowerCase(Locale.ROOT) + kindSuffix() + ".json";
    }

    /**
     * Expands a kubeconform schema-location template: {@code {{ .NormalizedKubernetesVersion }}},
     * {@code {{ .StrictSuffix }}}, {@code {{ .ResourceKind }}}, {@code {{ .KindSuffix }}},
     * {@code {{ .Group }}}, {@code {{ .ResourceAPIVersion }}} (spaces inside the braces optional).
     */
    public String expand(String template, String kubernetesVersion, boolean strict) {
        String normalized = kubernetesVersion.equals("master") ? "master"
                : kubernetesVersion.startsWith("v") ? kubernetesVersion : "v" + kubernetesVersion;
        return template
                .replaceAll("\\{\\{\\s*\\.NormalizedKubernetesVersion\\s*}}", normalized)
                .replaceAll("\\{\\{\\s*\\.StrictSuffix\\s*}}", strict ? "-strict" : "")
                .replaceAll("\\{\\{\\s*\\.ResourceKind\\s*}}", kind.toLowerCase(Locale.ROOT))
                .replaceAll("\\{\\{\\s*\\.KindSuffix\\s*}}", kindSuffix())
                .replaceAll("\\{\\{\\s*\\.Group\\s*}}", group)
                .replaceAll("\\{\\{\\s*\\.ResourceAPIVersion\\s*}}", version);
    }
}
