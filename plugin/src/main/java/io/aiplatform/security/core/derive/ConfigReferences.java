package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosts a configuration connects to: every URL in any value ({@code jdbc:postgresql://db:5432/x},
 * {@code mongodb://user@orders-mongodb/orders}, {@code lb://customers-service},
 * {@code http://vets-service/vets}, {@code stork://inventory}, Eureka's {@code defaultZone}), the
 * value of every {@code *.host} key with its sibling {@code *.port}, and host lists
 * ({@code bootstrap-servers}, {@code addresses}, {@code nodes}, {@code contact-points}). Placeholders
 * are resolved first; a value that needs an unknown environment variable is reported, not guessed.
 */
public final class ConfigReferences {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.\\-]*)://(?:[^@/\\s,;]*@)?(\\[[^\\]]+\\]|[A-Za-z0-9_.\\-]+)(?::(\\d{1,5}))?");
    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9_.\\-]+)(?::(\\d{1,5}))?");
    private static final List<String> HOST_LIST_KEYS = List.of("bootstrap-servers", "bootstrap.servers", "addresses",
            "nodes", "contact-points", "hosts");

    /** The references found, and the values that name an environment variable without a default. */
    public record Result(List<HostReference> references, List<String> unresolved) {
    }

    private ConfigReferences() {
    }

    public static Result of(ModuleConfiguration config, Function<Path, String> shown) {
        List<HostReference> refs = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Map<String, ConfigValue> props = config.properties();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ConfigValue v : props.values()) {
            if (config.variableOnly(v.key()) || !seen.add(v.file() + ":" + v.line() + ":" + v.value())) {
                continue; // one environment variable is both its own name and its relaxed property
            }
            String where = v.where(shown);
            Placeholders.Result r = Placeholders.resolve(v.value(), props);
            String value = r.value();
            Matcher url = URL.matcher(value);
            boolean found = false;
            while (url.find()) {
                String host = url.group(2);
                if (host.contains("${")) {
                    continue;
                }
                found = true;
                refs.add(new HostReference(host, url.group(3) == null ? null : Integer.valueOf(url.group(3)), where, v.key()));
            }
            boolean hostShaped = value.contains("://") || v.key().endsWith(".host") || v.key().endsWith(".url")
                    || v.key().endsWith(".uri") || hostList(v.key());
            if (!found && !r.unresolved().isEmpty() && hostShaped) {
                unresolved.add(where + " needs " + String.join(", ", r.unresolved()) + ", which has no default");
            }
            if (found || value.contains("${")) {
                continue;
            }
            if (v.key().endsWith(".host") && !value.isBlank()) {
                String portKey = v.key().substring(0, v.key().length() - ".host".length()) + ".port";
                Integer port = null;
                ConfigValue p = props.get(portKey);
                if (p != null) {
                    String resolvedPort = Placeholders.resolve(p.value(), props).value();
                    port = resolvedPort.matches("\\d{1,5}") ? Integer.valueOf(resolvedPort) : null;
                }
                refs.add(new HostReference(value.strip(), port, where, v.key()));
            } else if (hostList(v.key())) {
                for (String item : value.split(",")) {
                    Matcher m = HOST_PORT.matcher(item.strip());
                    if (m.matches()) {
                        refs.add(new HostReference(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                                where, v.key()));
                    }
                }
            }
        }
        return new Result(refs, unresolved);
    }

    private static boolean hostList(String key) {
        String last = key.replaceAll("\\[\\d+\\]$", "");
        return HOST_LIST_KEYS.stream().anyMatch(k -> last.endsWith("." + k) || last.equals(k));
    }
}
