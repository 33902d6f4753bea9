package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One connection URL as RFC 3986 and the drivers' documented forms write it: {@code
 * scheme://userinfo@host:port/path?query#fragment} with IPv6 literals in brackets and host lists
 * ({@code jdbc:postgresql://h1:5432,h2:5433/db}, {@code mongodb://u:p@h1,h2/db?replicaSet=x}), JDBC
 * and R2DBC prefixes ({@code jdbc:mysql:loadbalance://}, {@code r2dbc:pool:postgresql://}), the
 * SQL Server properties after {@code ;}, MySQL's {@code (host=…,port=…)} and {@code
 * address=(host=…)(port=…)} and Oracle's thin forms ({@code @//host:1521/svc}, {@code @host:1521:sid},
 * {@code user/password@…}, {@code (DESCRIPTION=…(HOST=h)(PORT=p)…)}).
 *
 * <p>What it keeps is the scheme, the hosts with their ports and the path: user info, query,
 * fragment and driver properties never leave it, so {@link #shown()} can be printed as evidence. A
 * placeholder left in a host ({@code ${DB_HOST}}) makes the host unresolved ({@link #hostVariables()});
 * one in the user info or the path does not matter. Hosts that are no DNS name or IP literal are
 * dropped rather than guessed.
 */
public final class ConnectionUrl {

    /** One host of the URL, with its port when the URL gives one. */
    public record Endpoint(String host, Integer port) {

        /** {@code host}, {@code host:port}. */
        public String shown() {
            return port == null ? host : host + ":" + port;
        }
    }

    private final String scheme;
    private final List<Endpoint> endpoints;
    private final List<String> hostVariables;
    private final String shown;

    private ConnectionUrl(String scheme, List<Endpoint> endpoints, List<String> hostVariables, String shown) {
        this.scheme = scheme;
        this.endpoints = List.copyOf(endpoints);
        this.hostVariables = List.copyOf(hostVariables);
        this.shown = shown;
    }

    /** The scheme as written before {@code ://}, JDBC and R2DBC prefixes included, in lower case. */
    public String scheme() {
        return scheme;
    }

    /** The hosts the URL names, in order; empty when none is a host (or every one is a placeholder). */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The placeholders' names that stand where a host should be ({@code DB_HOST} of {@code ${DB_HOST}}). */
    public List<String> hostVariables() {
        return hostVariables;
    }

    /** True when a host of the URL is still a placeholder: no connection can be derived from it. */
    public boolean unresolvedHost() {
        return !hostVariables.isEmpty();
    }

    /** The URL as evidence may show it: scheme, hosts, ports and path; never user info, query or fragment. */
    public String shown() {
        return shown;
    }

    @Override
    public String toString() {
        return shown;
    }

    /** Every URL in {@code text} (a configuration value or a literal may hold several, or one inside other text). */
    public static List<ConnectionUrl> findAll(String text) {
        List<ConnectionUrl> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int from = 0;
        while (from < text.length()) {
            int slashes = UrlText.nextSchemeSeparator(text, from);
            int oracle = UrlText.nextOracleThin(text, lower, from);
            if (slashes < 0 && oracle < 0) {
                break;
            }
            int end;
            if (oracle >= 0 && (slashes < 0 || oracle < slashes)) {
                end = OracleUrl.parse(text, oracle, found);
            } else {
                end = parseAt(text, slashes, found);
            }
            from = Math.max(end, from + 1);
        }
        return found;
    }

    /** The URL that {@code text} is, from its first character (surrounding blanks aside); empty when it is none. */
    public static Optional<ConnectionUrl> parse(String text) {
        String t = text.strip();
        List<ConnectionUrl> all = findAll(t);
        if (all.isEmpty() || !t.toLowerCase(Locale.ROOT).startsWith(all.get(0).scheme())) {
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }

    /** {@code host[:port]} items separated by commas ({@code bootstrap-servers}); items that are no host are left out. */
    public static List<Endpoint> hostList(String text) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        for (String item : UrlText.splitTopLevel(text, ',')) {
            Authority.endpoint(item.strip(), endpoints, variables);
        }
        return variables.isEmpty() ? endpoints : List.of();
    }

    /** Parses the URL whose {@code ://} is at {@code separator}; returns where it ends. */
    private static int parseAt(String text, int separator, List<ConnectionUrl> into) {
        String scheme = UrlText.schemeBefore(text, separator);
        int start = separator + 3;
        int end = UrlText.urlEnd(text, start);
        if (scheme.isEmpty()) {
            return end;
        }
        int authorityStart = start;
        int userInfoEnd = UrlText.lastTopLevel(text, start, UrlText.userInfoRegionEnd(text, start, end), '@');
        if (userInfoEnd >= 0) {
            authorityStart = userInfoEnd + 1;
        }
        int authorityEnd = UrlText.authorityEnd(text, authorityStart, end);
        Authority authority = Authority.parse(text.substring(authorityStart, authorityEnd));
        if (authority.isEmpty()) {
            return end;
        }
        String path = UrlText.shownPath(text, authorityEnd, end);
        String shown = scheme + "://" + authority.shown() + path;
        into.add(new ConnectionUrl(scheme, authority.endpoints(), authority.variables(), shown));
        return end;
    }

    /** A URL made by a reader of another form (Oracle's), from its parts. */
    static ConnectionUrl of(String scheme, List<Endpoint> endpoints, List<String> variables, String shown) {
        return new ConnectionUrl(scheme, endpoints, variables, shown);
    }
}
