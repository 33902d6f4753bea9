package io.aiplatform.security.core.derive;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The release name a chart is rendered under: its {@code name}, when Helm takes that as a release name (a
 * DNS-1123 subdomain of at most 53 characters, Helm's {@code chartutil.ValidateReleaseName}); else the name
 * made one, as a user must when installing it ({@code EoloPlanner}, {@code My_Chart} are valid chart names but
 * no release names: {@code helm install eoloplanner ./helm/EoloPlanner}): lower case, every run of other
 * characters a dash, without leading or trailing dashes, cut to 53.
 */
final class HelmReleaseName {

    /** Helm's release name pattern (pkg/chart/v2/util/validate_name.go). */
    private static final Pattern VALID = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final int MAX_LENGTH = 53;
    /** Used when nothing of the chart's name is left. */
    private static final String FALLBACK = "release";

    private HelmReleaseName() {
    }

    /** {@code chartName} as a release name Helm accepts. */
    static String of(String chartName) {
        if (chartName.length() <= MAX_LENGTH && VALID.matcher(chartName).matches()) {
            return chartName;
        }
        String name = trimDashes(chartName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (name.length() > MAX_LENGTH) {
            name = trimDashes(name.substring(0, MAX_LENGTH));
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    private static String trimDashes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '-') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '-') {
            end--;
        }
        return name.substring(start, end);
    }
}
