package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.validate.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which entries of a Secret look like credentials: by the Secret's type, the key's name (password, token, secret,
 * credentials, key, ...) or the value's shape (a PEM private key, a JWT, a URL with a password, a long high-entropy
 * string). Only the reason is kept: a value never leaves this class.
 */
final class SecretCredentials {

    /** Secret types whose data is a credential by definition (the built-in types of the Kubernetes documentation). */
    private static final Set<String> CREDENTIAL_TYPES = Set.of("kubernetes.io/basic-auth", "kubernetes.io/ssh-auth",
            "kubernetes.io/tls", "kubernetes.io/dockercfg", "kubernetes.io/dockerconfigjson",
            "kubernetes.io/service-account-token", "bootstrap.kubernetes.io/token");
    private static final Set<String> CREDENTIAL_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "pass", "token",
            "secret", "secrets", "credential", "credentials", "key", "apikey", "privatekey", "keystore", "htpasswd",
            "dockercfg", "dockerconfigjson", "jwt", "bearer", "sasl", "jaas");
    private static final Pattern WORD = Pattern.compile("[a-z]+|[A-Z][a-z]+|[A-Z]+(?![a-z])|[0-9]+");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*");
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*:[^/\\s@]+@");
    private static final int HIGH_ENTROPY_LENGTH = 20;
    private static final double HIGH_ENTROPY_BITS = 3.5;

    private SecretCredentials() {
    }

    /** Each data and stringData key of {@code secret} that looks like a credential, with why; sorted by key. */
    static Map<String, String> of(Manifest secret) {
        Map<String, String> found = new TreeMap<>();
        boolean byType = CREDENTIAL_TYPES.contains(String.valueOf(secret.content().get("type")));
        entries(secret).forEach((key, value) -> {
            String why = byType ? "its type is " + secret.content().get("type") : reason(key, value);
            if (why != null) {
                found.put(key, why);
            }
        });
        return found;
    }

    /** Every key with its plain value: {@code data} base64-decoded (as written when it is no base64), then {@code stringData}. */
    static Map<String, String> entries(Manifest secret) {
        Map<String, String> all = new HashMap<>();
        Maps.map(secret.content().get("data")).forEach((k, v) -> all.put(k, decoded(v)));
        Maps.map(secret.content().get("stringData")).forEach((k, v) -> all.put(k, v == null ? "" : String.valueOf(v)));
        return all;
    }

    private static String reason(String key, String value) {
        if (namesCredential(key)) {
            return "its name says credential";
        }
        if (PRIVATE_KEY.matcher(value).find()) {
            return "it holds a PEM private key";
        }
        if (JWT.matcher(value).find()) {
            return "it holds a JSON Web Token";
        }
        if (URL_WITH_PASSWORD.matcher(value).find()) {
            return "it holds a URL with a password";
        }
        if (highEntropy(value.strip())) {
            return "it is a long random-looking string";
        }
        return null;
    }

    /** Whether a word of the key (split at separators and camel case: {@code DB_PASSWORD}, {@code apiKey}, {@code tls.key}) names a credential. */
    static boolean namesCredential(String key) {
        var words = WORD.matcher(key);
        while (words.find()) {
            if (CREDENTIAL_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return CREDENTIAL_WORDS.contains(key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
    }

    /** One token of at least 20 characters, letters and digits mixed, whose characters carry at least 3.5 bits each. */
    static boolean highEntropy(String value) {
        if (value.length() < HIGH_ENTROPY_LENGTH || value.chars().anyMatch(Character::isWhitespace) || value.contains("://")) {
            return false;
        }
        if (value.chars().noneMatch(Character::isDigit) || value.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        value.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
        double bits = 0;
        for (int n : counts.values()) {
            double p = (double) n / value.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits >= HIGH_ENTROPY_BITS;
    }

    private static String decoded(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        try {
            return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return text;
        }
    }
}
