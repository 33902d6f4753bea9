package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an OpenTelemetry Collector configuration connects to, as the collector documents its format: the components
 * that {@code service.pipelines} lists ({@code exporters}, {@code receivers}; one no pipeline lists is never
 * started), and of those the settings that name a peer (catalog data {@code collector-components.txt}:
 * {@code otlp.endpoint}, {@code prometheusremotewrite.endpoint}, {@code kafka.brokers} ...) and the
 * {@code config.scrape_configs} of each {@code prometheus} receiver, a Prometheus configuration of its own. Component
 * ids are {@code type[/name]}; the keys are those of the flattened document (lower case).
 */
public final class CollectorConfig {

    /** A setting of a component that names where it connects, and the pipelines that list the component. */
    public record Setting(String kind, String component, ConfigValue value, List<String> pipelines) {

        public Setting {
            pipelines = List.copyOf(pipelines);
        }

        /** {@code exporter otlp/tempo in pipeline traces}, {@code … in pipelines logs, traces}, for evidence. */
        public String describe() {
            return kind + " " + component + " in pipeline" + (pipelines.size() == 1 ? " " : "s ")
                    + String.join(", ", pipelines);
        }
    }

    /** The settings that name a peer, per component kind and type (lower case). */
    private static final Map<String, List<String>> CATALOG = load();
    private static final Pattern LISTED = Pattern.compile("service\\.pipelines\\.(.+)\\.(exporters|receivers)\\[\\d+]");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private final Map<String, ConfigValue> props;
    /** "exporter otlp/tempo" -> the pipelines listing it, sorted. */
    private final Map<String, TreeSet<String>> listed = new LinkedHashMap<>();

    public CollectorConfig(Map<String, ConfigValue> props) {
        this.props = props;
        props.values().stream().sorted(Comparator.comparingInt(ConfigValue::line).thenComparing(ConfigValue::key))
                .forEach(v -> {
                    Matcher m = LISTED.matcher(v.key());
                    if (m.matches()) {
                        String kind = m.group(2).equals("exporters") ? "exporter" : "receiver";
                        listed.computeIfAbsent(kind + " " + v.value().strip().toLowerCase(Locale.ROOT),
                                k -> new TreeSet<>()).add(m.group(1));
                    }
                });
    }

    /**
     * The settings naming a peer of every component a pipeline lists, in file order; a component of a type the
     * catalog does not list (a {@code debug} exporter, a listening {@code otlp} receiver) gives none.
     */
    public List<Setting> peerSettings() {
        List<Setting> found = new ArrayList<>();
        listed.forEach((listing, pipelines) -> {
            String kind = listing.substring(0, listing.indexOf(' '));
            String component = listing.substring(kind.length() + 1);
            List<String> settings = CATALOG.getOrDefault(kind + " " + type(component), List.of());
            String prefix = kind + "s." + component + ".";
            for (ConfigValue v : props.values()) {
                if (v.key().startsWith(prefix)
                        && settings.contains(INDEX.matcher(v.key().substring(prefix.length())).replaceAll(""))) {
                    found.add(new Setting(kind, component, v, List.copyOf(pipelines)));
                }
            }
        });
        found.sort(Comparator.comparingInt((Setting s) -> s.value().line()).thenComparing(s -> s.value().key()));
        return found;
    }

    /**
     * The Prometheus configuration of each {@code prometheus} receiver a pipeline lists: its {@code config} keys
     * ({@code scrape_configs[0]…}), each value keeping its full key for evidence, by receiver id.
     */
    public Map<String, Map<String, ConfigValue>> prometheusReceivers() {
        Map<String, Map<String, ConfigValue>> found = new TreeMap<>();
        listed.keySet().stream().filter(l -> l.startsWith("receiver ")).map(l -> l.substring("receiver ".length()))
                .filter(id -> type(id).equals("prometheus")).forEach(id -> {
                    String prefix = "receivers." + id + ".config.";
                    Map<String, ConfigValue> config = new LinkedHashMap<>();
                    props.forEach((key, v) -> {
                        if (key.startsWith(prefix)) {
                            config.put(key.substring(prefix.length()), v);
                        }
                    });
                    found.put(id, config);
                });
        return found;
    }

    /** The type of a component id: {@code otlp} of {@code otlp/tempo}. */
    private static String type(String component) {
        int slash = component.indexOf('/');
        return slash < 0 ? component : component.substring(0, slash);
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> catalog = new TreeMap<>();
        for (String[] line : CatalogData.lines("collector-components.txt")) {
            catalog.put(line[0] + " " + line[1], List.of(line).subList(2, line.length));
        }
        return catalog;
    }
}
