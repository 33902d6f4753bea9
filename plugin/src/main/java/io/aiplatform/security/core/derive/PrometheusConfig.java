package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Prometheus configuration scrapes, as its documentation defines {@code scrape_configs}: the
 * {@code host:port} items of {@code static_configs[].targets}, and the jobs of
 * {@code kubernetes_sd_configs} with their role, the namespaces they are limited to, and whether a
 * {@code relabel_configs} entry keeps only the targets annotated {@code prometheus.io/scrape}
 * ({@code source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]}, {@code action: keep}),
 * and the {@code server} of {@code eureka_sd_configs} and {@code consul_sd_configs}; and the Alertmanagers it sends
 * alerts to ({@code alerting.alertmanagers[].static_configs[].targets}).
 */
public final class PrometheusConfig {

    private static final String POD_ANNOTATION = "__meta_kubernetes_pod_annotation";
    private static final String SERVICE_ANNOTATION = "__meta_kubernetes_service_annotation";

    /** A static target: {@code host:port} as written, and where. */
    public record StaticTarget(String host, Integer port, ConfigValue where) {
    }

    /**
     * A job that discovers its targets in Kubernetes.
     *
     * @param role        pod, endpoints, endpointslice, service, node or ingress
     * @param annotated   the object whose {@code prometheus.io/scrape} annotation the job keeps
     *                    ({@code pod} or {@code service}); null when it keeps every target
     * @param namespaces  the namespaces it is limited to; empty: every namespace
     * @param where       its {@code role} key
     */
    public record DiscoveryJob(String role, String annotated, List<String> namespaces, ConfigValue where) {
    }

    /** A job that discovers its targets in a registry: {@code eureka} or {@code consul}, and its {@code server}. */
    public record RegistryJob(String registry, ConfigValue server) {
    }

    private static final List<String> REGISTRIES = List.of("eureka", "consul");

    private final Map<String, ConfigValue> props;
    /** Every key's prefixes that end before a '.' or '[': the maps and lists the document holds. */
    private final Set<String> nested = new HashSet<>();

    public PrometheusConfig(Map<String, ConfigValue> props) {
        this.props = props;
        for (String key : props.keySet()) {
            for (int i = 1; i < key.length(); i++) {
                if (key.charAt(i) == '.' || key.charAt(i) == '[') {
                    nested.add(key.substring(0, i));
                }
            }
        }
    }

    /** Every {@code host:port} of every job's {@code static_configs}, in order; an item without a host is left out. */
    public List<StaticTarget> staticTargets() {
        List<StaticTarget> targets = new ArrayList<>();
        for (int job = 0; has("scrape_configs[" + job + "]"); job++) {
            for (int s = 0; has("scrape_configs[" + job + "].static_configs[" + s + "]"); s++) {
                String prefix = "scrape_configs[" + job + "].static_configs[" + s + "].targets[";
                for (int t = 0; props.containsKey(prefix + t + "]"); t++) {
                    ConfigValue v = props.get(prefix + t + "]");
                    ConnectionUrl.hostList(v.value().strip())
                            .forEach(e -> targets.add(new StaticTarget(e.host(), e.port(), v)));
                }
            }
        }
        return targets;
    }

    /**
     * Every {@code host:port} of the {@code static_configs} of {@code alerting.alertmanagers}, in order: the
     * Alertmanagers Prometheus sends its alerts to.
     */
    public List<StaticTarget> alertmanagerTargets() {
        List<StaticTarget> targets = new ArrayList<>();
        for (int a = 0; has("alerting.alertmanagers[" + a + "]"); a++) {
            for (int s = 0; has("alerting.alertmanagers[" + a + "].static_configs[" + s + "]"); s++) {
                String prefix = "alerting.alertmanagers[" + a + "].static_configs[" + s + "].targets[";
                for (int t = 0; props.containsKey(prefix + t + "]"); t++) {
                    ConfigValue v = props.get(prefix + t + "]");
                    ConnectionUrl.hostList(v.value().strip())
                            .forEach(e -> targets.add(new StaticTarget(e.host(), e.port(), v)));
                }
            }
        }
        return targets;
    }

    /** Every {@code kubernetes_sd_configs} entry of every job, in order. */
    public List<DiscoveryJob> discoveryJobs() {
        List<DiscoveryJob> jobs = new ArrayList<>();
        for (int job = 0; has("scrape_configs[" + job + "]"); job++) {
            String prefix = "scrape_configs[" + job + "].";
            String annotated = annotationKept(prefix).orElse(null);
            for (int k = 0; has(prefix + "kubernetes_sd_configs[" + k + "]"); k++) {
                String sd = prefix + "kubernetes_sd_configs[" + k + "].";
                ConfigValue role = props.get(sd + "role");
                if (role == null) {
                    continue;
                }
                List<String> namespaces = new ArrayList<>();
                for (int n = 0; props.containsKey(sd + "namespaces.names[" + n + "]"); n++) {
                    namespaces.add(props.get(sd + "namespaces.names[" + n + "]").value().strip());
                }
                jobs.add(new DiscoveryJob(role.value().strip(), annotated, namespaces, role));
            }
        }
        return jobs;
    }

    /** Every {@code eureka_sd_configs} and {@code consul_sd_configs} entry with a {@code server}, in order. */
    public List<RegistryJob> registryJobs() {
        List<RegistryJob> jobs = new ArrayList<>();
        for (int job = 0; has("scrape_configs[" + job + "]"); job++) {
            for (String registry : REGISTRIES) {
                String prefix = "scrape_configs[" + job + "]." + registry + "_sd_configs[";
                for (int k = 0; has(prefix + k + "]"); k++) {
                    ConfigValue server = props.get(prefix + k + "].server");
                    if (server != null) {
                        jobs.add(new RegistryJob(registry, server));
                    }
                }
            }
        }
        return jobs;
    }

    /** {@code pod} or {@code service} when a {@code keep} relabelling of the job reads that object's scrape annotation. */
    private Optional<String> annotationKept(String job) {
        for (int r = 0; has(job + "relabel_configs[" + r + "]"); r++) {
            String rule = job + "relabel_configs[" + r + "].";
            ConfigValue action = props.get(rule + "action");
            if (action == null || !action.value().strip().equalsIgnoreCase("keep")) {
                continue;
            }
            for (int l = 0; props.containsKey(rule + "source_labels[" + l + "]"); l++) {
                String label = props.get(rule + "source_labels[" + l + "]").value().strip();
                if (label.equals(POD_ANNOTATION + "_prometheus_io_scrape")
                        || label.equals(POD_ANNOTATION + "present_prometheus_io_scrape")) {
                    return Optional.of("pod");
                }
                if (label.equals(SERVICE_ANNOTATION + "_prometheus_io_scrape")
                        || label.equals(SERVICE_ANNOTATION + "present_prometheus_io_scrape")) {
                    return Optional.of("service");
                }
            }
        }
        return Optional.empty();
    }

    /** True when a map or list is at {@code prefix} (a key continues it with '.' or '['). */
    private boolean has(String prefix) {
        return nested.contains(prefix);
    }
}
