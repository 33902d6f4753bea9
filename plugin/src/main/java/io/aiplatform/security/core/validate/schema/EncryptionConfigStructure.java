package io.aiplatform.security.core.validate.schema;

import io.aiplatform.security.core.support.EncryptionConfigLimits;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The EncryptionConfiguration has no upstream JSON Schema: its structure is checked here. */
public final class EncryptionConfigStructure {

    static final Set<String> PROVIDERS = Set.copyOf(EncryptionProvider.configurationIds());

    public List<Finding> check(List<Manifest> manifests) {
        List<Finding> findings = new ArrayList<>();
        for (Manifest m : manifests) {
            if ("EncryptionConfiguration".equals(m.kind())) {
                checkConfiguration(m, findings);
            }
        }
        return findings;
    }

    /** One EncryptionConfiguration: its apiVersion, its fields and each entry of its resources. */
    private static void checkConfiguration(Manifest m, List<Finding> findings) {
        if (!"apiserver.config.k8s.io/v1".equals(m.apiVersion())) {
            findings.add(f(m, "apiVersion is '" + m.apiVersion() + "', not apiserver.config.k8s.io/v1"));
        }
        for (String key : m.content().keySet()) {
            if (!Set.of("apiVersion", "kind", "resources").contains(key)) {
                findings.add(f(m, "unknown field '" + key + "'"));
            }
        }
        if (!(m.content().get("resources") instanceof List<?> resources) || resources.isEmpty()) {
            findings.add(f(m, "resources must be a non-empty list"));
            return;
        }
        for (int i = 0; i < resources.size(); i++) {
            checkResource(m, "resources[" + i + "]", resources.get(i), findings);
        }
    }

    /** One entry of resources ({@code at}): its fields, the resources it encrypts and each of its providers. */
    private static void checkResource(Manifest m, String at, Object entry, List<Finding> findings) {
        if (!(entry instanceof Map<?, ?> r)) {
            findings.add(f(m, at + " must be a mapping"));
            return;
        }
        for (Object key : r.keySet()) {
            if (!Set.of("resources", "providers").contains(String.valueOf(key))) {
                findings.add(f(m, at + " has the unknown field '" + key + "'"));
            }
        }
        if (!(r.get("resources") instanceof List<?> names) || names.isEmpty()) {
            findings.add(f(m, at + ".resources must list the resources it encrypts, e.g. [secrets]"));
        }
        if (!(r.get("providers") instanceof List<?> providers) || providers.isEmpty()) {
            findings.add(f(m, at + ".providers must be a non-empty list"));
            return;
        }
        for (int j = 0; j < providers.size(); j++) {
            checkProvider(m, at + ".providers[" + j + "]", providers.get(j), findings);
        }
    }

    /** One provider ({@code at}): exactly one known type, and what that type needs (keys, or a KMS plugin's settings). */
    private static void checkProvider(Manifest m, String at, Object provider, List<Finding> findings) {
        if (!(provider instanceof Map<?, ?> p) || p.size() != 1
                || !PROVIDERS.contains(String.valueOf(p.keySet().iterator().next()))) {
            findings.add(f(m, at + " must hold exactly one of " + PROVIDERS.stream().sorted().toList()));
            return;
        }
        String type = String.valueOf(p.keySet().iterator().next());
        Object config = p.get(type);
        if (EncryptionProvider.IDENTITY.is(type)) {
            return;
        }
        if (!(config instanceof Map<?, ?> c)) {
            findings.add(f(m, at + "." + type + " must be a mapping"));
            return;
        }
        if (EncryptionProvider.KMS.is(type)) {
            checkKms(m, at, c, findings);
        } else if (!(c.get("keys") instanceof List<?> keys) || keys.isEmpty()) {
            findings.add(f(m, at + "." + type + ".keys must be a non-empty list"));
        } else {
            for (Object k : keys) {
                if (!(k instanceof Map<?, ?> key) || key.get("name") == null || key.get("secret") == null) {
                    findings.add(f(m, at + "." + type + ".keys entries need name and secret"));
                }
            }
        }
    }

    /** A KMS provider ({@code at}): name and endpoint, and the limits of its endpoint, timeout and name. */
    private static void checkKms(Manifest m, String at, Map<?, ?> c, List<Finding> findings) {
        if (c.get("name") == null || (c.get("endpoint") == null)) {
            findings.add(f(m, at + ".kms needs name and endpoint"));
        }
        String version = c.get("apiVersion") == null ? "v1" : String.valueOf(c.get("apiVersion"));
        for (String problem : new String[] {
                c.get("endpoint") == null ? null : EncryptionConfigLimits.endpointProblem(c.get("endpoint")),
                EncryptionConfigLimits.timeoutProblem(c.get("timeout")),
                c.get("name") == null ? null : EncryptionConfigLimits.kmsNameProblem(c.get("name"), version)}) {
            if (problem != null) {
                findings.add(f(m, at + ".kms " + problem));
            }
        }
    }

    private static Finding f(Manifest m, String message) {
        return new Finding("SCHEMA-ENCRYPTION-CONFIG", Severity.ERROR, Stage.SCHEMA, m.file(), m.line(), m.objectRef(),
                message, "write the EncryptionConfiguration as the Kubernetes documentation describes", null);
    }
}
