package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keys whose URL a service hands to the user's browser and never connects to itself (catalog data:
 * {@code browser-urls.txt}): an OAuth2 client's redirect URI, where the authorization server sends the browser back,
 * and the authorization endpoint the client sends the browser to ({@code
 * spring.security.oauth2.client.registration.web.redirect-uri: http://127.0.0.1:8090/authorized}). The service's own
 * OAuth2 connections are to the issuer, token, JWK set and user-info endpoints, whose keys stay connections.
 */
public final class BrowserUrlKeys {

    /** What the browser does with the URL of a key. */
    public enum Kind {
        /** The authorization server sends the browser back there after login or logout. */
        REDIRECT,
        /** The client sends the browser there to log in. */
        AUTHORIZATION
    }

    /** {@code head}: the pattern's uniform elements before its first wildcard, which every key it matches starts with. */
    private record Entry(Pattern pattern, Kind kind, String head) {
    }

    private static final List<Entry> ENTRIES = load();

    private BrowserUrlKeys() {
    }

    /** What the browser does with the URL of {@code key}; empty for a key the service itself may connect with. */
    public static Optional<Kind> of(String key) {
        String uniform = ConfigKeys.uniform(key);
        for (Entry e : ENTRIES) {
            if (uniform.startsWith(e.head()) && e.pattern().matcher(uniform).matches()) {
                return Optional.of(e.kind());
            }
        }
        return Optional.empty();
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] parts : CatalogData.lines("browser-urls.txt")) {
            if (parts.length != 2) {
                throw new IllegalStateException(CatalogData.shown("browser-urls.txt") + ": not 'key-pattern kind': "
                        + String.join(" ", parts));
            }
            entries.add(new Entry(pattern(parts[0]), Kind.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)),
                    head(parts[0])));
        }
        return List.copyOf(entries);
    }

    /** The uniform elements of {@code pattern} before the first {@code *} or {@code [*]} ("" when it starts with one). */
    static String head(String pattern) {
        StringBuilder head = new StringBuilder();
        for (String element : pattern.split("\\.")) {
            if (element.isEmpty() || element.equals("*") || element.contains("[*]")) {
                break;
            }
            head.append(head.length() == 0 ? "" : ".").append(ConfigKeys.uniform(element));
        }
        return head.toString();
    }

    /**
     * The pattern's uniform keys as a regular expression: {@code *} one element (a name, or a bracketed key such as
     * {@code [web]}), {@code [*]} any index, a final dot every key below, and list indexes after the key.
     */
    static Pattern pattern(String pattern) {
        boolean below = pattern.endsWith(".");
        String[] elements = (below ? pattern.substring(0, pattern.length() - 1) : pattern).split("\\.");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            String element = elements[i];
            if (element.equals("*")) {
                regex.append(i == 0 ? "(?:\\[[^\\]]*]|[^.\\[\\]]+)" : "(?:\\.?\\[[^\\]]*]|\\.[^.\\[\\]]+)");
            } else {
                regex.append(i == 0 ? "" : "\\.");
                String[] indexed = ConfigKeys.uniform(element).split("\\[\\*]", -1);
                for (int j = 0; j < indexed.length; j++) {
                    regex.append(j == 0 ? "" : "\\[[^\\]]*]").append(Pattern.quote(indexed[j]));
                }
            }
        }
        regex.append(below ? "[.\\[].*" : "(?:\\[[^\\]]*])*");
        return Pattern.compile(regex.toString());
    }
}
