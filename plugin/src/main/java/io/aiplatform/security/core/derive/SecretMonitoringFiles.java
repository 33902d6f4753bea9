package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Prometheus configurations and Grafana data source files that Kubernetes Secrets of the repository hold
 * (plain manifests and rendered Helm charts alike), and who runs each:
 * <ul>
 *   <li>a Prometheus Operator {@code Prometheus} resource ({@code monitoring.coreos.com}) whose
 *   {@code spec.additionalScrapeConfigs} ({@code name}, {@code key}) names a Secret: that key holds a YAML list of
 *   scrape jobs, which the operator appends to the {@code scrape_configs} of the Prometheus it runs as the
 *   StatefulSet {@code prometheus-<name>} ({@link OperatorPrometheus});</li>
 *   <li>a Secret's value that is a monitoring file itself (a {@code prometheus.yml}, a Grafana provisioning file
 *   with {@code apiVersion: 1} and {@code datasources}, as Grafana charts render their {@code datasources}): run by
 *   the workloads that mount the Secret as a volume, else (Grafana's sidecar reads Secrets labelled
 *   {@code grafana_datasource}) by the service named after the product.</li>
 * </ul>
 * A Secret's values are never shown: every value read from one is marked secret and its evidence names the
 * Secret, its key and the path inside the payload
 * ({@code Secret jobs key scrape.yaml [0].static_configs[0].targets[0]}), never a value. Only the hosts and ports
 * the monitoring sources take from them leave this class.
 */
public final class SecretMonitoringFiles {

    /**
     * A monitoring file held in a Secret, and who runs it.
     *
     * @param file    the file (its {@code file} is the Secret's manifest or template; its values are secret)
     * @param runners the names of the services that run it, most likely first (the operator's StatefulSet, the
     *                Services that select its pods, the workloads that mount the Secret); empty: the product's
     * @param mounted whether the runners are workloads that mount the Secret: when none of them is a service, the
     *                file runs outside the platform (and not in the service named after the product)
     * @param holder  {@code Secret jobs key scrape.yaml (additionalScrapeConfigs of Prometheus main)}, for messages
     */
    public record Held(MonitoringFile file, List<String> runners, boolean mounted, String holder) {

        public Held {
            runners = List.copyOf(runners);
        }
    }

    /** The Secrets by name, with their labels. */
    private final Map<String, ConfigData> secrets = new TreeMap<>();
    private final List<OperatorPrometheus> prometheuses = new ArrayList<>();
    /** Secret name -> the workloads (lower case) that mount it as a volume, in file order. */
    private final Map<String, List<String>> mountedBy = new TreeMap<>();
    /** The repository's Kubernetes Services' selectors, by name as written. */
    private final Map<String, Map<String, String>> selectors = new TreeMap<>();

    /** Takes in one Kubernetes object (keys as written) of {@code file}. */
    public void read(Path file, Map<String, ConfigValue> object) {
        ConfigValue kind = object.get("kind");
        ConfigValue name = object.get("metadata.name");
        if (kind == null || name == null) {
            return;
        }
        switch (kind.value()) {
            case ConfigData.SECRET -> ConfigMapsAndSecrets.of(object, problem -> { })
                    .ifPresent(s -> secrets.putIfAbsent(s.name(), s)); // a bad base64 value: KubernetesManifests warns
            case "Service" -> selectors.putIfAbsent(name.value(), prefixed(object, "spec.selector."));
            case "Deployment", "StatefulSet", "DaemonSet" -> mounts(name.value(), object);
            default -> OperatorPrometheus.of(object).ifPresent(prometheuses::add);
        }
    }

    /** The monitoring files the Secrets hold, Prometheus resources' first; what cannot be read is a warning. */
    public List<Held> files(Consumer<Problem> warnings) {
        List<Held> held = new ArrayList<>();
        for (OperatorPrometheus p : prometheuses) {
            scrapeJobs(p, warnings).ifPresent(held::add);
        }
        secrets.values().forEach(s -> s.entries().forEach((key, entry) -> {
            if (entry.value().contains("scrape_configs") || entry.value().contains("datasources")) {
                for (Map<String, ConfigValue> doc : payload(s, key, false, s.describe(key), warnings)) {
                    MonitoringFile.Kind kind = MonitoringFile.kindOf(doc);
                    if (kind != null) {
                        List<String> by = mountedBy.getOrDefault(s.name(), List.of());
                        held.add(new Held(new MonitoringFile(kind, s.file(), null, doc), by, !by.isEmpty(),
                                s.describe(key)));
                    }
                }
            }
        }));
        return held;
    }

    /** The scrape jobs of a Prometheus resource's {@code additionalScrapeConfigs}; a warning when they are missing. */
    private Optional<Held> scrapeJobs(OperatorPrometheus p, Consumer<Problem> warnings) {
        ConfigData secret = secrets.get(p.secret().value());
        String missing = secret == null ? "Secret " + p.secret().value() + ", which is not in the repository"
                : !secret.entries().containsKey(p.key().value()) ? "key " + p.key().value() + " of Secret "
                + p.secret().value() + ", which the Secret does not set" : null;
        if (missing != null) {
            warnings.accept(new Problem(p.secret().file(), p.secret().line(), null, "the additionalScrapeConfigs of"
                    + " Prometheus " + p.name() + " name " + missing + "; the scrape jobs it adds are not derived (add"
                    + " the Secret's manifest, or add 'calls:' to the Prometheus service)"));
            return Optional.empty();
        }
        String holder = secret.describe(p.key().value()) + " (additionalScrapeConfigs of Prometheus " + p.name() + ")";
        List<Map<String, ConfigValue>> docs = payload(secret, p.key().value(), true, holder, warnings);
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Held(new MonitoringFile(MonitoringFile.Kind.PROMETHEUS, secret.file(), null,
                docs.get(0)), p.runners(selectors), false, holder));
    }

    /**
     * The YAML documents of a Secret's key, keys in lower case, each value marked secret with {@code holder} (the
     * Secret and key) and the path as its evidence, at the line of the key in the manifest; a list of scrape jobs
     * ({@code jobList}) is read as {@code scrape_configs}.
     */
    private static List<Map<String, ConfigValue>> payload(ConfigData secret, String key, boolean jobList, String holder,
                                                          Consumer<Problem> warnings) {
        ConfigData.Entry entry = secret.entries().get(key);
        List<Problem> problems = new ArrayList<>();
        List<ConfigFiles.Document> docs = ConfigFiles.yaml(entry.file(), entry.value(), problems::add);
        if (!problems.isEmpty()) {
            // the reader's message may quote the payload (an alias name): only the Secret and key are named
            warnings.accept(new Problem(entry.file(), entry.line(), null, secret.describe(key) + " is not read as"
                    + " a monitoring file: its YAML is refused (aliases expanding too far); the connections it sets are"
                    + " not derived (write the values out)"));
            return List.of();
        }
        List<Map<String, ConfigValue>> out = new ArrayList<>();
        for (ConfigFiles.Document doc : docs) {
            Map<String, ConfigValue> props = new LinkedHashMap<>();
            doc.properties().forEach((path, v) -> {
                String k = jobList && path.startsWith("[") ? "scrape_configs" + path : path;
                props.put(k, new ConfigValue(k, v.value(), entry.file(), entry.line(), holder + " " + path, true));
            });
            out.add(props);
        }
        return out;
    }

    private void mounts(String workload, Map<String, ConfigValue> object) {
        object.forEach((k, v) -> {
            if (k.startsWith("spec.template.spec.volumes[") && (k.endsWith(".secret.secretName")
                    || k.contains(".projected.sources[") && k.endsWith(".secret.name"))) {
                List<String> by = mountedBy.computeIfAbsent(v.value(), s -> new ArrayList<>());
                if (!by.contains(workload.toLowerCase(Locale.ROOT))) {
                    by.add(workload.toLowerCase(Locale.ROOT));
                }
            }
        });
    }

    /** The properties under {@code prefix}, by the rest of their key (values as written). */
    static Map<String, String> prefixed(Map<String, ConfigValue> object, String prefix) {
        Map<String, String> found = new TreeMap<>();
        object.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k.substring(prefix.length()), v.value());
            }
        });
        return found;
    }
}
