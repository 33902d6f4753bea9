package io.aiplatform.security.core.rotate;

import io.aiplatform.security.core.support.EncryptionProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One provider of an EncryptionConfiguration: its type ({@code secretbox}, {@code aesgcm},
 * {@code aescbc}, {@code kms}, {@code identity}), its keys (local providers) or its KMS settings.
 */
public record ProviderConfig(String type, List<EncryptionKeyEntry> keys, Map<String, Object> kms) {

    public ProviderConfig {
        keys = List.copyOf(keys);
        kms = kms == null ? Map.of() : Map.copyOf(kms);
    }

    public static ProviderConfig identity() {
        return new ProviderConfig(EncryptionProvider.IDENTITY.id(), List.of(), Map.of());
    }

    public boolean isIdentity() {
        return EncryptionProvider.IDENTITY.is(type);
    }

    public boolean isKms() {
        return EncryptionProvider.KMS.is(type);
    }

    /** The KMS API version: {@code v2}, or {@code v1} where the configuration names none (the API server's default). */
    public String kmsApiVersion() {
        return String.valueOf(kms.getOrDefault("apiVersion", "v1"));
    }

    /** A KMS v1 provider: deprecated, its data encryption keys cached ({@code cachesize}), no key ID. */
    public boolean isKmsV1() {
        return isKms() && kmsApiVersion().equals("v1");
    }

    public ProviderConfig withKeys(List<EncryptionKeyEntry> newKeys) {
        return new ProviderConfig(type, newKeys, kms);
    }

    /** The provider as the ordered map the serializer writes. */
    public Map<String, Object> toMap() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (isKms()) {
            if (kms.containsKey("apiVersion")) {
                body.put("apiVersion", kms.get("apiVersion"));
            }
            body.put("name", kms.get("name"));
            if (kms.get("cachesize") != null) {
                body.put("cachesize", kms.get("cachesize"));
            }
            body.put("endpoint", kms.get("endpoint"));
            if (kms.get("timeout") != null) {
                body.put("timeout", kms.get("timeout"));
            }
        } else if (!isIdentity()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (EncryptionKeyEntry k : keys) {
                Map<String, Object> key = new LinkedHashMap<>();
                key.put("name", k.name());
                key.put("secret", k.secret());
                list.add(key);
            }
            body.put("keys", list);
        }
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put(type, body);
        return provider;
    }

    /** The prefix a Secret written by this provider carries in etcd, e.g. {@code k8s:enc:secretbox:v1:key1:}. */
    public String prefix() {
        if (isIdentity()) {
            return "(no prefix: plain text)";
        }
        if (isKms()) {
            return "k8s:enc:kms:" + kmsApiVersion() + ":" + kms.get("name") + ":";
        }
        return "k8s:enc:" + type + ":v1:" + keys.get(0).name() + ":";
    }
}
