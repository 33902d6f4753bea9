package io.aiplatform.security.core.derive;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * SmallRye Stork service discovery (Quarkus): a {@code stork://<name>} URL names a Stork service, which its
 * configuration {@code quarkus.stork.<name>.service-discovery.*} resolves, as Stork documents: type {@code static}
 * to the hosts of {@code address-list}; type {@code kubernetes} to the Kubernetes Service {@code application}
 * (by default the Stork service's name). Any other type (Consul, Eureka, DNS: the name is the registered service's)
 * or no configuration leaves the name as the host.
 */
public final class StorkServices {

    private static final String PREFIX = "quarkus.stork.";

    private StorkServices() {
    }

    /** Whether the URL is a Stork service's. */
    public static boolean isStork(ConnectionUrl url) {
        return url.scheme().equals("stork");
    }

    /**
     * The hosts the Stork service that {@code url} names resolves to under {@code props} (keys in their uniform
     * form), each with {@code where} and the Stork key that resolved it as its evidence, shown by {@code shown}.
     */
    public static List<HostReference> references(ConnectionUrl url, ConfigValue v, String where,
                                                 Map<String, ConfigValue> props, Function<ConfigValue, String> shown) {
        if (url.endpoints().isEmpty()) {
            return List.of();
        }
        String name = url.endpoints().get(0).host();
        Optional<ConfigValue> type = setting(name, "type", props);
        String kind = type.map(t -> t.value().strip().toLowerCase(Locale.ROOT)).orElse("");
        if (kind.equals("static")) {
            Optional<ConfigValue> list = setting(name, "address-list", props);
            return list.map(l -> ConnectionUrl.hostList(resolved(l, props)).stream()
                    .map(e -> new HostReference(e.host(), e.port(), where + " (Stork service " + name + ": "
                            + shown.apply(l) + ")", v.key())).toList()).orElse(List.of());
        }
        if (kind.equals("kubernetes")) {
            Optional<ConfigValue> application = setting(name, "application", props);
            String host = application.map(a -> resolved(a, props).strip()).orElse(name);
            String why = application.map(shown).orElse(shown.apply(type.get()) + ", application defaults to the name");
            return Authority.isRegName(host)
                    ? List.of(new HostReference(host, null, where + " (Stork service " + name + ": " + why + ")", v.key()))
                    : List.of();
        }
        return url.endpoints().stream().map(e -> new HostReference(e.host(), e.port(), where, v.key())).toList();
    }

    private static Optional<ConfigValue> setting(String name, String setting, Map<String, ConfigValue> props) {
        return Optional.ofNullable(props.get(ConfigKeys.uniform(PREFIX + name + ".service-discovery." + setting)));
    }

    private static String resolved(ConfigValue v, Map<String, ConfigValue> props) {
        Placeholders.Result r = Placeholders.resolve(v.value(), props);
        return r.unresolved().isEmpty() && !r.bounded() ? r.value() : "";
    }
}
