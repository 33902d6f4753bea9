package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Handlers that a key switches on and that send to their framework's documented default when nothing sets their host
 * (catalog data {@code switched-on-defaults.txt}): Quarkus' GELF log handler, switched on by
 * {@code quarkus.log.handler.gelf.enabled}, sends to {@code localhost:12201} unless
 * {@code quarkus.log.handler.gelf.host} says otherwise. A switch may be a key pattern with the value that switches
 * ({@code mp.messaging.*.*.connector=smallrye-amqp}: a channel of SmallRye's AMQP connector), and a host or port key
 * starting with a dot is the matched switch's sibling ({@code .host}: that channel's own host).
 */
public final class SwitchedOnDefaults {

    /** One handler: the key that switches it on, the key of its host and its default, the key of its port and its default. */
    public record Handler(String switchKey, String hostKey, String defaultHost, String portKey, int defaultPort,
                          String protocol) {

        /**
         * Where the handler of {@code configuration} sends when the switch is on and the host key is not set: the
         * default host, on the port the port key sets (when a number) or the default port; empty otherwise.
         */
        public Optional<HostReference> defaulted(ModuleConfiguration configuration, String where) {
            return configuration.get(switchKey).flatMap(on -> defaulted(configuration, on, where));
        }

        /**
         * Where the handler that {@code on} (a key its switch matches, {@link #switches}) switches on sends when none
         * of its host keys is set; empty when {@code on} does not switch it on.
         */
        public Optional<HostReference> defaulted(ModuleConfiguration configuration, ConfigValue on, String where) {
            List<String> hosts = keys(hostKey, on.key());
            if (!switchedOn(on) || hosts.stream().anyMatch(k -> configuration.get(k).isPresent())) {
                return Optional.empty();
            }
            int port = keys(portKey, on.key()).stream().map(configuration::value).flatMap(Optional::stream)
                    .map(String::strip).filter(p -> p.matches("\\d{1,5}")).map(Integer::valueOf).findFirst()
                    .orElse(defaultPort);
            String shown = hosts.size() == 1 ? hosts.get(0) + " not set" : "neither " + String.join(" nor ", hosts) + " set";
            return Optional.of(new HostReference(defaultHost, port, where + " (" + shown + ": its default "
                    + defaultHost + ", port " + port + ")", hosts.get(hosts.size() - 1)));
        }

        /** The keys of {@code configuration} that this handler's switch names (its key, or those its pattern matches). */
        public List<ConfigValue> switches(ModuleConfiguration configuration) {
            String pattern = switchPattern();
            if (!pattern.contains("*")) {
                return configuration.get(pattern).stream().toList();
            }
            return configuration.all().stream()
                    .filter(v -> DefaultLocations.matches(ConfigKeys.uniform(v.key()), pattern)).toList();
        }

        private String switchPattern() {
            int eq = switchKey.indexOf('=');
            return eq < 0 ? switchKey : switchKey.substring(0, eq);
        }

        private boolean switchedOn(ConfigValue on) {
            int eq = switchKey.indexOf('=');
            String wanted = eq < 0 ? "true" : switchKey.substring(eq + 1);
            return on.value() != null && wanted.equalsIgnoreCase(on.value().strip());
        }

        /** The keys of a column ({@code .host,amqp-host}), a leading dot standing for the switch's parent key. */
        private static List<String> keys(String column, String switchKey) {
            int dot = switchKey.lastIndexOf('.');
            String parent = dot < 0 ? "" : switchKey.substring(0, dot);
            return List.of(column.split(",")).stream().map(k -> k.startsWith(".") ? parent + k : k).toList();
        }
    }

    private static final List<Handler> HANDLERS = load();

    private SwitchedOnDefaults() {
    }

    /** True when {@code key} is the host key of a handler that sends over UDP (a GELF handler's host). */
    public static boolean udpHost(String key) {
        return key != null && HANDLERS.stream().anyMatch(h -> "udp".equals(h.protocol()) && hostKeyOf(h, key));
    }

    /**
     * The documented default port of the handler whose host key is {@code hostKey}, for a host set without its port
     * ({@code quarkus.log.handler.gelf.host: logstash} sends to 12201); empty for another key.
     */
    public static Optional<Integer> defaultPort(String hostKey) {
        return HANDLERS.stream().filter(h -> hostKeyOf(h, hostKey)).map(Handler::defaultPort).findFirst();
    }

    /**
     * The host a handler's host key names without the transport its value may put first: the GELF handler's
     * {@code tcp:logstash} or {@code udp:logstash} (logstash-gelf's form, which Quarkus documents) is {@code logstash};
     * another key's value as it is.
     */
    public static String hostOf(String key, String value) {
        boolean handler = HANDLERS.stream().anyMatch(h -> "udp".equals(h.protocol()) && hostKeyOf(h, key));
        String lower = value.toLowerCase(Locale.ROOT);
        return handler && (lower.startsWith("tcp:") || lower.startsWith("udp:")) ? value.substring(4) : value;
    }

    /** Whether {@code key} is one of {@code h}'s host keys that stand alone (a sibling key is any channel's). */
    private static boolean hostKeyOf(Handler h, String key) {
        return List.of(h.hostKey().split(",")).stream().filter(k -> !k.startsWith("."))
                .anyMatch(k -> ConfigKeys.uniform(k).equals(ConfigKeys.uniform(key)));
    }

    /** Every handler of the catalog, in its order. */
    public static List<Handler> all() {
        return HANDLERS;
    }

    private static List<Handler> load() {
        List<Handler> handlers = new ArrayList<>();
        for (String[] parts : CatalogData.lines("switched-on-defaults.txt")) {
            if (parts.length != 6 || !parts[4].matches("\\d{1,5}") || !parts[5].matches("tcp|udp")
                    || parts[1].startsWith(".") && !parts[0].contains(".")) {
                throw new IllegalStateException(CatalogData.shown("switched-on-defaults.txt") + ": expected"
                        + " 'switch-key host-key default-host port-key default-port tcp|udp': " + String.join(" ", parts));
            }
            handlers.add(new Handler(parts[0], parts[1], parts[2], parts[3], Integer.parseInt(parts[4]), parts[5]));
        }
        return List.copyOf(handlers);
    }
}
