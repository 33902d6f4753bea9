package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ComposeHostName;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.DeploymentEnvironment;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.SecretMonitoringFiles;
import io.aiplatform.security.core.derive.ServicePorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The platform's services as {@link ServiceResolution} found them, with their configuration and products. */
final class ResolvedServices {

    final Map<String, Module> modulesByKey;
    final Map<String, Service> services = new TreeMap<>();
    final Map<String, Service> serviceByModule = new TreeMap<>();
    /** Per service, its own configuration files (without the deployment's environment). */
    final Map<String, ModuleConfiguration> configs = new TreeMap<>();
    /** The logging files of each module's configuration folder, by module key, listed with its configuration. */
    final Map<String, List<Path>> loggingFiles = new HashMap<>();
    /** Per service, the profiles its deployment activates, when the build names none ({@link DeploymentProfiles}). */
    final Map<String, List<String>> profiles = new TreeMap<>();
    /** Per service, the environment its deployment (Compose, Kubernetes) gives it. */
    final Map<String, List<ConfigValue>> environments = new TreeMap<>();
    /** The services whose environment is that of the Deployment Quarkus' Kubernetes extension generates ({@link QuarkusGeneratedDeployments}). */
    final Set<String> generatedDeployments = new TreeSet<>();
    /** Per service that several deployment files deploy, each file's environment ({@link AlternativeDeployments}). */
    final Map<String, List<List<ConfigValue>>> environmentVariants = new TreeMap<>();
    /** The Kubernetes Services of the repository, whose port mappings a URL's port goes through. */
    ServicePorts servicePorts;
    /** The deployment files below the root, as the scan of the deployment found them (read once per derivation). */
    List<Path> deploymentFiles = List.of();
    /** The Kafka Connect connector files below the root, found by the same scan. */
    List<Path> connectorFiles = List.of();
    /** The monitoring files that the repository's Secrets hold (Prometheus Operator scrape jobs, Grafana data sources). */
    List<SecretMonitoringFiles.Held> secretMonitoring = List.of();
    /** What each template of the repository's Helm charts rendered to (the monitors read the YAML nodes). */
    List<io.aiplatform.security.core.derive.ChartTemplate> chartTemplates = List.of();
    /** Per service, the host names Compose gives it besides its name (aliases, hostname, container name). */
    final Map<String, List<ComposeHostName>> composeHostNames = new TreeMap<>();
    /** The Kubernetes Services selecting the workloads that run a service under another of its module's names. */
    final Map<String, List<io.aiplatform.security.core.derive.KubernetesHostName>> kubernetesHostNames = new TreeMap<>();
    /** Per service named otherwise, the property that gives its application name (its id in a registry). */
    final Map<String, ConfigValue> applicationNames = new TreeMap<>();
    /** The service each Kubernetes workload of the repository runs (by lower-case workload name; the first service wins). */
    final Map<String, String> serviceOfWorkload = new TreeMap<>();
    /** The variables of each Kubernetes workload that runs a service, names as written, ConfigMap and Secret references resolved. */
    final Map<String, List<ConfigValue>> workloadVariables = new TreeMap<>();
    /** Per service, the pod template labels of the Kubernetes workloads that run it ({@link PodLabelMismatches}). */
    final Map<String, List<io.aiplatform.security.core.derive.PodTemplateLabels>> podTemplateLabels = new TreeMap<>();
    /** The Kubernetes workloads of the repository that run none of the services. */
    List<DeploymentEnvironment.UnmatchedWorkload> unmatchedWorkloads = List.of();
    Products products;
    /** The services published by service repositories as intents, by their module's key ({@link AssembledIntents}). */
    final Map<String, IntentsOrigin> intents = new TreeMap<>();
    private Map<String, List<String>> artifactIdsByGroup;
    /** The libraries on each service's runtime classpath, by service ({@link ServiceClasspath}), made once each. */
    final Map<String, Optional<Set<String>>> classpaths = new ConcurrentHashMap<>();

    /** The groupIds of the reactor's modules: most dependencies are libraries of other groups, told without a key. */
    private final Set<String> moduleGroups = new HashSet<>();
    private ThisRepository thisRepository;

    ResolvedServices(Map<String, Module> modulesByKey) {
        this.modulesByKey = modulesByKey;
        modulesByKey.values().forEach(m -> moduleGroups.add(m.groupId()));
    }

    /** The module of the reactor that {@code dep} is, or null (a library from outside). */
    Module moduleOf(ModuleDependency dep) {
        return moduleGroups.contains(dep.groupId()) ? modulesByKey.get(dep.key()) : null;
    }

    /** The service whose module {@code dep} is, or null. */
    Service serviceOf(ModuleDependency dep) {
        return moduleGroups.contains(dep.groupId()) ? serviceByModule.get(dep.key()) : null;
    }

    /** Records that module {@code m} runs service {@code s} ({@link #serviceByModule}). */
    void runs(Module m, Service s) {
        serviceByModule.put(m.key(), s);
        moduleGroups.add(m.groupId()); // a service of the platform file or of intents is a module of no POM's
    }

    /**
     * The artifactIds of the reactor's modules with this groupId as their own ({@link Module#ownGroup}), in module
     * order (indexed once).
     */
    synchronized List<String> artifactIdsOf(String groupId) {
        if (artifactIdsByGroup == null) {
            artifactIdsByGroup = new HashMap<>();
            modulesByKey.values().stream().filter(Module::ownGroup).forEach(m -> artifactIdsByGroup.computeIfAbsent(
                    m.groupId(), k -> new ArrayList<>()).add(m.artifactId()));
        }
        return artifactIdsByGroup.getOrDefault(groupId, List.of());
    }

    /** The repository the project at {@code root} is checked out from ({@link ThisRepository}), read once. */
    synchronized ThisRepository thisRepository(Path root) {
        if (thisRepository == null) {
            thisRepository = ThisRepository.of(root);
        }
        return thisRepository;
    }

    /** The environment each deployment file gives {@code s}, when several files deploy it; else none. */
    List<List<ConfigValue>> environmentVariants(Service s) {
        return environmentVariants.getOrDefault(s.name(), List.of());
    }

    /** The service's own configuration with its deployment's environment over it. */
    ModuleConfiguration localConfiguration(Service s) {
        return configs.get(s.name()).withEnvironment(environments.getOrDefault(s.name(), List.of()));
    }
}
