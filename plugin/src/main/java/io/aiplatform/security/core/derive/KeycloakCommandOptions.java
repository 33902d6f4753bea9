package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options a Compose service gives Keycloak on its command line ({@code command: start-dev --db=postgres
 * --db-url=jdbc:postgresql://db:5432/keycloak}) as the variables they equal: Keycloak reads every option from the
 * command line ({@code --db-url}), the environment ({@code KC_DB_URL}) or its configuration file, "the option in
 * upper case, dashes as underscores, prefixed with KC_" (keycloak.org, <i>Configuring Keycloak</i>). Only images of
 * Keycloak's Quarkus distribution read them; the variables then count as the container's own ({@link ContainerVariables}).
 */
public final class KeycloakCommandOptions {

    private static final Pattern OPTION = Pattern.compile("--([a-z][a-z0-9-]*)(?:=(\\S+))?");

    private KeycloakCommandOptions() {
    }

    /** Whether {@code image} is Keycloak's ({@code quay.io/keycloak/keycloak:26.0.0}). */
    public static boolean isKeycloak(String image) {
        return image.toLowerCase(Locale.ROOT).split("@")[0].matches("(.*/)?keycloak/keycloak(:.*)?");
    }

    /**
     * The {@code KC_} variables the command of Compose service {@code service} in {@code file} sets, in order; a
     * value with a variable left in it, or an option without value, sets none.
     */
    public static List<ConfigValue> variables(Path file, String service) {
        List<ConfigValue> variables = new ArrayList<>();
        for (ConfigValue part : commandParts(file, service)) {
            List<String> tokens = List.of(part.value().strip().split("\\s+"));
            for (int i = 0; i < tokens.size(); i++) {
                Matcher m = OPTION.matcher(tokens.get(i));
                if (!m.matches()) {
                    continue;
                }
                String value = m.group(2) != null ? m.group(2)
                        : i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("-") ? tokens.get(i + 1) : null;
                if (value != null && !value.contains("${")) {
                    String name = "KC_" + m.group(1).toUpperCase(Locale.ROOT).replace('-', '_');
                    variables.add(new ConfigValue(name, value, part.file(), part.line()));
                }
            }
        }
        return variables;
    }

    /** The command as written: one string, or the items of a list, in order. */
    private static List<ConfigValue> commandParts(Path file, String service) {
        Map<Integer, ConfigValue> parts = new TreeMap<>();
        String prefix = "services." + service.toLowerCase(Locale.ROOT) + ".command";
        for (ConfigFiles.Document doc : ConfigFiles.read(file, problem -> { })) {
            doc.properties().forEach((key, v) -> {
                String k = key.toLowerCase(Locale.ROOT);
                if (v.value() == null) {
                    return;
                }
                if (k.equals(prefix)) {
                    parts.put(-1, v);
                } else if (k.startsWith(prefix + "[") && k.endsWith("]")
                        && k.substring(prefix.length() + 1, k.length() - 1).matches("\\d+")) {
                    parts.put(Integer.valueOf(k.substring(prefix.length() + 1, k.length() - 1)), v);
                }
            });
        }
        return List.copyOf(parts.values());
    }
}
