package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a ConfigMap or Secret manifest: {@code data} (a Secret's base64-decoded) and, for a Secret,
 * {@code stringData}, which wins over {@code data} as the API server merges them. {@code binaryData} is
 * no environment and is not read.
 */
final class ConfigMapsAndSecrets {

    private ConfigMapsAndSecrets() {
    }

    /** The ConfigMap or Secret a manifest document defines, if it is one; a key that is not base64 is a warning. */
    static Optional<ConfigData> of(Map<String, ConfigValue> props, Consumer<Problem> warnings) {
        ConfigValue kind = props.get("kind");
        ConfigValue name = props.get("metadata.name");
        if (kind == null || name == null
                || !(kind.value().equals(ConfigData.CONFIG_MAP) || kind.value().equals(ConfigData.SECRET))) {
            return Optional.empty();
        }
        boolean secret = kind.value().equals(ConfigData.SECRET);
        Map<String, ConfigData.Entry> entries = new LinkedHashMap<>();
        for (ConfigValue v : props.values()) {
            if (v.key().startsWith("data.")) {
                String key = v.key().substring("data.".length());
                String value = secret ? decoded(v, name.value(), key, warnings) : v.value();
                if (value != null) {
                    entries.put(key, new ConfigData.Entry(value, v.file(), v.line()));
                }
            }
        }
        if (secret) {
            props.values().stream().filter(v -> v.key().startsWith("stringData.")).forEach(v -> entries.put(
                    v.key().substring("stringData.".length()), new ConfigData.Entry(v.value(), v.file(), v.line())));
        }
        return Optional.of(new ConfigData(kind.value(), name.value(), name.file(), name.line(), entries));
    }

    /** A Secret's {@code data} value decoded, or null after a warning naming the Secret and key (never the value). */
    private static String decoded(ConfigValue v, String secret, String key, Consumer<Problem> warnings) {
        try {
            return new String(Base64.getMimeDecoder().decode(v.value()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            warnings.accept(new Problem(v.file(), v.line(), null, "Secret " + secret + " key " + key + " is not valid"
                    + " base64, which the API server refuses; it is not read, so a connection it sets is not derived"
                    + " (encode the value, or move it to stringData)"));
            return null;
        }
    }
}
