package io.aiplatform.security.core.helm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Maven project version into the SemVer 2 version Helm requires of a chart:
 * {@code 1.4} → {@code 1.4.0}, {@code 0.1.0-SNAPSHOT} stays, {@code 2.0.0.RELEASE} → {@code 2.0.0-RELEASE},
 * {@code 1.0-beta_1} → {@code 1.0.0-beta-1}.
 */
public final class ChartVersion {

    private static final Pattern MAVEN = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.\\-_]?(.*?))?(?:\\+(.*))?");

    private ChartVersion() {
    }

    public static String of(String mavenVersion) {
        Matcher m = mavenVersion == null ? null : MAVEN.matcher(mavenVersion.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("the version '" + mavenVersion + "' does not start with a number, so it"
                    + " cannot become a SemVer chart version; set <chartVersion> (-Dai-security.chartVersion=1.0.0)");
        }
        StringBuilder v = new StringBuilder()
                .append(number(m.group(1))).append('.')
                .append(number(m.group(2))).append('.')
                .append(number(m.group(3)));
        String pre = identifiers(m.group(4));
        if (!pre.isEmpty()) {
            v.append('-').append(pre);
        }
        String build = identifiers(m.group(5));
        if (!build.isEmpty()) {
            v.append('+').append(build);
        }
        return v.toString();
    }

    private static String number(String digits) {
        return digits == null ? "0" : new BigInteger(digits).toString();
    }

    /** Dot-separated identifiers of [0-9A-Za-z-], numeric ones without leading zeros, empty ones dropped. */
    private static String identifiers(String raw) {
        if (raw == null) {
            return "";
        }
        List<String> ids = new ArrayList<>();
        for (String part : raw.split("\\.")) {
            String id = part.replaceAll("[^0-9A-Za-z-]", "-");
            if (id.isEmpty()) {
                continue;
            }
            ids.add(id.chars().allMatch(Character::isDigit) ? number(id) : id);
        }
        return String.join(".", ids);
    }
}
