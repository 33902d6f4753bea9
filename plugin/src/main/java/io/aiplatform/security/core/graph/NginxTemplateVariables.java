package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the official nginx image fills a {@code *.conf.template} before start: its entrypoint runs {@code envsubst}
 * with the names of the variables the container's environment defines, so {@code ${VAR}} and {@code $VAR} of those
 * variables are replaced by their values and every other {@code $name} (nginx's own variables, {@code $host}) is left
 * as written.
 */
final class NginxTemplateVariables {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Container container;
    private final Function<Path, String> shown;
    private final Map<String, ConfigValue> environment = new TreeMap<>();

    NginxTemplateVariables(Container container, Function<Path, String> shown) {
        this.container = container;
        this.shown = shown;
        container.environment().forEach(v -> environment.putIfAbsent(v.key(), v));
    }

    /** {@code text} with the container's variables replaced. */
    String substituted(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            ConfigValue v = environment.get(name(m));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v.value()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The {@code ${VAR}} names of {@code text} the environment does not set, joined. */
    String unset(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && !environment.containsKey(m.group(1)) && !names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return String.join(", ", names);
    }

    /**
     * The variables of {@code text} that give {@code endpoint}'s host or port, as evidence shows them:
     * {@code " (GATEWAY_HOST=api-gateway in docker-compose.yml frontend)"}; empty when none does (only hosts and ports
     * are shown, never another value, and never a Secret's).
     */
    String shown(String text, ConnectionUrl.Endpoint endpoint) {
        List<String> parts = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            ConfigValue v = environment.get(name(m));
            String value = v == null ? null : v.value().strip();
            if (value != null && (value.equals(endpoint.host()) || value.equals(String.valueOf(endpoint.port()))
                    || value.equals(endpoint.shown()))) {
                // a Secret's value is never shown, not even a host: the evidence names where it comes from
                String part = name(m) + (v.secret() ? " from " + (v.origin() != null ? v.origin() : "a Secret") : "=" + value) + " in "
                        + shown.apply(v.file()) + " " + container.name();
                if (!parts.contains(part)) {
                    parts.add(part);
                }
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String name(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
