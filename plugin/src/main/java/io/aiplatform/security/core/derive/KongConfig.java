package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kong gateway's declarative configuration (DB-less mode, Kong's documented format: {@code _format_version},
 * {@code services}, {@code upstreams}), which Kong reads from the file {@code KONG_DECLARATIVE_CONFIG} names when
 * {@code KONG_DATABASE} is {@code off}: each service's upstream, given as {@code url} (shorthand for protocol, host, port
 * and path) or as {@code host} and {@code port} (default 80, 443 for https), and the {@code targets} of an
 * {@code upstreams} entry that a service's host names ({@code target: host:port}, port 8000 by default).
 */
public final class KongConfig {

    private static final Pattern SERVICE = Pattern.compile("services\\[(\\d+)]\\.(url|host|port|protocol)");
    private static final Pattern UPSTREAM_NAME = Pattern.compile("upstreams\\[(\\d+)]\\.name");
    private static final Pattern TARGET = Pattern.compile("upstreams\\[(\\d+)]\\.targets\\[\\d+]\\.target");
    private static final int TARGET_PORT = 8000;

    private KongConfig() {
    }

    /** Whether {@code image} is Kong's ({@code kong:3.6}, {@code kong/kong-gateway:3.6}, {@code kong:latest}). */
    public static boolean isKong(String image) {
        String repository = image.strip().split("@")[0];
        int colon = repository.lastIndexOf(':');
        if (colon > repository.lastIndexOf('/')) {
            repository = repository.substring(0, colon);
        }
        String last = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return last.equals("kong") || last.equals("kong-gateway");
    }

    /**
     * The file name of the declarative configuration a Kong container reads: the last segment of its
     * {@code KONG_DECLARATIVE_CONFIG}, when {@code KONG_DATABASE} is {@code off}; empty otherwise.
     */
    public static Optional<String> declarativeFileName(List<ConfigValue> environment) {
        String database = null;
        String declarative = null;
        for (ConfigValue v : environment) {
            if (v.key().equalsIgnoreCase("KONG_DATABASE")) {
                database = v.value();
            } else if (v.key().equalsIgnoreCase("KONG_DECLARATIVE_CONFIG")) {
                declarative = v.value();
            }
        }
        if (database == null || !database.strip().equalsIgnoreCase("off") || declarative == null
                || declarative.isBlank()) {
            return Optional.empty();
        }
        String path = declarative.strip();
        return Optional.of(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Where the file named {@code name} may be among mounted host paths: such a file, or that name in a folder. */
    public static List<Path> candidates(List<Path> paths, String name) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            Path candidate = String.valueOf(p.getFileName()).equals(name) ? p : p.resolve(name);
            if (!files.contains(candidate)) {
                files.add(candidate);
            }
        }
        return files;
    }

    /** The {@link #candidates} that are files. */
    public static List<Path> filesIn(List<Path> paths, String name) {
        return candidates(paths, name).stream().filter(Files::isRegularFile).toList();
    }

    /** The hosts a Kong declarative file names, evidence {@code file:line key}. */
    public static List<HostReference> references(Path file, Function<Path, String> shown, Consumer<Problem> warnings) {
        List<HostReference> refs = new ArrayList<>();
        for (ConfigFiles.Document doc : ConfigFiles.read(file, warnings)) {
            refs.addAll(references(doc.properties(), shown));
        }
        return refs;
    }

    private static List<HostReference> references(Map<String, ConfigValue> props, Function<Path, String> shown) {
        Map<Integer, Map<String, ConfigValue>> services = new TreeMap<>();
        Set<String> upstreams = new HashSet<>();
        props.forEach((key, v) -> {
            Matcher m = SERVICE.matcher(key.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                services.computeIfAbsent(Integer.valueOf(m.group(1)), k -> new TreeMap<>()).put(m.group(2), v);
            } else if (UPSTREAM_NAME.matcher(key.toLowerCase(Locale.ROOT)).matches() && v.value() != null) {
                upstreams.add(v.value().strip().toLowerCase(Locale.ROOT));
            }
        });
        List<HostReference> refs = new ArrayList<>();
        services.values().forEach(fields -> service(fields, upstreams, shown).ifPresent(refs::add));
        props.forEach((key, v) -> {
            if (TARGET.matcher(key.toLowerCase(Locale.ROOT)).matches() && v.value() != null) {
                for (ConnectionUrl.Endpoint e : ConnectionUrl.hostList(v.value())) {
                    refs.add(new HostReference(e.host(), e.port() != null ? e.port() : TARGET_PORT,
                            shown.apply(v.file()) + ":" + v.line() + " " + key, key));
                }
            }
        });
        return refs;
    }

    /** A service's upstream: its {@code url}, else {@code host} with {@code port} or the protocol's default port. */
    private static Optional<HostReference> service(Map<String, ConfigValue> fields, Set<String> upstreams,
                                                   Function<Path, String> shown) {
        ConfigValue url = fields.get("url");
        if (url != null && url.value() != null) {
            Optional<ConnectionUrl> parsed = ConnectionUrl.parse(url.value());
            if (parsed.isEmpty() || parsed.get().endpoints().isEmpty()) {
                return Optional.empty();
            }
            ConnectionUrl.Endpoint e = parsed.get().endpoints().get(0);
            if (upstreams.contains(e.host().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            int port = e.port() != null ? e.port() : "https".equalsIgnoreCase(parsed.get().scheme()) ? 443 : 80;
            return Optional.of(new HostReference(e.host(), port, where(url, shown), url.key()));
        }
        ConfigValue host = fields.get("host");
        if (host == null || host.value() == null || upstreams.contains(host.value().strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        ConfigValue port = fields.get("port");
        ConfigValue protocol = fields.get("protocol");
        int p = port != null && port.value() != null && port.value().strip().matches("\\d{1,5}")
                ? Integer.parseInt(port.value().strip())
                : protocol != null && "https".equalsIgnoreCase(String.valueOf(protocol.value()).strip()) ? 443 : 80;
        return Optional.of(new HostReference(host.value().strip(), p, where(host, shown), host.key()));
    }

    private static String where(ConfigValue v, Function<Path, String> shown) {
        return shown.apply(v.file()) + ":" + v.line() + " " + v.key();
    }
}
