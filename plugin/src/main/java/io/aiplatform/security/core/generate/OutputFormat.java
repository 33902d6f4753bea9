package io.aiplatform.security.core.generate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The shapes {@code generate-security} can write the security layer in. */
public enum OutputFormat {
    /** {@code manifests/}: one file per object and a kustomization.yaml listing them. */
    KUSTOMIZE,
    /** {@code helm/<platform>-security/}: the same objects as a Helm chart with values switches. */
    HELM,
    /** Adds an External Secrets Operator ExternalSecret per declared Secret to the other formats' objects. */
    EXTERNAL_SECRETS;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a comma-separated list such as {@code kustomize,helm}; order and repeats do not matter. */
    public static Set<OutputFormat> parse(String spec) {
        EnumSet<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String part : (spec == null ? "" : spec).split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            formats.add(Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("formats names '" + id
                            + "', which is not an output format; use kustomize, helm, external-secrets or a"
                            + " combination such as kustomize,helm,external-secrets")));
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats is empty; use kustomize, helm or kustomize,helm");
        }
        if (formats.equals(EnumSet.of(EXTERNAL_SECRETS))) {
            throw new IllegalArgumentException("formats=external-secrets adds ExternalSecrets to the kustomize or helm"
                    + " output; use kustomize,external-secrets or helm,external-secrets");
        }
        return Set.copyOf(formats);
    }
}
