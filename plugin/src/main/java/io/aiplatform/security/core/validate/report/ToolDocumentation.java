package io.aiplatform.security.core.validate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the plugin is documented, for the SARIF report: the site (the plugin's {@code <url>}, written into
 * {@code documentation.properties} by the build) and, on it, the rules page with an anchor per rule id
 * ({@code rules.html#derive-unknown-host}).
 */
final class ToolDocumentation {

    static final String RULES_PAGE = "rules.html";

    private final String site;

    private ToolDocumentation(String site) {
        this.site = site;
    }

    /** The documentation the build recorded; none when the resource was not filled in (a run outside the build). */
    static ToolDocumentation builtIn() {
        Properties p = new Properties();
        try (InputStream in = ToolDocumentation.class.getResourceAsStream("documentation.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String site = p.getProperty("site", "").strip();
        return new ToolDocumentation(site.startsWith("https://") || site.startsWith("http://") ? trimmed(site) : null);
    }

    /** The site's address without a trailing slash; null when unknown. */
    String site() {
        return site;
    }

    /** The rules page's anchor for {@code ruleId}; null when the site is unknown. */
    String rule(String ruleId) {
        return site == null ? null : site + "/" + RULES_PAGE + "#" + ruleId.toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
