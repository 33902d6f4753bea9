package io.aiplatform.security.core.support;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Kubernetes name rules and "did you mean" suggestions. */
public final class Names {

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private Names() {
    }

    /** A DNS-1123 subdomain: the names of Secrets and ConfigMaps (lower case, digits, '-' and '.', at most 253). */
    public static boolean isDns1123Subdomain(String name) {
        return name != null && name.length() <= 253
                && DNS1123_SUBDOMAIN.matcher(name).matches();
    }

    /** True when {@code name} is a DNS-1123 label: at most 63 lower-case alphanumerics or '-', alphanumeric at both ends. */
    public static boolean isDns1123Label(String name) {
        return name != null && name.length() <= 63 && DNS1123_LABEL.matcher(name).matches();
    }

    /** The candidate closest to {@code input}, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = distance(input.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int limit = Math.max(2, Math.min(input.length(), best.length()) / 3);
        boolean containment = best.contains(input) || input.contains(best);
        return bestDistance <= limit || containment ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
