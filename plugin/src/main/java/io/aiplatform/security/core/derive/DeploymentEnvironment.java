package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The container environment that deployment files in the repository give each service: Docker
 * Compose files ({@link ComposeEnvironment}) and Kubernetes workloads with the ConfigMaps and Secrets
 * they read ({@link KubernetesManifests}), also as the repository's Helm charts render them ({@link HelmDeployment}).
 * A compose service belongs to a module by its build context,
 * else by its name; a Kubernetes workload by its name. The variables override the application's
 * configuration as Spring Boot's relaxed binding reads them ({@code SPRING_DATASOURCE_URL} is
 * {@code spring.datasource.url}) and resolve placeholders that name them ({@code ${EUREKA_URI:…}}).
 * The repository's Kubernetes Services are kept for their port mappings ({@link #servicePorts()}).
 */
public final class DeploymentEnvironment {

    /** Variables by compose service or workload name. */
    private final Map<String, List<ConfigValue>> byName = new LinkedHashMap<>();
    private final ComposeEnvironment compose = new ComposeEnvironment();
    private final KubernetesManifests kubernetes = new KubernetesManifests();
    /** What the Kubernetes manifests and Helm charts could not give (a ConfigMap that is not in the repository, ...). */
    private final List<Problem> kubernetesWarnings = new ArrayList<>();
    private ServicePorts servicePorts;

    private DeploymentEnvironment() {
    }

    /**
     * The files {@link #scan} reads: YAML outside build output, sources and resources, sorted. Folders
     * that cannot be walked are left out without a word: this is for digests of the inputs, and the scan
     * itself reports them.
     */
    public static List<Path> files(Path root) {
        return files(root, problem -> { });
    }

    /** The files {@link #scan} reads; a folder or file that cannot be read is a warning to {@code warnings}. */
    public static List<Path> files(Path root, Consumer<Problem> warnings) {
        return DeploymentFiles.below(root, warnings);
    }

    /**
     * The files that the kustomize generators among {@code files} read ({@code files}, {@code envs}), for
     * digests of the inputs; what cannot be read is left out without a word (the scan reports it).
     */
    public static List<Path> generatorFiles(List<Path> files) {
        List<Path> read = new ArrayList<>();
        for (Path file : files) {
            if (KustomizeGenerators.isKustomization(file)) {
                ConfigFiles.readKeysAsWritten(file, problem -> { })
                        .forEach(doc -> read.addAll(KustomizeGenerators.sourceFiles(file, doc)));
            }
        }
        return read.stream().distinct().sorted().toList();
    }

    /** The environment of every Compose and Kubernetes file below {@code root}; what cannot be read is a warning. */
    public static DeploymentEnvironment scan(Path root, Consumer<Problem> warnings) {
        return scan(root, HelmSettings.DEFAULTS, warnings);
    }

    /**
     * The environment of every Compose and Kubernetes file below {@code root} and of the Helm charts there,
     * rendered as {@code helm} says ({@link HelmDeployment}); what cannot be read or rendered is a warning.
     */
    public static DeploymentEnvironment scan(Path root, HelmSettings helm, Consumer<Problem> warnings) {
        DeploymentEnvironment env = new DeploymentEnvironment();
        for (Path file : files(root, warnings)) {
            for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(file, warnings)) {
                env.compose.read(file, doc, env::add);
                env.kubernetes.read(file, doc);
            }
        }
        HelmDeployment.read(root.toAbsolutePath().normalize(), helm, env.kubernetes::read, env.kubernetesWarnings::add);
        env.kubernetes.resolve(env::add, env.kubernetesWarnings::add);
        env.servicePorts = env.kubernetes.servicePorts();
        return env;
    }

    /** A variable as written; kept under its lower-case name and, with '_' read as '.', its relaxed property. */
    private void add(String service, ConfigValue variable) {
        String raw = variable.key().toLowerCase(Locale.ROOT);
        List<ConfigValue> list = byName.computeIfAbsent(service.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        list.add(variable.withKey(raw));
        String relaxed = raw.replace('_', '.');
        if (!relaxed.equals(raw)) {
            list.add(variable.withKey(relaxed));
        }
    }

    /**
     * What Compose interpolation could not do and what the Kubernetes manifests could not give, by file,
     * line and key or object (never a value).
     */
    public List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(compose.warnings());
        all.addAll(kubernetesWarnings);
        return all;
    }

    /** The Kubernetes Services of the repository, for their port mappings. */
    public ServicePorts servicePorts() {
        return servicePorts;
    }

    /** The variables for a module at {@code moduleDir} with these candidate names (service name, artifactId). */
    public List<ConfigValue> forModule(Path moduleDir, List<String> names) {
        String byContext = compose.serviceBuiltFrom(moduleDir);
        if (byContext != null && byName.containsKey(byContext)) {
            return byName.get(byContext);
        }
        for (String n : names) {
            if (n != null && byName.containsKey(n.toLowerCase(Locale.ROOT))) {
                return byName.get(n.toLowerCase(Locale.ROOT));
            }
        }
        return List.of();
    }
}
