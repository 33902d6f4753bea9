package io.aiplatform.security.core.derive;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keys that hold a bare host name whose port another key sets (catalog data: {@code host-port-keys.txt}): Quarkus
 * Messaging's global {@code rabbitmq-host} / {@code rabbitmq-port} and {@code amqp-host} / {@code amqp-port}. A
 * {@code *.host} key's sibling {@code *.port} needs no entry.
 */
final class HostPortKeys {

    private static final Map<String, String> PORT_KEYS = load();

    private HostPortKeys() {
    }

    /** The key that sets the port of the host in {@code hostKey} (uniform form); empty for a key not listed. */
    static Optional<String> portKeyOf(String hostKey) {
        return Optional.ofNullable(PORT_KEYS.get(ConfigKeys.uniform(hostKey)));
    }

    private static Map<String, String> load() {
        Map<String, String> keys = new TreeMap<>();
        for (String[] parts : CatalogData.lines("host-port-keys.txt")) {
            if (parts.length != 2) {
                throw new IllegalStateException(CatalogData.shown("host-port-keys.txt") + ": not 'host-key port-key': "
                        + String.join(" ", parts));
            }
            keys.put(ConfigKeys.uniform(parts[0]), ConfigKeys.uniform(parts[1]));
        }
        return Map.copyOf(keys);
    }
}
