package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment Docker Compose files give their services ({@code environment} as a map or as
 * {@code KEY=value} items, interpolated as Compose does) and the build contexts that tie a Compose
 * service to a module.
 */
final class ComposeEnvironment {

    /** Compose build contexts (absolute, normalized) by service name. */
    private final Map<Path, String> contextToName = new LinkedHashMap<>();
    /** Where each Compose service's build context is set. */
    private final Map<String, ConfigValue> builtAt = new LinkedHashMap<>();
    /** The host names Compose gives its services besides their names (aliases, hostname, container_name). */
    private final ComposeHostNames hostNames = new ComposeHostNames();
    /** Every Compose service's name (lower case). */
    private final Set<String> services = new TreeSet<>();
    /** The variables Compose knows for each Compose file read ({@code .env} of its folder). */
    private final Map<Path, ComposeProjectVariables> projectVariables = new LinkedHashMap<>();
    /** What the interpolation could not do (a required variable, a bound passed). */
    private final List<Problem> warnings = new ArrayList<>();

    /** Reads one document of a Compose file: its services' variables go to {@code variables}. */
    void read(Path file, Map<String, ConfigValue> props, DeployedVariables variables) {
        ComposeProjectVariables project = projectVariables.computeIfAbsent(file,
                f -> ComposeProjectVariables.of(f, warnings::add));
        Map<String, List<ConfigValue>> fromEnvFiles = new LinkedHashMap<>();
        Map<String, Set<String>> set = new LinkedHashMap<>();
        for (ConfigValue v : props.values()) {
            String key = v.key().toLowerCase(Locale.ROOT);
            if (!key.startsWith("services.")) {
                continue;
            }
            String rest = key.substring("services.".length());
            int dot = rest.indexOf('.');
            if (dot < 0) {
                continue;
            }
            String service = rest.substring(0, dot);
            String field = rest.substring(dot + 1);
            services.add(service);
            if (hostNames.read(service, field, v, interpolatedHostName(v, field, project))) {
                continue;
            }
            project.envFile(field, v.value()).ifPresent(path -> fromEnvFiles.computeIfAbsent(service, k -> new ArrayList<>())
                    .addAll(envFileVariables(service, path, project)));
            boolean build = field.equals("build") || field.equals("build.context");
            if (!build && !field.startsWith("environment")) {
                continue;
            }
            String value = interpolated(v, project);
            if (value == null || !build && fromShellOnly(v, project)) {
                continue;
            }
            if (build) {
                if (!value.contains("${")) {
                    contextToName.put(file.getParent().resolve(value).toAbsolutePath().normalize(), service);
                    builtAt.put(service, v);
                }
            } else {
                ConfigValue variable = variable(service, field, key, value, v, project);
                if (variable != null) {
                    set.computeIfAbsent(service, k -> new TreeSet<>()).add(variable.key().toLowerCase(Locale.ROOT));
                    variables.add(service, variable);
                }
            }
        }
        // env_file sets what environment does not: Compose gives environment precedence
        fromEnvFiles.forEach((service, list) -> list.stream()
                .filter(e -> !set.getOrDefault(service, Set.of()).contains(e.key().toLowerCase(Locale.ROOT)))
                .forEach(e -> variables.add(service, e)));
    }

    /**
     * The variable an {@code environment} entry sets: {@code KEY=value} items and map entries as written, an item
     * without '=' the value the project's {@code .env} gives it ({@link ComposeProjectVariables}); null when none.
     */
    private static ConfigValue variable(String service, String field, String key, String value, ConfigValue v,
                                        ComposeProjectVariables project) {
        if (field.startsWith("environment[")) {
            int eq = value.indexOf('=');
            if (eq > 0) {
                return new ConfigValue(value.substring(0, eq), value.substring(eq + 1), v.file(), v.line());
            }
            return project.passedThrough(value.strip()).map(e -> new ConfigValue(e.key(), e.value(), e.file(), e.line(),
                    e.key() + " (passed to Compose service " + service + " by " + v.file().getFileName() + ":" + v.line()
                    + ")", false)).orElse(null);
        }
        if (field.startsWith("environment.")) {
            String variable = key.substring(("services." + service + ".environment.").length());
            return new ConfigValue(variable, value, v.file(), v.line());
        }
        return null;
    }

    /** The variables of the env file {@code path} of Compose service {@code service}, each saying where it comes from. */
    private List<ConfigValue> envFileVariables(String service, Path path, ComposeProjectVariables project) {
        return project.envFileVariables(path, warnings::add).stream().map(e -> new ConfigValue(e.key(), e.value(),
                e.file(), e.line(), e.key() + " (env_file of Compose service " + service + ")", false)).toList();
    }

    /**
     * A Compose value as Compose interpolates it ({@code ${DB_HOST:-postgres}} is {@code postgres});
     * the build knows none of the variables of the shell that will run Compose. A required variable
     * ({@code ${X:?err}}) is a warning; {@code null} when the value passes the interpolation's bounds.
     */
    private String interpolated(ConfigValue v, ComposeProjectVariables project) {
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate(v.value(), project.interpolation());
        String key = v.key().toLowerCase(Locale.ROOT);
        if (r.exceeded() != null) {
            warnings.add(new Problem(v.file(), v.line(), null, key + " is not read: its Compose interpolation"
                    + " passed a bound (" + r.exceeded() + ")").withRule(DerivationRule.INPUT_UNREAD));
            return null;
        }
        if (!r.required().isEmpty()) {
            warnings.add(new Problem(v.file(), v.line(), null, key + " requires " + String.join(", ", r.required())
                    + ", which only the shell that runs Compose sets; a host it gives cannot be derived (give it a"
                    + " default: ${NAME:-host}, or add 'calls:')").withRule(DerivationRule.UNRESOLVED_PLACEHOLDER));
        }
        return r.value();
    }

    /**
     * Whether the value is nothing but one variable of the shell that runs Compose ({@code ${OPENAI_API_KEY}},
     * {@code $KEY}, {@code ${KEY:?message}}) that the project's {@code .env} does not set: Compose passes that
     * shell's value through, which the build does not know, so the container variable is unknown and left unset
     * rather than set to its own name. A {@code KEY} item without '=' takes the {@code .env} value, else is not read.
     */
    private static boolean fromShellOnly(ConfigValue v, ComposeProjectVariables project) {
        String item = v.value();
        int eq = item.indexOf('=');
        String written = v.key().toLowerCase(Locale.ROOT).matches(".*\\.environment\\[\\d+\\]") && eq > 0
                ? item.substring(eq + 1) : item;
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate(written.strip(), project.interpolation());
        return r.exceeded() == null && r.unresolved().size() == 1
                && r.value().equals("${" + r.unresolved().get(0) + "}");
    }

    /** A host-name field's value as interpolated, or null for another field (not interpolated, so no warning twice). */
    private String interpolatedHostName(ConfigValue v, String field, ComposeProjectVariables project) {
        return field.equals("hostname") || field.equals("container_name")
                || field.matches("networks\\..+\\.aliases\\[\\d+\\]") ? interpolated(v, project) : null;
    }

    /**
     * The host names of Compose service {@code service} besides {@code names}: its aliases, hostname and
     * container name, and its own name when it is built from the module's folder under another name.
     */
    List<ComposeHostName> hostNames(String service, boolean builtFromModule, List<String> names) {
        List<ComposeHostName> all = new ArrayList<>();
        ConfigValue build = builtAt.get(service);
        if (builtFromModule && build != null) {
            all.add(new ComposeHostName(service, service, "the service name", build.file(), build.line()));
        }
        all.addAll(hostNames.of(service));
        return all.stream().filter(h -> names.stream().noneMatch(h.host()::equalsIgnoreCase)).toList();
    }

    /**
     * The host names of the one Compose service, named otherwise, that carries {@code host} as an alias, hostname or
     * container name (the platform file's {@code kafka} run by Compose service {@code kafkaserver} with the alias
     * {@code kafka}): its own name first, then its other host names besides {@code names}; empty when no Compose
     * service is named {@code host} and none or several carry it.
     */
    List<ComposeHostName> hostNamesOfServiceCalled(String host, List<String> names) {
        String h = host.toLowerCase(Locale.ROOT);
        List<String> carriers = hostNames.servicesCalled(h);
        if (services.contains(h) || carriers.size() != 1) {
            return List.of();
        }
        String service = carriers.get(0);
        ComposeHostName alias = hostNames.of(service).stream().filter(n -> n.host().equals(h)).findFirst().orElseThrow();
        List<ComposeHostName> all = new ArrayList<>();
        all.add(new ComposeHostName(service, service, "the service name, beside " + alias.how() + " " + h + ",",
                alias.file(), alias.line()));
        all.addAll(hostNames(service, false, names));
        return all;
    }

    /** The Compose service built from {@code moduleDir}, or null. */
    String serviceBuiltFrom(Path moduleDir) {
        return contextToName.get(moduleDir.toAbsolutePath().normalize());
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
