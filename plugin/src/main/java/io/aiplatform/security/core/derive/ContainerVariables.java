package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The hosts a third-party container's environment names: a value that is a URL
 * ({@code GATEWAY_URL=http://gateway:8080}), {@code host:port} items ({@code KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181}),
 * and a bare host where the variable's name says it is one ({@code *_HOST} with its {@code *_PORT},
 * {@code *_HOSTS}, {@code *_SERVERS}, {@code *_ADDR}, {@code *_CONNECT}) or the image documents it (catalog data
 * {@code container-variables.txt}: {@code KC_DB_URL_HOST} of Keycloak, {@code ZK_HOSTS} of CMAK). Variables the
 * catalog marks as the container's own address (listeners, advertised names), and those it marks as not read by
 * the image (the WildFly Keycloak image's {@code DB_ADDR} given to Keycloak 17 and later, which reads only
 * {@code KC_*} options), are left out. Only hosts and
 * ports leave this class (a URL's user info never does): the evidence names the file, line and variable. A value
 * that is a whole YAML or JSON document ({@link EnvironmentDocument}) is read as one: its URLs and {@code host:port}
 * values count, with the path of keys to each as evidence.
 */
public final class ContainerVariables {

    /** What a variable holds. */
    enum Meaning { URL, HOSTS, HOST, SELF, UNREAD }

    private record Entry(Pattern image, Pattern variable, Meaning meaning, String portVariable) {
    }

    private static final List<Entry> CATALOG = load();
    private static final List<String> HOST_LIST_SUFFIXES = List.of("_HOSTS", "_SERVERS", "_ADDR", "_ADDRESS",
            "_CONNECT", "_SERVER");

    private ContainerVariables() {
    }

    /**
     * The references of {@code container}'s environment whose host {@code names} accepts (a service of the
     * platform, or of another namespace), in the order of the variables; {@code shown} makes a file as
     * evidence shows it.
     */
    public static List<HostReference> references(Container container, Predicate<String> names,
                                                 Function<Path, String> shown) {
        Map<String, ConfigValue> byName = new TreeMap<>();
        container.environment().forEach(v -> byName.put(v.key().toUpperCase(Locale.ROOT), v));
        List<HostReference> refs = new ArrayList<>();
        for (ConfigValue v : container.environment()) {
            String variable = v.key().toUpperCase(Locale.ROOT);
            Optional<Entry> documented = documented(container.images(), variable);
            Meaning meaning = documented.map(Entry::meaning).orElse(null);
            if (meaning == Meaning.SELF || meaning == Meaning.UNREAD) {
                continue;
            }
            String where = v.where(shown); // a ConfigMap's or Secret's key: the object and key, never the value
            List<EnvironmentDocument.Leaf> leaves = meaning == null ? EnvironmentDocument.leaves(v) : List.of();
            if (!leaves.isEmpty()) {
                refs.addAll(documentReferences(leaves, where, variable, names));
                continue;
            }
            for (ConnectionUrl.Endpoint e : endpoints(variable, v.value().strip(), meaning)) {
                Integer port = e.port() != null ? e.port() : siblingPort(variable, documented, byName);
                if (names.test(e.host())) {
                    refs.add(new HostReference(e.host(), port, where, variable));
                }
            }
        }
        return refs;
    }

    /**
     * The hosts a document held by a variable names: its URLs, and its values made only of {@code host:port} items
     * ({@code brokers: ["kafka:29092"]}); a bare word is no host there, whatever its key. The evidence adds the path of
     * keys to the value ({@code CONSOLE_CONFIG_FILE kafka.brokers[0]}).
     */
    private static List<HostReference> documentReferences(List<EnvironmentDocument.Leaf> leaves, String where,
                                                          String variable, Predicate<String> names) {
        List<HostReference> refs = new ArrayList<>();
        for (EnvironmentDocument.Leaf leaf : leaves) {
            for (ConnectionUrl.Endpoint e : endpoints("", leaf.value().strip(), null)) {
                if (names.test(e.host())) {
                    refs.add(new HostReference(e.host(), e.port(), where + " " + leaf.path(), variable));
                }
            }
        }
        return refs;
    }

    private static List<ConnectionUrl.Endpoint> endpoints(String variable, String value, Meaning meaning) {
        List<ConnectionUrl> urls = ConnectionUrl.findAll(value);
        if (!urls.isEmpty()) {
            return urls.stream().filter(u -> !u.unresolvedHost()).flatMap(u -> u.endpoints().stream()).toList();
        }
        if (value.isEmpty() || value.contains("${") || meaning == Meaning.URL) {
            return List.of();
        }
        List<ConnectionUrl.Endpoint> items = ConnectionUrl.hostList(value);
        boolean hostByName = meaning != null || variable.endsWith("_HOST")
                || HOST_LIST_SUFFIXES.stream().anyMatch(variable::endsWith);
        // without a name that says "host", only host:port items count (POSTGRES_USER=postgres is no host)
        return hostByName ? items : items.stream().allMatch(e -> e.port() != null) ? items : List.of();
    }

    /** The port of a bare host: the catalog's port variable, else {@code X_PORT} beside {@code X_HOST}. */
    private static Integer siblingPort(String variable, Optional<Entry> documented, Map<String, ConfigValue> byName) {
        String portVariable = documented.map(Entry::portVariable).orElse(variable.endsWith("_HOST")
                ? variable.substring(0, variable.length() - "_HOST".length()) + "_PORT" : null);
        ConfigValue port = portVariable == null ? null : byName.get(portVariable);
        if (port == null || !port.value().strip().matches("\\d{1,5}") || Integer.parseInt(port.value().strip()) > 65535) {
            return null;
        }
        return Integer.valueOf(port.value().strip());
    }

    private static Optional<Entry> documented(List<String> images, String variable) {
        return CATALOG.stream().filter(e -> e.variable().matcher(variable).matches())
                .filter(e -> e.image().pattern().equals(".*") || images.stream().anyMatch(i -> e.image().matcher(i).matches()))
                .findFirst();
    }

    /** A pattern where '*' matches any text, compared without case. */
    private static Pattern glob(String text) {
        String[] parts = text.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(parts[i].isEmpty() ? "" : Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] parts : CatalogData.lines("container-variables.txt")) {
            entries.add(new Entry(glob(parts[0]), glob(parts[1]), Meaning.valueOf(parts[2].toUpperCase(Locale.ROOT)),
                    parts.length > 3 ? parts[3] : null));
        }
        return List.copyOf(entries);
    }
}
