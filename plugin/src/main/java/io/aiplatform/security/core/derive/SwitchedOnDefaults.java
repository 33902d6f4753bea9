package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Handlers that a key switches on and that send to their framework's documented default when nothing sets their host
 * (catalog data {@code switched-on-defaults.txt}): Quarkus' GELF log handler, switched on by
 * {@code quarkus.log.handler.gelf.enabled}, sends to {@code localhost:12201} unless
 * {@code quarkus.log.handler.gelf.host} says otherwise.
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
            Optional<String> on = configuration.value(switchKey);
            if (on.isEmpty() || !"true".equals(on.get().strip().toLowerCase(Locale.ROOT))
                    || configuration.get(hostKey).isPresent()) {
                return Optional.empty();
            }
            int port = configuration.value(portKey).map(String::strip).filter(p -> p.matches("\\d{1,5}"))
                    .map(Integer::valueOf).orElse(defaultPort);
            return Optional.of(new HostReference(defaultHost, port, where + " (" + hostKey + " not set: its default "
                    + defaultHost + ", port " + port + ")", hostKey));
        }
    }

    private static final List<Handler> HANDLERS = load();

    private SwitchedOnDefaults() {
    }

    /** True when {@code key} is the host key of a handler that sends over UDP (a GELF handler's host). */
    public static boolean udpHost(String key) {
        return key != null && HANDLERS.stream().anyMatch(h -> "udp".equals(h.protocol())
                && ConfigKeys.uniform(h.hostKey()).equals(ConfigKeys.uniform(key)));
    }

    /**
     * The documented default port of the handler whose host key is {@code hostKey}, for a host set without its port
     * ({@code quarkus.log.handler.gelf.host: logstash} sends to 12201); empty for another key.
     */
    public static Optional<Integer> defaultPort(String hostKey) {
        return HANDLERS.stream().filter(h -> ConfigKeys.uniform(h.hostKey()).equals(ConfigKeys.uniform(hostKey)))
                .map(Handler::defaultPort).findFirst();
    }

    /**
     * The host a handler's host key names without the transport its value may put first: the GELF handler's
     * {@code tcp:logstash} or {@code udp:logstash} (logstash-gelf's form, which Quarkus documents) is {@code logstash};
     * another key's value as it is.
     */
    public static String hostOf(String key, String value) {
        boolean handler = HANDLERS.stream().anyMatch(h -> ConfigKeys.uniform(h.hostKey()).equals(ConfigKeys.uniform(key)));
        String lower = value.toLowerCase(Locale.ROOT);
        return handler && (lower.startsWith("tcp:") || lower.startsWith("udp:")) ? value.substring(4) : value;
    }

    /** Every handler of the catalog, in its order. */
    public static List<Handler> all() {
        return HANDLERS;
    }

    private static List<Handler> load() {
        List<Handler> handlers = new ArrayList<>();
        for (String[] parts : CatalogData.lines("switched-on-defaults.txt")) {
            if (parts.length != 6 || !parts[4].matches("\\d{1,5}") || !parts[5].matches("tcp|udp")) {
                throw new IllegalStateException(CatalogData.shown("switched-on-defaults.txt") + ": expected"
                        + " 'switch-key host-key default-host port-key default-port tcp|udp': " + String.join(" ", parts));
            }
            handlers.add(new Handler(parts[0], parts[1], parts[2], parts[3], Integer.parseInt(parts[4]), parts[5]));
        }
        return List.copyOf(handlers);
    }
}
