package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the deployment files in the repository run and hold, for the sources that read more of them
 * than the environment ({@link DeploymentEnvironment}): the Compose services and Kubernetes workloads
 * ({@link Container}: images, raw environment, bind mounts, build context and its Dockerfile, mounted
 * ConfigMaps, pod annotations), the ConfigMaps' data, the Kubernetes Services' annotations and labels, the
 * Ingress objects and the monitoring files ({@link MonitoringFiles}).
 */
public final class DeploymentContainers {

    /** The workload kinds and where each keeps its pod template (a CronJob's lies in its job template). */
    private static final Map<String, String> WORKLOADS = Map.of("Deployment", "spec.template.", "StatefulSet",
            "spec.template.", "DaemonSet", "spec.template.", "Job", "spec.template.", "CronJob",
            "spec.jobtemplate.spec.template."); // keys are read in lower case
    /** A YAML file whose name ends in {@code -compose}, {@code _compose} or {@code .compose}. */
    private static final Pattern NAMED_COMPOSE = Pattern.compile(".+[-_.]compose\\.ya?ml");

    private final List<Container> containers = new ArrayList<>();
    private final List<MonitoringFile> monitoring = new ArrayList<>();
    /** ConfigMap name -> data key -> value (with the line of the key's value). */
    private final Map<String, Map<String, ConfigValue>> configMaps = new TreeMap<>();
    /** Kubernetes Service name -> its labels (keys in lower case). */
    private final Map<String, Map<String, ConfigValue>> serviceLabels = new TreeMap<>();
    /** The Ingress objects, in file order. */
    private final List<Ingress> ingresses = new ArrayList<>();
    /** Kubernetes Service name -> its annotations (keys in lower case). */
    private final Map<String, Map<String, ConfigValue>> serviceAnnotations = new TreeMap<>();

    private DeploymentContainers() {
    }

    /** Reads {@code files} (the deployment files, {@link DeploymentEnvironment#files}); what cannot be read is a warning. */
    public static DeploymentContainers read(List<Path> files, Consumer<Problem> warnings) {
        DeploymentContainers all = new DeploymentContainers();
        for (Path file : files) {
            for (ConfigFiles.Document doc : ConfigFiles.read(file, warnings)) {
                all.compose(file, ComposeExtends.resolve(file, doc.properties(), other -> ConfigFiles.read(other,
                        problem -> { }).stream().map(ConfigFiles.Document::properties).toList(), problem -> { }));
                KubernetesListItems.of(doc.properties()).forEach(object -> all.kubernetes(file, object));
                MonitoringFiles.add(file, doc.properties(), all.monitoring);
            }
        }
        MonitoringFiles.embedded(all.configMaps, warnings, all.monitoring);
        return all;
    }

    /**
     * True for a file named as Compose documents its default files ({@code docker-compose*.yml},
     * {@code compose*.yaml}), or a YAML file that a name ending in {@code compose} marks as one handed to
     * {@code docker compose -f} ({@code infra-compose.yml}, {@code app.compose.yaml}, {@code kafka_compose.yml}).
     */
    public static boolean composeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("docker-compose") || name.startsWith("compose") || NAMED_COMPOSE.matcher(name).matches();
    }

    public List<Container> containers() {
        return List.copyOf(containers);
    }

    /** The monitoring files (Prometheus, Grafana, Promtail, Grafana Agent), on their own or in ConfigMaps. */
    public List<MonitoringFile> monitoringFiles() {
        return List.copyOf(monitoring);
    }

    /** The data of the ConfigMap {@code name} in the repository, by key; empty when there is none. */
    public Map<String, ConfigValue> configMap(String name) {
        return configMaps.getOrDefault(name, Map.of());
    }

    /** Every ConfigMap in the repository, by name. */
    public Map<String, Map<String, ConfigValue>> configMaps() {
        return configMaps;
    }

    /** The annotations of the Kubernetes Service {@code name} in the repository; empty when there is none. */
    public Map<String, ConfigValue> serviceAnnotations(String name) {
        return serviceAnnotations.getOrDefault(name.toLowerCase(Locale.ROOT), Map.of());
    }

    /** The labels of the Kubernetes Service {@code name} in the repository; empty when there is none. */
    public Map<String, ConfigValue> serviceLabels(String name) {
        return serviceLabels.getOrDefault(name.toLowerCase(Locale.ROOT), Map.of());
    }

    /** Whether the repository holds a Kubernetes Service called {@code name}. */
    public boolean hasService(String name) {
        return serviceAnnotations.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The Ingress objects of the repository's manifests, in file order. */
    public List<Ingress> ingresses() {
        return List.copyOf(ingresses);
    }

    private void compose(Path file, Map<String, ConfigValue> props) {
        Map<String, Map<String, ConfigValue>> byService = new LinkedHashMap<>();
        props.forEach((key, v) -> {
            if (key.startsWith("services.") && key.indexOf('.', "services.".length()) > 0) {
                String rest = key.substring("services.".length());
                int dot = rest.indexOf('.');
                byService.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>()).put(rest.substring(dot + 1), v);
            }
        });
        ComposeProjectVariables project = byService.isEmpty() ? ComposeProjectVariables.NONE
                : ComposeProjectVariables.of(file, problem -> { }); // ComposeEnvironment reports what cannot be read
        byService.forEach((service, fields) -> containers.add(ComposeService.of(service, file, fields, project)));
    }

    private void kubernetes(Path file, Map<String, ConfigValue> props) {
        ConfigValue kind = props.get("kind");
        ConfigValue name = props.get("metadata.name");
        if (kind == null || name == null) {
            return;
        }
        String n = name.value().toLowerCase(Locale.ROOT);
        if (kind.value().equals("ConfigMap")) {
            configMaps.computeIfAbsent(name.value(), k -> new TreeMap<>()).putAll(prefixed(props, "data."));
        } else if (kind.value().equals("Service")) {
            serviceAnnotations.computeIfAbsent(n, k -> new TreeMap<>()).putAll(prefixed(props, "metadata.annotations."));
            serviceLabels.computeIfAbsent(n, k -> new TreeMap<>()).putAll(prefixed(props, "metadata.labels."));
        } else if (kind.value().equals("Ingress")) {
            ingresses.add(Ingress.of(file, props));
        } else if (WORKLOADS.containsKey(kind.value())) {
            containers.add(workload(n, file, props, WORKLOADS.get(kind.value())));
        }
    }

    private static Container workload(String name, Path file, Map<String, ConfigValue> props, String template) {
        String pod = template + "spec.";
        List<String> images = new ArrayList<>();
        List<ConfigValue> env = new ArrayList<>();
        for (int c = 0; props.containsKey(pod + "containers[" + c + "].name")
                || props.containsKey(pod + "containers[" + c + "].image"); c++) {
            String container = pod + "containers[" + c + "].";
            if (props.containsKey(container + "image")) {
                images.add(props.get(container + "image").value());
            }
            for (int e = 0; props.containsKey(container + "env[" + e + "].name"); e++) {
                ConfigValue value = props.get(container + "env[" + e + "].value");
                if (value != null) {
                    env.add(new ConfigValue(props.get(container + "env[" + e + "].name").value(), value.value(),
                            value.file(), value.line()));
                }
            }
        }
        List<String> mounted = new ArrayList<>();
        props.forEach((key, v) -> {
            if (key.startsWith(pod + "volumes[") && key.endsWith("].configmap.name")) {
                mounted.add(v.value());
            }
        });
        return new Container(name, file, images, null, null, env, List.of(), mounted,
                prefixed(props, template + "metadata.annotations."));
    }

    /** The properties under {@code prefix}, by the rest of their key. */
    private static Map<String, ConfigValue> prefixed(Map<String, ConfigValue> props, String prefix) {
        Map<String, ConfigValue> found = new TreeMap<>();
        props.forEach((key, v) -> {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), v);
            }
        });
        return found;
    }
}
