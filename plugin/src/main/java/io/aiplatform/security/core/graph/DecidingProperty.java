package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.DecidingKeys;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.Placeholders;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to set when several services provide a product and a service's configuration names none of them: the
 * property of that service's framework and client that decides (catalog data, {@link DecidingKeys}), and what it
 * holds now: the hosts it names and where, the variable it needs, or that it is not set. Only hosts are shown,
 * never a value (a URL may hold a password); of a Secret's value only the services of the platform it names.
 */
final class DecidingProperty {

    private DecidingProperty() {
    }

    /**
     * "set spring.datasource.url (or spring.r2dbc.url) to the one it uses (now `localhost` in file:12)": the keys its
     * framework's version reads ({@link ReadKeys#readableBy}: {@code spring.data.redis.host}, not
     * {@code spring.redis.host}, for Spring Boot 3).
     */
    static String advice(Service a, String product, Derivation d) {
        List<String> keys = keys(a, product, d);
        if (keys.isEmpty()) {
            return "set the host or URL its " + product + " client connects to to the one it uses";
        }
        String named = keys.get(0) + (keys.size() > 1 ? " (or " + String.join(", ", keys.subList(1, keys.size()))
                + ")" : "");
        ModuleConfiguration config = d.configuration(a);
        Optional<ConfigValue> set = config.source(keys.toArray(String[]::new));
        return "set " + named + " to the one it uses (" + set.map(v -> now(v, config, d)).orElse("it is not set") + ")";
    }

    /**
     * " (spring.datasource.url sets its server: now `postgres` in docker-compose.yml:40)": the first deciding key of
     * {@code a}'s framework and client of {@code product} that its framework's version reads and that its configuration
     * sets, with what it holds now; else, when {@code unsetToo}, " (spring.datasource.url, which sets its server, is not
     * set)"; else "" (and "" when the catalog names no such key, or the key names the loopback host only: its own
     * DERIVE-LOOPBACK-HOST warning says so).
     */
    static String state(Service a, String product, Derivation d, boolean unsetToo) {
        List<String> keys = keys(a, product, d);
        if (keys.isEmpty()) {
            return "";
        }
        ModuleConfiguration config = d.configuration(a);
        Optional<ConfigValue> set = config.source(keys.toArray(String[]::new));
        if (set.isPresent() && LoopbackSettings.loopbackOnly(set.get().value())) {
            return ""; // the setting's own DERIVE-LOOPBACK-HOST warning names it
        }
        return set.map(v -> " (" + v.key() + " sets its server: " + now(v, config, d) + ")")
                .orElse(unsetToo ? " (" + keys.get(0) + ", which sets its server, is not set)" : "");
    }

    /** The deciding keys of {@code a}'s framework and client of {@code product} that its framework's version reads. */
    private static List<String> keys(Service a, String product, Derivation d) {
        Set<String> classpath = ServiceClasspath.of(a, d.platform).orElse(Set.of());
        List<String> all = DecidingKeys.of(DecidingKeys.frameworkOf(classpath), product, classpath);
        List<String> readable = ReadKeys.readableBy(a.module(), all);
        return readable.isEmpty() ? all : readable; // the keys its framework's version reads
    }

    /**
     * Every candidate as a {@code calls} entry, none before the others: "'calls: [pg1]' or 'calls: [pg2]'", or, past
     * three, "'calls: [<one of a, b, c, d>]'".
     */
    static String callsChoices(List<String> candidates) {
        if (candidates.size() > 3) {
            return "'calls: [<one of " + String.join(", ", candidates) + ">]'";
        }
        return String.join(" or ", candidates.stream().map(c -> "'calls: [" + c + "]'").toList());
    }

    /** What the property holds, as hosts and where it is set. */
    private static String now(ConfigValue v, ModuleConfiguration config, Derivation d) {
        String where = d.project.shown(v.file()) + ":" + v.line();
        Placeholders.Result r = Placeholders.resolve(v.value(), config.properties());
        if (r.bounded()) {
            return v.key() + " in " + where + " cannot be resolved";
        }
        if (!r.unresolved().isEmpty()) {
            return v.key() + " in " + where + " needs " + String.join(", ", r.unresolved()) + ", which has no default";
        }
        Set<String> hosts = new LinkedHashSet<>();
        List<ConnectionUrl> urls = ConnectionUrl.findAll(r.value());
        urls.forEach(u -> u.endpoints().forEach(e -> hosts.add(e.host())));
        if (urls.isEmpty()) {
            ConnectionUrl.hostList(r.value()).forEach(e -> hosts.add(e.host()));
        }
        if (v.secret()) { // a Secret's value: only the services it names, never a placeholder or other text of it
            hosts.removeIf(h -> !d.services().containsKey(h.split("\\.", 2)[0]));
            if (hosts.isEmpty()) {
                return v.key() + " in " + where + " (a Secret's value, not shown) names no service of the platform";
            }
        }
        return hosts.isEmpty() ? v.key() + " in " + where + " names no host"
                : "now " + String.join(", ", hosts.stream().map(h -> "`" + h + "`").toList()) + " in " + where;
    }
}
