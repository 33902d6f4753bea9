package io.aiplatform.security.core.validate.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Image tags that by convention move to newer images: {@code latest} and the channel and branch names publishers
 * re-point ({@code stable}, {@code main}, {@code nightly}, ...), alone or as the last part of a tag
 * ({@code java25-latest}, {@code 3-alpine-edge}), and Maven's {@code -SNAPSHOT} versions.
 */
final class RollingTags {

    private static final Set<String> CHANNELS = Set.of("latest", "stable", "main", "master", "edge", "nightly", "dev",
            "develop", "development", "snapshot", "current", "rolling", "canary", "unstable", "next",
            "head", "trunk", "lts", "mainline", "weekly", "daily");
    private static final Pattern LAST_PART = Pattern.compile(".*[-_.]([a-z]+)$");

    private RollingTags() {
    }

    static boolean moves(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (CHANNELS.contains(t)) {
            return true;
        }
        var last = LAST_PART.matcher(t);
        return last.matches() && CHANNELS.contains(last.group(1));
    }
}
