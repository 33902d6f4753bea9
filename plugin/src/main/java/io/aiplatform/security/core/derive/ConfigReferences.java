package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The hosts a configuration connects to: every URL in any value ({@code jdbc:postgresql://db:5432/x},
 * {@code mongodb://user@orders-mongodb/orders}, {@code lb://customers-service},
 * {@code http://vets-service/vets}, {@code stork://inventory}, Eureka's {@code defaultZone}; read by
 * {@link ConnectionUrl}), the value of every {@code *.host} key with its sibling {@code *.port} (and of the keys
 * {@link HostPortKeys} lists, such as Quarkus Messaging's {@code amqp-host}, with theirs), and
 * host lists ({@code bootstrap-servers}, {@code addresses}, {@code nodes}, {@code contact-points}, a Jaeger client's
 * {@code agent-host-port}, the Kafka binder's {@code brokers}, a Hazelcast client's {@code cluster-members}, Micronaut's
 * {@code eureka.client.default-zone} and {@code consul.client.default-zone}, whose servers it writes {@code host:port}).
 * Placeholders are resolved first; a host that needs an unknown environment variable is reported, not
 * guessed. Problems name the file, line and key, never a value.
 */
public final class ConfigReferences {

    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    /** A list index ending a key ({@code [0]}). */
    private static final Pattern LAST_INDEX = Pattern.compile("\\[\\d+\\]$");
    private static final List<String> HOST_LIST_KEYS = List.of("bootstrap-servers", "bootstrap.servers", "addresses",
            "nodes", "contact-points", "hosts", "agent-host-port", "brokers", // brokers: Spring Cloud Stream's Kafka binder
            "cluster-members", // Hazelcast's client (quarkus.hazelcast-client.cluster-members, hazelcast-client.network.cluster-members)
            // Micronaut's discovery clients: the registry servers of the default zone, as the Micronaut Discovery Client
            // guide writes them, host:port without a scheme ("${CONSUL_HOST:localhost}:${CONSUL_PORT:8500}"); a URL
            // there (http://eureka:8761) is read as any URL is
            "eureka.client.default-zone", "consul.client.default-zone");
    /** {@link #HOST_LIST_KEYS} in their uniform form, made once. */
    private static final List<String> UNIFORM_HOST_LIST_KEYS = HOST_LIST_KEYS.stream().map(ConfigKeys::uniform).toList();

    /**
     * The references found, the values whose host needs an environment variable without a default,
     * and the values not read because their placeholders passed a bound; problems name the file, line
     * and key. {@code ignored} are the references of keys that nothing reads (no connection).
     */
    public record Result(List<HostReference> references, List<String> unresolved, List<String> notRead,
                         List<HostReference> ignored) {

        public Result(List<HostReference> references, List<String> unresolved, List<String> notRead) {
            this(references, unresolved, notRead, List.of());
        }
    }

    /** What one value gives: its references, and its problems. */
    private record Found(List<HostReference> references, List<String> unresolved, List<String> notRead) {
    }

    private ConfigReferences() {
    }

    public static Result of(ModuleConfiguration config, Function<Path, String> shown) {
        return of(config, shown, v -> true);
    }

    /**
     * The hosts the configuration names; the references of a value that {@code read} says nothing reads go to
     * {@link Result#ignored}, without its problems.
     */
    public static Result of(ModuleConfiguration config, Function<Path, String> shown, Predicate<ConfigValue> read) {
        List<HostReference> refs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        List<HostReference> ignored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigValue v : config.properties().values()) {
            if (config.variableOnly(v.key()) || !seen.add(v.file() + ":" + v.line() + ":" + v.value())) {
                continue; // one environment variable is both its own name and its relaxed property
            }
            Found found = of(v, shown, config.properties());
            if (read.test(v)) {
                refs.addAll(found.references());
                problems.addAll(found.unresolved());
                notRead.addAll(found.notRead());
            } else {
                ignored.addAll(found.references());
            }
        }
        return new Result(refs, problems, notRead, ignored);
    }

    private static Found of(ConfigValue v, Function<Path, String> shown, Map<String, ConfigValue> props) {
        String where = v.where(shown);
        List<HostReference> refs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Placeholders.Result r = Placeholders.resolve(v.value(), props);
        if (r.bounded()) {
            return new Found(refs, problems, List.of(where + " is not read: resolving its placeholders passed a bound ("
                    + r.exceeded() + "); a property that names itself, or a chain that doubles at each step?"));
        }
        String value = r.value();
        List<ConnectionUrl> urls = ConnectionUrl.findAll(value);
        for (ConnectionUrl url : urls) {
            if (url.unresolvedHost()) {
                problems.add(where + " needs " + variables(v, url.hostVariables())
                        + ", which has no default, for the host of its URL (an unresolved host)");
            }
            if (StorkServices.isStork(url)) {
                refs.addAll(StorkServices.references(url, v, where, props, c -> c.where(shown)));
                continue;
            }
            boolean loadBalanced = "lb".equals(url.scheme());
            url.endpoints().forEach(e -> {
                HostReference ref = new HostReference(e.host(), e.port(), where, v.key());
                refs.add(loadBalanced ? ref.asLoadBalanced() : ref);
            });
        }
        if (!urls.isEmpty()) {
            return new Found(refs, problems, List.of());
        }
        boolean hostShaped = v.key().endsWith(".host") || v.key().endsWith(".url") || v.key().endsWith(".uri")
                || hostList(v.key());
        if (value.contains("${")) {
            if (hostShaped && !r.unresolved().isEmpty()) {
                problems.add(where + " needs " + variables(v, r.unresolved()) + ", which has no default");
            }
        } else if (v.key().endsWith(".host") && Authority.isRegName(SwitchedOnDefaults.hostOf(v.key(), value.strip()))) {
            refs.add(new HostReference(SwitchedOnDefaults.hostOf(v.key(), value.strip()), port(v.key(), props), where,
                    v.key()));
        } else if (HostPortKeys.portKeyOf(v.key()).isPresent() && Authority.isRegName(value.strip())) {
            refs.add(new HostReference(value.strip(), portOf(HostPortKeys.portKeyOf(v.key()).get(), props), where,
                    v.key()));
        } else if (hostList(v.key())) {
            ConnectionUrl.hostList(value).forEach(e -> refs.add(new HostReference(e.host(), e.port(), where, v.key())));
        }
        return new Found(refs, problems, List.of());
    }

    /** The variables a value's placeholders name; for a value from a Secret, not even those pieces of it are shown. */
    private static String variables(ConfigValue v, List<String> names) {
        return v.secret() ? "a variable (named in the Secret's value, not shown)" : String.join(", ", names);
    }

    /** The port that the sibling {@code *.port} of a {@code *.host} key sets, if it is a number. */
    private static Integer port(String hostKey, Map<String, ConfigValue> props) {
        Integer port = portOf(hostKey.substring(0, hostKey.length() - ".host".length()) + ".port", props);
        return port != null ? port : SwitchedOnDefaults.defaultPort(hostKey).orElse(null); // GELF's 12201
    }

    /** The port that {@code portKey} sets, if it is a number. */
    private static Integer portOf(String portKey, Map<String, ConfigValue> props) {
        ConfigValue p = props.get(ConfigKeys.uniform(portKey));
        if (p == null) {
            return null;
        }
        String resolved = Placeholders.resolve(p.value(), props).value();
        return PORT.matcher(resolved).matches() && Integer.parseInt(resolved) <= 65535 ? Integer.valueOf(resolved) : null;
    }

    private static boolean hostList(String key) {
        String uniform = ConfigKeys.uniform(key);
        String last = uniform.endsWith("]") ? LAST_INDEX.matcher(uniform).replaceAll("") : uniform;
        for (String k : UNIFORM_HOST_LIST_KEYS) {
            if (last.endsWith(k) && (last.length() == k.length() || last.charAt(last.length() - k.length() - 1) == '.')) {
                return true;
            }
        }
        return false;
    }
}
