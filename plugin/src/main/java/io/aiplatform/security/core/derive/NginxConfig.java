package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directives of an nginx configuration (nginx's documented syntax: simple directives end in {@code ;}, block
 * directives hold others in braces, {@code #} starts a comment) that name where nginx connects: each
 * {@code proxy_pass}, {@code grpc_pass}, {@code fastcgi_pass} and {@code uwsgi_pass}, and each {@code server} of an
 * {@code upstream name { … }} block. Only the directives are read; what they name is resolved by the caller.
 */
public final class NginxConfig {

    /** The directives whose argument is the address nginx passes requests to. */
    private static final Set<String> PASSES = Set.of("proxy_pass", "grpc_pass", "fastcgi_pass", "uwsgi_pass");

    /**
     * A directive naming an address.
     *
     * @param directive {@code proxy_pass} ..., or {@code server} in an upstream block
     * @param upstream  the upstream block a {@code server} is in; null for a pass
     * @param value     its first argument as written ({@code http://${GATEWAY_HOST}:8888/api/}, {@code api:8080})
     * @param line      its line in the text, from 1
     * @param resolved  {@code value} with the variables that a {@code set} of its own or an enclosing block gives a
     *                  literal replaced ({@code set $backend "search"; proxy_pass http://$backend;})
     * @param sets      those {@code set} directives, in the order the value uses them
     */
    public record Address(String directive, String upstream, String value, int line, String resolved,
                          List<Assignment> sets) {

        public Address {
            sets = List.copyOf(sets);
        }

        Address(String directive, String upstream, String value, int line) {
            this(directive, upstream, value, line, value, List.of());
        }
    }

    /** A {@code set $name "literal";} directive (rewrite module): the variable holds that text where it is set. */
    public record Assignment(String name, String value, int line) {
    }

    /** What an nginx text names: its passes and upstream servers (in text order), and its upstream blocks' names. */
    public record Read(List<Address> addresses, List<String> upstreams) {
    }

    private NginxConfig() {
    }

    /** Whether a file of that name may be an nginx configuration: {@code *.conf}, {@code *.conf.template}. */
    public static boolean candidateName(String name) {
        return name.endsWith(".conf") || name.endsWith(".conf.template");
    }

    /**
     * The host and port {@code value} (a pass's argument or an upstream server) names: a URL's
     * ({@code http://api:8080/x}; without a port 80, 443 for {@code https}, {@code grpcs}, {@code suwsgi}) or a bare
     * {@code host[:port]} (port 80 when absent); null for a UNIX socket or a value whose scheme or address holds an
     * nginx variable ({@code $host}), which is known only at run time. A variable right after an explicit port begins
     * the URI ({@code http://write:3100$request_uri}) and leaves the address as written.
     */
    public static ConnectionUrl.Endpoint endpoint(String value) {
        if (value.startsWith("unix:")) {
            return null;
        }
        int separator = value.indexOf("://");
        String scheme = separator < 0 ? "" : value.substring(0, separator).toLowerCase(Locale.ROOT);
        String rest = separator < 0 ? value : value.substring(separator + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        int variable = authority.indexOf('$');
        // a variable right after an explicit port starts the URI ("http://write:3100$request_uri"); anywhere else in
        // the scheme or the address it is known only at run time
        if (scheme.indexOf('$') >= 0 || variable >= 0 && !authority.substring(0, variable).matches("[^:$\\[]+:\\d+")) {
            return null;
        }
        authority = variable < 0 ? authority : authority.substring(0, variable);
        List<ConnectionUrl.Endpoint> hosts = ConnectionUrl.hostList(authority);
        if (hosts.size() != 1 || authority.indexOf('@') >= 0) {
            return null;
        }
        ConnectionUrl.Endpoint e = hosts.get(0);
        int port = Set.of("https", "grpcs", "suwsgi").contains(scheme) ? 443 : 80;
        return new ConnectionUrl.Endpoint(e.host(), e.port() == null ? port : e.port());
    }

    /** Whether {@code text} may hold a pass or an upstream block (read only then). */
    public static boolean mentionsAddresses(String text) {
        return text.contains("_pass") || text.contains("upstream");
    }

    /** The addresses and upstream names of {@code text}. */
    public static Read read(String text) {
        List<Address> addresses = new ArrayList<>();
        List<String> upstreams = new ArrayList<>();
        List<String> blocks = new ArrayList<>(); // the open blocks: the upstream's name, or "" for any other
        Scopes scopes = new Scopes();
        List<Token> statement = new ArrayList<>();
        for (Token t : tokens(text)) {
            if (t.word() != null) {
                statement.add(t);
            } else if (t.end() == ';') {
                scopes.set(statement);
                address(statement, blocks, scopes, addresses);
                statement.clear();
            } else if (t.end() == '{') {
                boolean upstream = statement.size() == 2 && statement.get(0).word().equals("upstream");
                blocks.add(upstream ? statement.get(1).word() : "");
                scopes.open();
                if (upstream && !upstreams.contains(statement.get(1).word())) {
                    upstreams.add(statement.get(1).word());
                }
                statement.clear();
            } else { // '}'
                if (!blocks.isEmpty()) {
                    blocks.remove(blocks.size() - 1);
                    scopes.close();
                }
                statement.clear();
            }
        }
        return new Read(addresses, upstreams);
    }

    private static void address(List<Token> statement, List<String> blocks, Scopes scopes, List<Address> into) {
        if (statement.size() < 2) {
            return;
        }
        String directive = statement.get(0).word().toLowerCase(Locale.ROOT);
        String block = blocks.isEmpty() ? "" : blocks.get(blocks.size() - 1);
        if (PASSES.contains(directive)) {
            String value = statement.get(1).word();
            List<Assignment> used = new ArrayList<>();
            String resolved = scopes.resolve(value, used);
            into.add(new Address(directive, null, value, statement.get(0).line(), resolved, used));
        } else if (directive.equals("server") && !block.isEmpty()) {
            into.add(new Address(directive, block, statement.get(1).word(), statement.get(0).line()));
        }
    }

    /**
     * The {@code set $name "literal";} directives of the open blocks: a pass sees those of its own block and the
     * blocks around it, the innermost first; a set whose value holds a variable gives nothing.
     */
    private static final class Scopes {

        private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

        private final List<Map<String, Assignment>> open = new ArrayList<>(List.of(new HashMap<>()));

        void open() {
            open.add(new HashMap<>());
        }

        void close() {
            if (open.size() > 1) {
                open.remove(open.size() - 1);
            }
        }

        void set(List<Token> statement) {
            if (statement.size() == 3 && statement.get(0).word().equals("set") && statement.get(1).word().startsWith("$")
                    && statement.get(2).word().indexOf('$') < 0) {
                String name = statement.get(1).word().substring(1);
                open.get(open.size() - 1).put(name, new Assignment(name, statement.get(2).word(), statement.get(0).line()));
            }
        }

        /** {@code value} with each variable a set of the open blocks gives replaced; those sets added to {@code used}. */
        String resolve(String value, List<Assignment> used) {
            Matcher m = VARIABLE.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Assignment a = find(m.group(1));
                if (a != null && !used.contains(a)) {
                    used.add(a);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(a == null ? m.group() : a.value()));
            }
            m.appendTail(out);
            return out.toString();
        }

        private Assignment find(String name) {
            for (int i = open.size() - 1; i >= 0; i--) {
                Assignment a = open.get(i).get(name);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
    }

    /** A word (quotes removed) or the end of a statement or block ({@code ;}, {@code {}, {@code }}), with its line. */
    private record Token(String word, char end, int line) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ';' || c == '{' || c == '}') {
                tokens.add(new Token(null, c, line));
                i++;
            } else {
                int start = line;
                StringBuilder word = new StringBuilder();
                char quote = c == '"' || c == '\'' ? c : 0;
                i += quote == 0 ? 0 : 1;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (quote != 0 ? d == quote : Character.isWhitespace(d) || d == ';' || d == '{' || d == '}') {
                        break;
                    }
                    if (d == '\\' && i + 1 < text.length()) {
                        d = text.charAt(++i);
                    }
                    // "${VAR}" is one word: its braces are no block
                    if (quote == 0 && d == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        int close = text.indexOf('}', i);
                        if (close > 0 && text.substring(i, close).indexOf('\n') < 0) {
                            word.append(text, i, close + 1);
                            i = close + 1;
                            continue;
                        }
                    }
                    line += d == '\n' ? 1 : 0;
                    word.append(d);
                    i++;
                }
                i += quote == 0 ? 0 : 1;
                tokens.add(new Token(word.toString(), (char) 0, start));
            }
        }
        return tokens;
    }
}
