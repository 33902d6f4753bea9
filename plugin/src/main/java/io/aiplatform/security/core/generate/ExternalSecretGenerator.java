package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.descriptor.ObjectAccess;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One External Secrets Operator {@code ExternalSecret} (external-secrets.io/v1) per Secret the
 * services declare: the operator creates the Secret from the secret manager, so no Secret value
 * ever lives in Git. A Secret every declaring service marks {@code immutable} becomes an immutable
 * Secret, read once.
 */
public final class ExternalSecretGenerator {

    public static final String API_VERSION = "external-secrets.io/v1";
    public static final String KIND = "ExternalSecret";

    private final PlatformSettings platform;
    private final ExternalSecretsSettings settings;

    public ExternalSecretGenerator(PlatformSettings platform, ExternalSecretsSettings settings) {
        this.platform = platform;
        this.settings = settings;
    }

    /** By Secret name, sorted. */
    public Map<String, GenericKubernetesResource> generate(ServiceGraph graph) {
        Map<String, List<ObjectAccess>> declared = new TreeMap<>();
        for (Service s : graph.services()) {
            for (ObjectAccess secret : s.descriptor().secrets()) {
                declared.computeIfAbsent(secret.name(), k -> new ArrayList<>()).add(secret);
            }
        }
        Map<String, GenericKubernetesResource> result = new TreeMap<>();
        declared.forEach((name, uses) -> result.put(name, externalSecret(name,
                uses.stream().allMatch(ObjectAccess::immutable))));
        return result;
    }

    private GenericKubernetesResource externalSecret(String name, boolean immutable) {
        Map<String, Object> storeRef = new LinkedHashMap<>();
        storeRef.put("kind", settings.storeKind());
        storeRef.put("name", settings.storeName());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("creationPolicy", "Owner");
        target.put("deletionPolicy", "Retain");
        target.put("immutable", immutable);
        target.put("name", name);
        Map<String, Object> extract = new LinkedHashMap<>();
        extract.put("key", settings.remoteKey(platform.platform(), platform.namespace(), name));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("dataFrom", List.of(Map.of("extract", extract)));
        spec.put("refreshInterval", immutable ? "0s" : settings.refreshInterval()); // 0s: read once
        spec.put("secretStoreRef", storeRef);
        spec.put("target", target);
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(API_VERSION).withKind(KIND)
                .withNewMetadata().withName(name).withNamespace(platform.namespace())
                .withLabels(platform.commonLabels()).endMetadata()
                .addToAdditionalProperties("spec", spec)
                .build();
    }
}
