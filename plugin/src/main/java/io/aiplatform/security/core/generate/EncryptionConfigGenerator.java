package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.convention.EncryptionKeyPlaceholder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code apiserver.config.k8s.io/v1} EncryptionConfiguration for Secrets: the configured
 * provider first (it encrypts new writes), {@code identity} last (so existing plain Secrets stay
 * readable until they are rewritten). There is no fabric8 model for this kind, so it is built as
 * an ordered map and written by the same serializer as every other object.
 */
public final class EncryptionConfigGenerator {

    public Map<String, Object> generate(EncryptionSettings settings) {
        Map<String, Object> provider = new LinkedHashMap<>();
        EncryptionProvider p = settings.provider();
        if (p == EncryptionProvider.KMS) {
            Map<String, Object> kms = new LinkedHashMap<>();
            kms.put("apiVersion", "v2");
            kms.put("name", settings.kmsName());
            kms.put("endpoint", settings.kmsEndpoint());
            kms.put("timeout", settings.kmsTimeout());
            provider.put(EncryptionProvider.KMS.id(), kms);
        } else {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("name", settings.keyName());
            key.put("secret", settings.key() == null ? EncryptionKeyPlaceholder.TEXT : settings.key().reveal());
            provider.put(p.id(), Map.of("keys", List.of(key)));
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("resources", List.of("secrets"));
        resource.put("providers", List.of(provider, Map.of(EncryptionProvider.IDENTITY.id(), Map.of())));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiVersion", "apiserver.config.k8s.io/v1");
        config.put("kind", "EncryptionConfiguration");
        config.put("resources", List.of(resource));
        return config;
    }
}
