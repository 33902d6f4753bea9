package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the Prometheus configurations, Grafana data source files and log shippers' push files of the repository:
 * among the deployment files ({@link DeploymentEnvironment#files}), each YAML document of a kind
 * {@link MonitoringFile#kindOf} knows (a top-level {@code scrape_configs}, {@code apiVersion: 1} and
 * {@code datasources}, Promtail's {@code clients}, Grafana Agent's {@code logs.configs[].clients}, the OpenTelemetry
 * Collector's {@code service.pipelines} listing receivers or exporters); and the same held as a value of a ConfigMap's
 * {@code data}, read with the lines of the manifest.
 */
final class MonitoringFiles {

    private MonitoringFiles() {
    }

    /** The monitoring file that a YAML document of {@code file} is, if any, added to {@code into}. */
    static void add(Path file, Map<String, ConfigValue> document, List<MonitoringFile> into) {
        MonitoringFile.Kind kind = MonitoringFile.kindOf(document);
        if (kind != null) {
            into.add(new MonitoringFile(kind, file, null, document));
        }
    }

    /** The monitoring files held as values of the ConfigMaps' data, added to {@code into}. */
    static void embedded(Map<String, Map<String, ConfigValue>> configMaps, Consumer<Problem> warnings,
                         List<MonitoringFile> into) {
        configMaps.forEach((name, data) -> data.values().forEach(v -> {
            if (v.value().contains("scrape_configs") || v.value().contains("datasources") || v.value().contains("clients")
                    || v.value().contains("pipelines")) {
                embedded(name, v, warnings, into);
            }
        }));
    }

    /** The documents of a ConfigMap's value, with the manifest's lines (a block scalar's text starts a line below its key). */
    private static void embedded(String configMap, ConfigValue value, Consumer<Problem> warnings,
                                 List<MonitoringFile> into) {
        for (ConfigFiles.Document doc : ConfigFiles.yaml(value.file(), value.value(), warnings)) {
            MonitoringFile.Kind kind = MonitoringFile.kindOf(doc.properties());
            if (kind == null) {
                continue;
            }
            Map<String, ConfigValue> shifted = new LinkedHashMap<>();
            doc.properties().forEach((k, v) -> shifted.put(k, new ConfigValue(k, v.value(), value.file(),
                    value.line() + v.line())));
            into.add(new MonitoringFile(kind, value.file(), configMap, shifted));
        }
    }
}
