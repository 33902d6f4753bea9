package io.aiplatform.security.core.support;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the API server checks in an EncryptionConfiguration before it starts with it, shared by
 * generate-security, validate-security and rotate-keys-plan: keys in standard, padded base64 (it
 * decodes strictly), KMS endpoints on a unix socket, positive timeouts, KMS v2 names without ':'.
 * Each check returns null when the value is accepted, else what is wrong; never the value of a key.
 */
public final class EncryptionConfigLimits {

    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]*)?)(ns|us|µs|ms|s|m|h)");

    private EncryptionConfigLimits() {
    }

    /** The decoded key, or null when the text is not padded standard base64 (length a multiple of 4). */
    public static byte[] decodeKey(String base64) {
        if (base64 == null || base64.isEmpty() || base64.length() % 4 != 0) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String endpointProblem(Object endpoint) {
        String e = endpoint == null ? "" : String.valueOf(endpoint);
        if (!e.startsWith("unix://") || e.length() == "unix://".length()) {
            return "endpoint '" + e + "' is not a unix socket (unix:///path/to/kms.sock): the API server talks to KMS"
                    + " plugins only over a local unix socket";
        }
        return null;
    }

    /** A Go duration the API server takes as a KMS timeout: positive, e.g. 3s or 500ms. */
    public static String timeoutProblem(Object timeout) {
        if (timeout == null) {
            return null;
        }
        String t = String.valueOf(timeout).strip();
        Matcher m = DURATION.matcher(t);
        int end = 0;
        double total = 0;
        while (m.find() && m.start() == end) {
            total += Double.parseDouble(m.group(1));
            end = m.end();
        }
        if (t.isEmpty() || end != t.length()) {
            return "timeout '" + t + "' is not a duration such as 3s or 500ms";
        }
        return total > 0 ? null : "timeout '" + t + "' must be more than zero";
    }

    public static String kmsNameProblem(Object name, String apiVersion) {
        String n = name == null ? "" : String.valueOf(name);
        if (n.isBlank()) {
            return "the KMS provider needs a name";
        }
        if ("v2".equals(apiVersion) && n.contains(":")) {
            return "KMS v2 name '" + n + "' contains ':', which the API server refuses";
        }
        return null;
    }
}
