package io.aiplatform.security.core.derive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The servers a Logstash pipeline file ({@code *.conf} of {@code /usr/share/logstash/pipeline}) connects to: each
 * plugin block of its {@code input}, {@code filter} and {@code output} sections that the catalog
 * ({@code logstash-plugins.txt}) lists as a client gives the endpoints of its address setting
 * ({@code elasticsearch { hosts => ["http://elasticsearch:9200"] }}), a host without port taking the block's port
 * setting or the plugin's default port. Conditionals ({@code if [type] == "x" { … } else { … }}) are looked through;
 * {@code #} comments are skipped.
 */
public final class LogstashPipeline {

    /** A client plugin of the catalog: its section and name, the settings of its address and port, its default port. */
    private record Plugin(String section, String name, String address, String port, Integer defaultPort) {
    }

    /**
     * One endpoint: {@code plugin} of {@code section} sets {@code setting} to {@code value} at {@code line} (1-based);
     * {@code endpoint} is null when the value needs {@code unresolved}, a variable the environment does not set.
     */
    public record Address(String section, String plugin, String setting, String value, int line,
                          ConnectionUrl.Endpoint endpoint, String unresolved) {
    }

    /** Logstash's reference to an environment variable in a pipeline, {@code ${ES_HOST}} or {@code ${ES_HOST:es:9200}}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(?::([^}]*))?}");

    private static final List<Plugin> PLUGINS = load();
    private static final Pattern TOKEN = Pattern.compile(
            "#[^\\n]*|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|=>|[{}\\[\\],]|[^\\s{}\\[\\],#\"'=]+|=");

    private LogstashPipeline() {
    }

    /** The endpoints the client plugins of {@code text} connect to, in file order, with no environment. */
    public static List<Address> addresses(String text) {
        return addresses(text, Map.of());
    }

    /**
     * The endpoints the client plugins of {@code text} connect to, in file order; {@code ${VAR:default}} references
     * take the value {@code environment} gives, else their default.
     */
    public static List<Address> addresses(String text, Map<String, String> environment) {
        List<Address> found = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        Map<String, String[]> settings = new HashMap<>(); // setting -> {value, line} of the innermost plugin block
        Matcher m = TOKEN.matcher(text);
        int[] line = {1, 0}; // the line at offset line[1]
        String previous = null;
        while (m.find()) {
            String token = m.group();
            if (token.startsWith("#")) {
                continue;
            }
            if (token.equals("{")) {
                blocks.push(previous == null ? "" : previous);
                settings.clear();
            } else if (token.equals("}")) {
                plugin(blocks).ifPresent(p -> endpoints(p, settings, environment, found));
                blocks.poll();
                settings.clear();
            } else if (token.equals("=>") && previous != null && m.find()) {
                int at = lineAt(text, m.start(), line);
                settings.put(previous, new String[] {value(text, m), String.valueOf(at)});
            }
            previous = token;
        }
        found.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return found;
    }

    /** The value that starts at {@code m}: a string, an array up to its {@code ]}, a bare word; a hash is skipped. */
    private static String value(String text, Matcher m) {
        if (m.group().equals("{")) {
            int depth = 1;
            while (depth > 0 && m.find()) {
                depth += m.group().equals("{") ? 1 : m.group().equals("}") ? -1 : 0;
            }
            return "";
        }
        if (!m.group().equals("[")) {
            return unquoted(m.group());
        }
        List<String> items = new ArrayList<>();
        while (m.find() && !m.group().equals("]")) {
            if (!m.group().equals(",") && !m.group().startsWith("#")) {
                items.add(unquoted(m.group()));
            }
        }
        return String.join(",", items);
    }

    private static String unquoted(String token) {
        return token.length() > 1 && (token.startsWith("\"") || token.startsWith("'")) ? token.substring(1,
                token.length() - 1) : token;
    }

    /** The client plugin whose block is the innermost, within its section (conditionals looked through). */
    private static Optional<Plugin> plugin(Deque<String> blocks) {
        List<String> path = new ArrayList<>(blocks);
        java.util.Collections.reverse(path); // outermost first
        if (path.size() < 2) {
            return Optional.empty();
        }
        String section = path.get(0);
        String name = path.get(path.size() - 1);
        return PLUGINS.stream().filter(p -> p.section().equals(section) && p.name().equals(name)).findFirst();
    }

    /** The endpoints of {@code plugin}'s address setting among {@code settings}, added to {@code into}. */
    private static void endpoints(Plugin plugin, Map<String, String[]> settings, Map<String, String> environment,
                                  List<Address> into) {
        String[] address = settings.get(plugin.address());
        if (address == null) {
            return;
        }
        int at = Integer.parseInt(address[1]);
        String written = address[0];
        Matcher variable = VARIABLE.matcher(address[0]);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String value = environment.getOrDefault(variable.group(1), variable.group(2));
            if (value == null) {
                into.add(new Address(plugin.section(), plugin.name(), plugin.address(), address[0], at, null,
                        variable.group(1)));
                return;
            }
            variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        variable.appendTail(resolved);
        address = new String[] {resolved.toString(), address[1]};
        String[] port = plugin.port() == null ? null : settings.get(plugin.port());
        Integer fallback = port != null && port[0].matches("\\d{1,5}") ? Integer.valueOf(port[0]) : plugin.defaultPort();
        List<ConnectionUrl> urls = ConnectionUrl.findAll(address[0]);
        List<ConnectionUrl.Endpoint> endpoints = new ArrayList<>();
        if (urls.isEmpty()) {
            endpoints.addAll(ConnectionUrl.hostList(address[0]));
        } else {
            urls.forEach(u -> endpoints.addAll(u.endpoints()));
        }
        for (ConnectionUrl.Endpoint e : endpoints) {
            ConnectionUrl.Endpoint withPort = e.port() == null && fallback != null
                    ? new ConnectionUrl.Endpoint(e.host(), fallback) : e;
            into.add(new Address(plugin.section(), plugin.name(), plugin.address(), written, at, withPort, null));
        }
    }

    /** The line of {@code offset}, counted on from the last one asked ({@code state}: line, offset). */
    private static int lineAt(String text, int offset, int[] state) {
        for (int i = state[1]; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                state[0]++;
            }
        }
        state[1] = Math.max(state[1], offset);
        return state[0];
    }

    private static List<Plugin> load() {
        List<Plugin> plugins = new ArrayList<>();
        for (String[] parts : CatalogData.lines("logstash-plugins.txt")) {
            if (parts.length != 5) {
                throw new IllegalStateException(CatalogData.shown("logstash-plugins.txt")
                        + ": expected 'section plugin address-setting port-setting default-port': " + String.join(" ", parts));
            }
            plugins.add(new Plugin(parts[0], parts[1], parts[2], parts[3].equals("-") ? null : parts[3],
                    parts[4].equals("-") ? null : Integer.valueOf(parts[4])));
        }
        return List.copyOf(plugins);
    }
}
