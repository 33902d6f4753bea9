package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.support.EncryptionConfigLimits;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.convention.EncryptionKeyPlaceholder;
import static io.aiplatform.security.core.validate.rules.Maps.list;
import static io.aiplatform.security.core.validate.rules.Maps.map;
import static io.aiplatform.security.core.validate.rules.Maps.strings;

import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The logic of the Secret and EncryptionConfiguration rules. Key material never enters a message. */
final class EncryptionChecks {

    private EncryptionChecks() {
    }

    private record Provider(Manifest config, int resource, int index, String type, Map<String, Object> settings) {
    }

    private static List<Provider> providers(ValidationContext c) {
        List<Provider> result = new ArrayList<>();
        for (Manifest m : c.ofKind("EncryptionConfiguration")) {
            List<Object> resources = list(m.content().get("resources"));
            for (int i = 0; i < resources.size(); i++) {
                List<Object> providers = list(map(resources.get(i)).get("providers"));
                for (int j = 0; j < providers.size(); j++) {
                    Map<String, Object> p = map(providers.get(j));
                    if (p.size() == 1) {
                        String type = p.keySet().iterator().next();
                        result.add(new Provider(m, i, j, type, map(p.get(type))));
                    }
                }
            }
        }
        return result;
    }

    /** Every key secret of every EncryptionConfiguration, placeholders left out. */
    static Set<String> keyMaterial(ValidationContext c) {
        Set<String> keys = new HashSet<>();
        for (Provider p : providers(c)) {
            for (Object k : list(p.settings().get("keys"))) {
                Object secret = map(k).get("secret");
                if (secret != null && !String.valueOf(secret).equals(EncryptionKeyPlaceholder.TEXT)
                        && String.valueOf(secret).length() >= 16) {
                    keys.add(String.valueOf(secret));
                }
            }
        }
        return keys;
    }

    /** A Secret in the manifests whose data looks like a credential: the keys and why, never a value. */
    static List<Hit> secretWithCredentials(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("Secret")) {
            Map<String, String> credentials = SecretCredentials.of(m);
            if (!credentials.isEmpty()) {
                StringBuilder why = new StringBuilder();
                credentials.forEach((key, reason) -> why.append(why.length() == 0 ? "" : "; ").append(key).append(": ")
                        .append(reason));
                hits.add(Hit.on(m, "holds credentials in a manifest meant for Git (" + why + ")"));
            }
        }
        return hits;
    }

    /** A Secret in the manifests with data of which nothing looks like a credential (a config file, a time zone, a URL). */
    static List<Hit> secretWithOtherData(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("Secret")) {
            Map<String, String> entries = SecretCredentials.entries(m);
            if (!entries.isEmpty() && SecretCredentials.of(m).isEmpty()) {
                hits.add(Hit.on(m, "holds data in a manifest meant for Git (" + String.join(", ", new TreeSet<>(entries.keySet()))
                        + "), none of it credential-like"));
            }
        }
        return hits;
    }

    static List<Hit> identityFirst(ValidationContext c) {
        return providers(c).stream().filter(p -> p.index() == 0 && EncryptionProvider.IDENTITY.is(p.type()))
                .map(p -> Hit.on(p.config(), "resources[" + p.resource() + "] stores new Secrets unencrypted:"
                        + " its first provider is identity"))
                .toList();
    }

    static List<Hit> secretsNotCovered(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("EncryptionConfiguration")) {
            boolean covered = list(m.content().get("resources")).stream()
                    .flatMap(r -> strings(map(r).get("resources")).stream())
                    .anyMatch(r -> r.equals("secrets") || r.equals("*.") || r.equals("*.*"));
            if (!covered) {
                hits.add(Hit.on(m, "encrypts no 'secrets'"));
            }
        }
        return hits;
    }

    static List<Hit> duplicateKeyNames(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("EncryptionConfiguration")) {
            Set<String> seen = new HashSet<>();
            Set<String> dupes = new TreeSet<>();
            for (Provider p : providers(c)) {
                if (p.config() != m) {
                    continue;
                }
                for (Object k : list(p.settings().get("keys"))) {
                    String name = String.valueOf(map(k).get("name"));
                    if (!seen.add(p.resource() + "/" + p.type() + "/" + name)) {
                        dupes.add(name);
                    }
                }
            }
            if (!dupes.isEmpty()) {
                hits.add(Hit.on(m, "key names used twice: " + dupes));
            }
        }
        return hits;
    }

    private static List<Hit> keys(ValidationContext c, boolean placeholders) {
        List<Hit> hits = new ArrayList<>();
        for (Provider p : providers(c)) {
            Set<Integer> sizes = EncryptionProvider.ofConfiguration(p.type()).map(EncryptionProvider::keySizes).orElse(Set.of());
            if (sizes.isEmpty()) {
                continue;
            }
            for (Object k : list(p.settings().get("keys"))) {
                String name = String.valueOf(map(k).get("name"));
                String secret = String.valueOf(map(k).get("secret"));
                String where = "resources[" + p.resource() + "]." + p.type() + " key '" + name + "'";
                if (secret.equals(EncryptionKeyPlaceholder.TEXT)) {
                    if (placeholders) {
                        hits.add(Hit.on(p.config(), where + " is the placeholder written when no key was supplied"));
                    }
                    continue;
                }
                if (placeholders) {
                    continue;
                }
                try {
                    byte[] decoded = EncryptionConfigLimits.decodeKey(secret.strip());
                    if (decoded == null) {
                        throw new IllegalArgumentException("not padded standard base64");
                    }
                    int length = decoded.length;
                    if (!sizes.contains(length)) {
                        hits.add(Hit.on(p.config(), where + " is " + length + " bytes; " + p.type() + " needs "
                                + new TreeSet<>(sizes) + " bytes"));
                    }
                } catch (IllegalArgumentException e) {
                    hits.add(Hit.on(p.config(), where + " is not padded standard base64, which the API server requires"));
                }
            }
        }
        return hits;
    }

    static List<Hit> invalidKeys(ValidationContext c) {
        return keys(c, false);
    }

    static List<Hit> placeholderKeys(ValidationContext c) {
        if (c.keyAtDeploy()) {
            return List.of(); // the deployment replaces it; compliance asks for a review instead
        }
        return keys(c, true);
    }

    static List<Hit> aescbc(ValidationContext c) {
        return providers(c).stream().filter(p -> EncryptionProvider.AESCBC.is(p.type()))
                .map(p -> Hit.on(p.config(), "resources[" + p.resource() + "] uses aescbc")).toList();
    }

    static List<Hit> aesgcmRotation(ValidationContext c) {
        if (c.aesgcmRotationAutomated()) {
            return List.of();
        }
        return providers(c).stream().filter(p -> EncryptionProvider.AESGCM.is(p.type()))
                .map(p -> Hit.on(p.config(), "resources[" + p.resource() + "] uses aesgcm without automated rotation"))
                .toList();
    }

    static List<Hit> kmsV1(ValidationContext c) {
        return providers(c).stream().filter(p -> EncryptionProvider.KMS.is(p.type()) && !"v2".equals(String.valueOf(p.settings().get("apiVersion"))))
                .map(p -> Hit.on(p.config(), "resources[" + p.resource() + "] uses KMS v1")).toList();
    }

    static List<Hit> keyMaterialExposed(ValidationContext c) {
        Set<String> keys = keyMaterial(c);
        List<Hit> hits = new ArrayList<>();
        if (!keys.isEmpty()) {
            for (Manifest m : c.manifests()) {
                if ("EncryptionConfiguration".equals(m.kind())) {
                    continue;
                }
                String text = String.valueOf(m.content());
                if (keys.stream().anyMatch(text::contains)) {
                    hits.add(Hit.on(m, "contains encryption key material" + ("ConfigMap".equals(m.kind()) ? " in a ConfigMap" : "")));
                }
            }
            for (Map.Entry<Path, String> f : c.trackedFiles().entrySet()) {
                if (keys.stream().anyMatch(f.getValue()::contains)) {
                    hits.add(Hit.at(f.getKey(), 0, null, "a file in a Git-tracked folder contains encryption key material"));
                }
            }
        }
        for (Map.Entry<Path, String> f : c.trackedFiles().entrySet()) {
            if (f.getValue().contains("EncryptionConfiguration") && f.getValue().contains("secret:")
                    && !f.getValue().contains(EncryptionKeyPlaceholder.TEXT)
                    && hits.stream().noneMatch(h -> f.getKey().equals(h.file()))) {
                hits.add(Hit.at(f.getKey(), 0, null, "an EncryptionConfiguration with keys is in a Git-tracked folder"));
            }
        }
        return hits;
    }
}
