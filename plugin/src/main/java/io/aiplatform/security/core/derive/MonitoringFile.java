package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.Map;

/**
 * A Prometheus configuration, a Grafana data source provisioning file, a log shipper's push configuration
 * (Promtail, Grafana Agent in static mode) or an OpenTelemetry Collector configuration found in the repository: a
 * file of its own, or the value of a key of a ConfigMap (then {@code configMap} names it and the lines
 * of {@code properties} are those of the manifest).
 *
 * @param kind       what it configures
 * @param file       the file, or the manifest of the ConfigMap
 * @param configMap  the ConfigMap holding it; null for a file of its own
 * @param properties its YAML, flattened ({@code scrape_configs[0].static_configs[0].targets[0]})
 */
public record MonitoringFile(Kind kind, Path file, String configMap, Map<String, ConfigValue> properties) {

    /** The kinds of monitoring files read. */
    public enum Kind {
        /** {@code prometheus.yml}: any YAML with a top-level {@code scrape_configs} (and no Promtail {@code clients}). */
        PROMETHEUS("prometheus", "Prometheus configuration"),
        /** Grafana's provisioning: {@code apiVersion: 1} and {@code datasources}. */
        GRAFANA("grafana", "Grafana data source file"),
        /** Promtail's configuration: a top-level {@code clients} list (or the older single {@code client}). */
        PROMTAIL("promtail", "Promtail configuration"),
        /** Grafana Agent's static mode configuration: {@code logs.configs[].clients}. */
        GRAFANA_AGENT("agent", "Grafana Agent configuration"),
        /**
         * The OpenTelemetry Collector's configuration: {@code service.pipelines} listing receivers or exporters; run by a service named {@code otel-collector} or running an
         * {@code opentelemetry-collector*} image ({@code otel/opentelemetry-collector-contrib}).
         */
        OTEL_COLLECTOR("otel-collector", "OpenTelemetry Collector configuration");

        private static final String COLLECTOR_IMAGE = "opentelemetry-collector";

        private final String product;
        private final String description;

        Kind(String product, String description) {
            this.product = product;
            this.description = description;
        }

        /** The product's name, as a service or image is named after it ({@code grafana/agent} is {@code agent}). */
        public String product() {
            return product;
        }

        /**
         * Whether a service or image of that name (an image's last segment, without tag) is the product: its name;
         * for the collector also every image its project publishes ({@code opentelemetry-collector},
         * {@code opentelemetry-collector-contrib}, {@code opentelemetry-collector-k8s}).
         */
        public boolean namedBy(String name) {
            return name.equals(product) || this == OTEL_COLLECTOR && name.startsWith(COLLECTOR_IMAGE);
        }

        /** What such a file is, for messages: "Promtail configuration". */
        public String description() {
            return description;
        }
    }

    public MonitoringFile {
        properties = Map.copyOf(properties);
    }

    /**
     * The kind of the YAML document {@code props}, or null when it is neither. Promtail's configuration has
     * {@code scrape_configs} too, beside its {@code clients} and {@code positions}: it is no Prometheus configuration.
     */
    static Kind kindOf(Map<String, ConfigValue> props) {
        // the collector's pipelines list their receivers and exporters (which may have no settings: "debug:")
        if (props.keySet().stream().anyMatch(k -> k.startsWith("service.pipelines.")
                && (k.contains(".receivers[") || k.contains(".exporters[")))) {
            return Kind.OTEL_COLLECTOR; // its prometheus receiver nests scrape_configs: no Prometheus configuration
        }
        // Promtail's file holds scrape_configs too, but they read files, the Docker socket or the API server
        if (props.keySet().stream().anyMatch(k -> k.startsWith("clients[") || k.equals("client.url"))) {
            return Kind.PROMTAIL;
        }
        if (props.keySet().stream().anyMatch(k -> k.startsWith("logs.configs[") && k.contains("].clients["))) {
            return Kind.GRAFANA_AGENT;
        }
        if (props.keySet().stream().anyMatch(k -> k.startsWith("scrape_configs["))
                && props.keySet().stream().noneMatch(k -> k.startsWith("positions."))) {
            return Kind.PROMETHEUS;
        }
        ConfigValue version = props.get("apiversion");
        if (version != null && version.value().strip().equals("1")
                && props.keySet().stream().anyMatch(k -> k.startsWith("datasources["))) {
            return Kind.GRAFANA;
        }
        return null;
    }
}
