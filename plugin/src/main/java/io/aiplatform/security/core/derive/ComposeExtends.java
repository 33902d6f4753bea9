package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compose's {@code extends}: a service that extends another ({@code extends: {service: base, file: common.yml}}, or
 * {@code extends: base} in the same file) gets the settings of that service, its own winning, as the Compose
 * specification documents it. What the derivation reads of a service is inherited: the {@code environment}
 * variables the service does not set itself (map entries and {@code KEY=value} items alike, merged by name) and
 * the {@code image} when it names none. The base may extend another in turn, up to {@link #MAX_DEPTH} levels; a
 * base the file does not define, a file that is not there and a loop are warnings naming the {@code extends} line.
 * Inherited values keep the file and line that set them, so evidence names the shared file.
 */
final class ComposeExtends {

    /** How many {@code extends} are followed from one service. */
    static final int MAX_DEPTH = 8;
    private static final Pattern LIST_ITEM = Pattern.compile("environment\\[\\d+\\]");

    private final Function<Path, List<Map<String, ConfigValue>>> reader;
    private final Consumer<Problem> warnings;

    private ComposeExtends(Function<Path, List<Map<String, ConfigValue>>> reader, Consumer<Problem> warnings) {
        this.reader = reader;
        this.warnings = warnings;
    }

    /**
     * {@code props} (one document of Compose file {@code file}, keys in the form {@code reader} gives) with each
     * extending service's inherited settings added under its own keys; {@code props} itself when no service extends.
     * {@code reader} reads another Compose file's documents in the same key form.
     */
    static Map<String, ConfigValue> resolve(Path file, Map<String, ConfigValue> props,
                                            Function<Path, List<Map<String, ConfigValue>>> reader,
                                            Consumer<Problem> warnings) {
        List<String> extending = extendingServices(props);
        if (extending.isEmpty()) {
            return props;
        }
        ComposeExtends compose = new ComposeExtends(reader, warnings);
        Map<String, ConfigValue> all = new LinkedHashMap<>(props);
        for (String service : extending) {
            Map<String, ConfigValue> own = fieldsOf(props, service);
            Map<String, ConfigValue> inherited = compose.fields(file, props, service, 0, new TreeSet<>());
            inherited.forEach((field, v) -> {
                if (!own.containsKey(field)) {
                    String key = "services." + service + "." + field;
                    all.put(key, new ConfigValue(key, v.value(), v.file(), v.line(), v.origin(), v.secret()));
                }
            });
        }
        return all;
    }

    /** The services of {@code props} that have an {@code extends}, in file order. */
    private static List<String> extendingServices(Map<String, ConfigValue> props) {
        Set<String> found = new LinkedHashSet<>();
        props.keySet().forEach(key -> {
            if (key.startsWith("services.")) {
                String rest = key.substring("services.".length());
                int dot = rest.indexOf('.');
                if (dot > 0 && (rest.substring(dot + 1).equals("extends") || rest.startsWith("extends.", dot + 1))) {
                    found.add(rest.substring(0, dot));
                }
            }
        });
        return List.copyOf(found);
    }

    /** The fields of {@code service} with what it inherits, its own first; {@code seen}: file#service already on the way. */
    private Map<String, ConfigValue> fields(Path file, Map<String, ConfigValue> props, String service, int depth,
                                           Set<String> seen) {
        Map<String, ConfigValue> own = fieldsOf(props, service);
        ConfigValue named = own.containsKey("extends.service") ? own.get("extends.service") : own.get("extends");
        if (named == null) {
            return own;
        }
        String where = file.toAbsolutePath().normalize() + "#" + service;
        if (!seen.add(where) || depth >= MAX_DEPTH) {
            warn(named, "extends of Compose service " + service + " loops or goes deeper than " + MAX_DEPTH
                    + " levels; what it would inherit further is not read");
            return own;
        }
        ConfigValue baseFile = own.get("extends.file");
        Path other = baseFile == null ? file : file.toAbsolutePath().normalize().getParent().resolve(baseFile.value())
                .normalize();
        Map<String, ConfigValue> baseProps = baseFile == null ? props : document(other, named.value());
        if (baseProps == null || fieldsOf(baseProps, named.value()).isEmpty()) {
            warn(named, "Compose service " + service + " extends " + named.value() + ", which "
                    + (baseFile == null ? "this file" : baseFile.value()) + " does not define; its settings are not"
                    + " inherited");
            return own;
        }
        Map<String, ConfigValue> merged = new LinkedHashMap<>(own);
        inherit(merged, fields(other, baseProps, named.value(), depth + 1, seen));
        return merged;
    }

    /** Adds to {@code merged} the base's environment variables it does not set and the base's image when it has none. */
    private static void inherit(Map<String, ConfigValue> merged, Map<String, ConfigValue> base) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        merged.forEach((field, v) -> variableName(field, v).ifPresent(set::add));
        int items = (int) merged.keySet().stream().filter(f -> LIST_ITEM.matcher(f).matches()).count();
        for (Map.Entry<String, ConfigValue> e : base.entrySet()) {
            String field = e.getKey();
            ConfigValue v = e.getValue();
            if (field.equals("image") && !merged.containsKey("image")) {
                merged.put(field, v);
            }
            String name = variableName(field, v).orElse(null);
            if (name == null || !set.add(name)) {
                continue;
            }
            if (field.startsWith("environment.")) {
                merged.put(field, v);
            } else {
                merged.put("environment[" + items++ + "]", v);
            }
        }
    }

    /** The variable an environment field sets ({@code environment.KEY}, {@code environment[i]} = {@code KEY=v} or {@code KEY}). */
    private static Optional<String> variableName(String field, ConfigValue v) {
        if (field.startsWith("environment.")) {
            return Optional.of(field.substring("environment.".length()));
        }
        if (LIST_ITEM.matcher(field).matches()) {
            int eq = v.value().indexOf('=');
            return Optional.of((eq < 0 ? v.value() : v.value().substring(0, eq)).strip());
        }
        return Optional.empty();
    }

    /** The fields of Compose service {@code service} in {@code props}, by the rest of their key (the name in any case). */
    private static Map<String, ConfigValue> fieldsOf(Map<String, ConfigValue> props, String service) {
        String prefix = "services." + service + ".";
        Map<String, ConfigValue> own = new LinkedHashMap<>();
        props.forEach((key, v) -> {
            if (key.regionMatches(true, 0, prefix, 0, prefix.length())) {
                own.put(key.substring(prefix.length()), v);
            }
        });
        return own;
    }

    /** The document of {@code other} that defines {@code service}; null when the file is not there or none does. */
    private Map<String, ConfigValue> document(Path other, String service) {
        if (!Files.isRegularFile(other)) {
            return null;
        }
        return reader.apply(other).stream().filter(doc -> !fieldsOf(doc, service).isEmpty()).findFirst().orElse(null);
    }

    private void warn(ConfigValue at, String message) {
        warnings.accept(new Problem(at.file(), at.line(), null, message).withRule(DerivationRule.INPUT_UNREAD));
    }
}
