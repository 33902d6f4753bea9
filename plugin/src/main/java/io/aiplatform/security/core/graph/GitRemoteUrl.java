package io.aiplatform.security.core.graph;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Git repository's address in the one form two addresses of the same repository share, so that a config server's
 * {@code spring.cloud.config.server.git.uri}, a checkout's remote and a POM's {@code <scm>} can be compared: Git's
 * documented URL forms ({@code https://}, {@code http://}, {@code ssh://}, {@code git://}, with or without user info
 * and port, and the scp-like {@code git@host:owner/name.git}), Maven SCM's {@code scm:git:} prefix, reduced to
 * {@code host/path} with the host in lower case and the path without its trailing slashes and {@code .git}.
 * Local paths and {@code file:} URLs name no shared repository; a value with a placeholder left in it
 * ({@code {application}}, {@code ${…}}) names none yet.
 */
final class GitRemoteUrl {

    private static final Set<String> SCHEMES = Set.of("https", "http", "ssh", "git", "git+ssh", "ssh+git");

    private GitRemoteUrl() {
    }

    /** {@code host/path} of {@code url}, if it is a remote repository's address. */
    static Optional<String> normalised(String url) {
        if (url == null || url.contains("{") || url.contains("\\")) {
            return Optional.empty();
        }
        String u = url.strip();
        if (u.regionMatches(true, 0, "scm:git:", 0, "scm:git:".length())) {
            u = u.substring("scm:git:".length());
        }
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            if (!SCHEMES.contains(u.substring(0, scheme).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String rest = u.substring(scheme + 3);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            return of(host(authority), slash < 0 ? "" : rest.substring(slash));
        }
        int colon = u.indexOf(':');
        int firstSlash = u.indexOf('/');
        if (colon <= 0 || (firstSlash >= 0 && firstSlash < colon)) {
            return Optional.empty(); // a local path
        }
        String authority = u.substring(0, colon); // scp-like: [user@]host:path
        return of(host(authority), u.substring(colon + 1));
    }

    /** {@code url} as evidence may show it: a URL without its user info (which may hold a password). */
    static String withoutUserInfo(String url) {
        String u = url.strip();
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            return u; // scp-like: user@host:path holds no password
        }
        int start = scheme + 3;
        int slash = u.indexOf('/', start);
        int at = u.lastIndexOf('@', slash < 0 ? u.length() - 1 : slash);
        return at >= start ? u.substring(0, start) + u.substring(at + 1) : u;
    }

    /** The host of an authority ({@code user:pw@Host:22}), in lower case, without user info and port. */
    private static String host(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? "" : host.substring(0, end + 1).toLowerCase(Locale.ROOT);
        }
        int port = host.indexOf(':');
        return (port < 0 ? host : host.substring(0, port)).toLowerCase(Locale.ROOT);
    }

    private static Optional<String> of(String host, String path) {
        String p = path.replaceAll("^/+", "").replaceAll("/+$", "");
        if (p.toLowerCase(Locale.ROOT).endsWith(".git")) {
            p = p.substring(0, p.length() - ".git".length()).replaceAll("/+$", "");
        }
        if (host.isEmpty() || p.isEmpty() || p.contains("$")) {
            return Optional.empty();
        }
        return Optional.of(host + "/" + p);
    }
}
