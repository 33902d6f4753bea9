package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Kubernetes objects of the repository's manifests that give services their environment and ports:
 * workloads, the ConfigMaps and Secrets they read (manifests and kustomize generators), and Services.
 * Read document by document, then resolved once every file is read (a workload may come before the
 * ConfigMap it reads).
 */
final class KubernetesManifests {

    private final ConfigDataIndex configData = new ConfigDataIndex();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Map<String, ConfigValue>> services = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** Takes in one document of {@code file}. */
    void read(Path file, Map<String, ConfigValue> props) {
        Workload.of(props).ifPresent(workloads::add);
        ConfigMapsAndSecrets.of(props, warnings::add).ifPresent(c -> configData.add(c, ConfigDataMetadata.of(props)));
        if (KustomizeGenerators.isKustomization(file)) {
            KustomizeGenerators.of(file, props, warnings::add).forEach(configData::add);
            configData.overlays().read(file, props);
        }
        ConfigValue kind = props.get("kind");
        if (kind != null && kind.value().equals("Service")) {
            services.add(props);
        }
    }

    /**
     * Every workload's variables into the {@code variables} of the file that defines it (the manifest, or the
     * template a chart renders it from); what cannot be resolved is a warning to {@code problems}.
     */
    void resolve(Function<Path, DeployedVariables> variables, Consumer<Problem> problems) {
        WorkloadEnvironment environment = new WorkloadEnvironment(configData);
        workloads.forEach(w -> environment.read(w, variables.apply(w.name().file())));
        warnings.forEach(problems);
        environment.warnings().forEach(problems);
    }

    /** The ConfigMaps and Secrets of the manifests and kustomize generators, by kind and name. */
    ConfigDataIndex configData() {
        return configData;
    }

    /** Which workloads run which service (by name, a Service's selector, a name label, the only container). */
    WorkloadMatching matching() {
        return new WorkloadMatching(workloads, services);
    }

    /** The Services' port mappings, named target ports resolved through the workloads. */
    ServicePorts servicePorts() {
        ServicePorts ports = new ServicePorts();
        services.forEach(s -> ports.add(s, workloads));
        return ports;
    }
}
