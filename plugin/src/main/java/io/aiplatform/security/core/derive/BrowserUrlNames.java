package io.aiplatform.security.core.derive;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names that say a URL is where the user's browser is sent (catalog data: {@code browser-url-names.txt}): a payment
 * provider's return and cancel URLs, an authorization server's redirect URI. Such a URL is handed to a third party,
 * which sends the browser there; the service opens no connection to it. A name matches in its relaxed form, whole or
 * as its end ({@code returnUrl}, {@code paypal-return-url}, {@code post-logout-redirect-uri}).
 */
public final class BrowserUrlNames {

    private static final List<String> NAMES = CatalogData.lines("browser-url-names.txt").stream()
            .map(parts -> ConfigKeys.uniform(parts[0])).toList();
    /** A key's trailing list indexes ({@code [0]}, {@code [0][name]}). */
    private static final Pattern INDEXES = Pattern.compile("(\\[[^\\]]*])+$");

    private BrowserUrlNames() {
    }

    /** The catalog name that {@code name} (a key's element or a Java identifier) ends with; empty when none. */
    public static Optional<String> of(String name) {
        String uniform = ConfigKeys.uniform(ConfigKeys.canonical(name));
        return NAMES.stream().filter(uniform::endsWith).findFirst();
    }

    /** Whether the last element of {@code key} (its list indexes left out) names a browser URL. */
    public static boolean namesKey(String key) {
        String canonical = ConfigKeys.canonical(key);
        if (canonical.endsWith("]")) { // asked for every key of every service: no pattern matched when it cannot match
            canonical = INDEXES.matcher(canonical).replaceAll("");
        }
        int dot = canonical.lastIndexOf('.');
        return of(canonical.substring(dot + 1)).isPresent();
    }
}
