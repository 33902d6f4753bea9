package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The container environment that deployment files in the repository give each service: Docker
 * Compose files ({@link ComposeEnvironment}) and Kubernetes workloads with the ConfigMaps and Secrets
 * they read ({@link KubernetesManifests}), also as the repository's Helm charts render them ({@link HelmDeployment}).
 * A compose service belongs to a module by its build context, else by its name; a Kubernetes workload by its
 * name, else as {@link WorkloadMatching} finds it (a Service named after the module selecting its pods, a name
 * label, its only container). The variables override the application's
 * configuration as Spring Boot's relaxed binding reads them ({@code SPRING_DATASOURCE_URL} is
 * {@code spring.datasource.url}) and resolve placeholders that name them ({@code ${EUREKA_URI:…}}).
 * The repository's Kubernetes Services are kept for their port mappings ({@link #servicePorts()}).
 */
public final class DeploymentEnvironment {

    /** Variables by compose service or workload name. */
    private final Map<String, List<ConfigValue>> byName = new LinkedHashMap<>();
    private final ComposeEnvironment compose = new ComposeEnvironment();
    private final KubernetesManifests kubernetes = new KubernetesManifests();
    /** The monitoring files that Secrets hold (Prometheus Operator scrape jobs, Grafana data sources). */
    private final SecretMonitoringFiles secretMonitoring = new SecretMonitoringFiles();
    /** What each template of the repository's Helm charts rendered to, in Helm's order. */
    private final List<ChartTemplate> chartTemplates = new ArrayList<>();
    private List<SecretMonitoringFiles.Held> secretMonitoringFiles = List.of();
    /** What the Kubernetes manifests and Helm charts could not give (a ConfigMap that is not in the repository, ...). */
    private final List<Problem> kubernetesWarnings = new ArrayList<>();
    private ServicePorts servicePorts;
    private WorkloadMatching matching;
    /** The deployment files read, for the sources that read them again for other things. */
    private List<Path> files = List.of();
    /** The Kafka Connect connector files found on the way ({@link KafkaConnectors}), sorted. */
    private List<Path> connectorFiles = List.of();
    /** Variables by Compose service or workload name, with their names as written (ConfigMap and Secret references resolved). */
    private final Map<String, List<ConfigValue>> asWritten = new LinkedHashMap<>();
    /** The lower-case names of the workloads whose variables a module took. */
    private final Set<String> claimed = new TreeSet<>();
    /** The variables by deployment file, for a service that several files deploy. */
    private final DeploymentVariants variants = new DeploymentVariants();
    /** The root the scan walked, for evidence that names build files. */
    private Path root;
    /** The images skaffold configurations and Compose builds build, each from its folder. */
    private final List<ImageBuild> imageBuilds = new ArrayList<>();
    /** The Compose services that run an image they do not build. */
    private final List<ComposeImages.ImageOnly> imageOnly = new ArrayList<>();
    /** The images each module's folder builds ({@link #tieImages}). */
    private final Map<Path, List<BuiltImage>> builtByFolder = new LinkedHashMap<>();

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
     * What the walk below the root finds, for digests of the inputs: the files {@link #scan} reads, the Helm charts'
     * folders ({@link HelmCharts#below}) and the Kafka Connect connector files ({@link #connectorFiles()}), each
     * sorted.
     */
    public record Inputs(List<Path> files, List<Path> charts, List<Path> connectorFiles) {
    }

    /**
     * {@link Inputs} of {@code root}, found in one walk. Folders that cannot be walked are left out without a word:
     * this is for digests of the inputs, and the scan itself reports them.
     */
    public static Inputs inputs(Path root) {
        DeploymentFiles.Listing listing = DeploymentFiles.listing(root, problem -> { });
        return new Inputs(listing.files(), HelmCharts.of(listing.chartFiles()), listing.connectorFiles());
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

    /**
     * The files Docker Compose reads variables from for the Compose files among {@code files} (each one's {@code .env},
     * present or not, and its services' {@code env_file}s), for digests of the inputs.
     */
    public static List<Path> composeVariableFiles(List<Path> files) {
        return files.stream().flatMap(f -> ComposeProjectVariables.files(f).stream()).distinct().sorted().toList();
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
        DeploymentFiles.Listing listing = DeploymentFiles.listing(root, warnings);
        env.files = listing.files();
        env.connectorFiles = listing.connectorFiles();
        env.root = root.toAbsolutePath().normalize();
        for (Path file : env.files) {
            for (Map<String, ConfigValue> written : ConfigFiles.readKeysAsWritten(file, warnings)) {
                Map<String, ConfigValue> doc = ComposeExtends.resolve(file, written,
                        other -> ConfigFiles.readKeysAsWritten(other, warnings), warnings);
                env.compose.read(file, doc, (service, v) -> env.add(file, service, v));
                env.imageBuilds.addAll(SkaffoldArtifacts.of(file, doc));
                ComposeImages.read(file, doc, env.imageBuilds, env.imageOnly);
                KubernetesListItems.of(doc).forEach(object -> env.kubernetesObject(file, object));
            }
        }
        Path chartsRoot = root.toAbsolutePath().normalize();
        // the charts the walk of the deployment files found on its way, when it walked the same folder
        List<Path> charts = chartsRoot.equals(root) ? HelmCharts.of(listing.chartFiles()) : HelmCharts.below(chartsRoot);
        HelmDeployment.read(chartsRoot, charts, new HelmDeployment.Rendering(helm, HelmDeployment.BUNDLED_HELM),
                env::kubernetesObject, env.chartTemplates::add, env.kubernetesWarnings::add);
        env.kubernetes.resolve(file -> (service, v) -> env.add(file, service, v), env.kubernetesWarnings::add);
        env.secretMonitoringFiles = env.secretMonitoring.files(env.kubernetesWarnings::add);
        env.servicePorts = env.kubernetes.servicePorts();
        env.matching = env.kubernetes.matching();
        return env;
    }

    /**
     * The Kafka Connect connector files below the root, sorted: JSON and properties files naming
     * {@code connector.class}, looked for where the deployment files are ({@link KafkaConnectors}).
     */
    public List<Path> connectorFiles() {
        return connectorFiles;
    }

    /** One Kubernetes object of a manifest or a rendered chart, for the environment and the Secrets' monitoring files. */
    private void kubernetesObject(Path file, Map<String, ConfigValue> object) {
        kubernetes.read(file, object);
        secretMonitoring.read(file, object);
    }

    /** What each template of the repository's Helm charts rendered to ({@link MonitorResources} reads the YAML nodes). */
    public List<ChartTemplate> chartTemplates() {
        return List.copyOf(chartTemplates);
    }

    /** The Prometheus configurations and Grafana data source files that the repository's Secrets hold, with their runners. */
    public List<SecretMonitoringFiles.Held> secretMonitoringFiles() {
        return secretMonitoringFiles;
    }

    /**
     * A variable as written, which {@code file} (a Compose file, the manifest or template of a workload) gives; kept
     * under its lower-case name and the property Spring Boot maps it to ({@link ConfigKeys#ofVariable}).
     */
    private void add(Path file, String service, ConfigValue variable) {
        asWritten.computeIfAbsent(service.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(variable);
        String raw = variable.key().toLowerCase(Locale.ROOT);
        List<ConfigValue> list = byName.computeIfAbsent(service.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        list.add(variable.withKey(raw));
        variants.add(file, service, variable.withKey(raw));
        String relaxed = ConfigKeys.ofVariable(variable.key());
        if (!relaxed.equals(raw)) {
            list.add(variable.withKey(relaxed));
            variants.add(file, service, variable.withKey(relaxed));
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

    /** The deployment files this scan read ({@link #files(Path)}), sorted. */
    public List<Path> files() {
        return files;
    }

    /**
     * {@code local}, a Quarkus module's configuration, with the repository's ConfigMaps and Secrets that its
     * {@code kubernetes-config} extension reads over it ({@link QuarkusKubernetesConfig}); a named one that is not in
     * the repository is a warning to {@code warnings}.
     */
    public ModuleConfiguration withKubernetesConfig(ModuleConfiguration local, Path moduleDir, List<String> profiles,
                                                    Consumer<Problem> warnings) {
        return QuarkusKubernetesConfig.overlay(local, moduleDir, profiles, kubernetes.configData(), warnings);
    }

    /**
     * {@code local}, a Spring module's configuration, with the repository's ConfigMaps that Spring Cloud Kubernetes'
     * config reads over it ({@link SpringCloudKubernetesConfig}); {@code bootstrap}: the module loads the bootstrap
     * context; a named ConfigMap that is not in the repository is a warning to {@code warnings}.
     */
    public ModuleConfiguration withSpringCloudKubernetesConfig(ModuleConfiguration local, boolean bootstrap,
                                                               Path moduleDir, List<String> profiles,
                                                               Consumer<Problem> warnings) {
        return SpringCloudKubernetesConfig.overlay(local, bootstrap, moduleDir, profiles, kubernetes.configData(),
                warnings);
    }

    /**
     * {@code local}, a Micronaut module's configuration, with the repository's ConfigMaps and Secrets that Micronaut
     * Kubernetes' configuration client selects over it ({@link MicronautKubernetesConfig}).
     */
    public ModuleConfiguration withMicronautKubernetesConfig(ModuleConfiguration local, List<String> profiles) {
        return MicronautKubernetesConfig.overlay(local, profiles, kubernetes.configData());
    }

    /**
     * The environment of the Deployment that Quarkus' Kubernetes extension generates for the module at {@code moduleDir}
     * from its own configuration {@code local}, under each of {@code prefixes} ({@link QuarkusDeploymentVariables}),
     * in the form {@link #forModule} gives (each variable under its lower-case name and the property it maps to); a
     * ConfigMap or Secret it names that is not in the repository is a warning to {@code warnings}.
     */
    public List<ConfigValue> quarkusGenerated(ModuleConfiguration local, Path moduleDir, List<String> prefixes,
                                              Consumer<Problem> warnings) {
        List<ConfigValue> out = new ArrayList<>();
        for (ConfigValue v : QuarkusDeploymentVariables.of(local, moduleDir, prefixes, kubernetes.configData(), warnings)) {
            String raw = v.key().toLowerCase(Locale.ROOT);
            out.add(v.withKey(raw));
            String relaxed = ConfigKeys.ofVariable(v.key());
            if (!relaxed.equals(raw)) {
                out.add(v.withKey(relaxed));
            }
        }
        return out;
    }

    /** The Kubernetes Services of the repository, for their port mappings. */
    public ServicePorts servicePorts() {
        return servicePorts;
    }

    /**
     * Records the images the module at {@code moduleDir} builds: {@code own} (its POM's and its configuration's,
     * {@link PomImages}, {@link QuarkusContainerImage}) and those skaffold configurations and Compose builds of the
     * repository build from its folder. A Kubernetes workload running one of them runs the module under each of
     * {@code names} ({@link WorkloadMatching}'s image rule), and a Compose service that runs one without building it
     * is the module's Compose service, when no name ties another. Call before the module's environment is asked for.
     */
    public void tieImages(Path moduleDir, List<String> names, List<BuiltImage> own) {
        Path dir = moduleDir.toAbsolutePath().normalize();
        List<BuiltImage> built = builtByFolder.computeIfAbsent(dir, k -> new ArrayList<>());
        List<BuiltImage> found = new ArrayList<>(own);
        imageBuilds.stream().filter(b -> b.context().equals(dir)).forEach(b -> found.add(b.image()));
        found.stream().map(b -> b.relativeTo(root)).filter(b -> !built.contains(b)).forEach(built::add);
        names.stream().filter(n -> n != null).forEach(n -> matching.tie(n, built));
    }

    /**
     * The Compose service that runs, without building it, an image the module at {@code moduleDir} builds
     * ({@link #tieImages}), with why; null when none does. With {@code withEnvironment} only a Compose service that
     * sets variables counts (the module's variables are asked for); without, any does (its name is a host name of
     * the module whether it sets variables or not: Compose's DNS names every service).
     */
    private ComposeTie composeByImage(Path moduleDir, boolean withEnvironment) {
        List<BuiltImage> built = builtByFolder.getOrDefault(moduleDir.toAbsolutePath().normalize(), List.of());
        for (ComposeImages.ImageOnly service : imageOnly) {
            String repository = BuiltImage.repositoryOf(service.image().value());
            for (BuiltImage b : built) {
                if (b.repository().equals(repository) && (!withEnvironment || byName.containsKey(service.service()))) {
                    return new ComposeTie(service.service(), service.image(), "Compose service " + service.service() + " runs the"
                            + " module: its image " + service.image().value() + " is the image " + b.image() + " that "
                            + b.where() + " builds");
                }
            }
        }
        return null;
    }

    /** A Compose service tied to a module by the image it runs, and why. */
    private record ComposeTie(String service, ConfigValue image, String reason) {
    }

    /**
     * The variables for a module at {@code moduleDir} with these candidate names (service name, artifactId):
     * the Compose service built from the folder, else the Compose service or workload with one of the names,
     * else the workloads {@link WorkloadMatching} finds for the first name it can, whose variables' evidence
     * then says why the workload runs the module.
     */
    public List<ConfigValue> forModule(Path moduleDir, List<String> names) {
        String byContext = compose.serviceBuiltFrom(moduleDir);
        if (byContext != null && byName.containsKey(byContext)) {
            return withWorkloadsBeside(byContext, names);
        }
        for (String n : names) {
            if (n != null && byName.containsKey(n.toLowerCase(Locale.ROOT))) {
                claimed.add(n.toLowerCase(Locale.ROOT));
                return withWorkloadsBeside(n.toLowerCase(Locale.ROOT), names);
            }
        }
        for (int rule = 1; rule < WorkloadMatching.RULES; rule++) {
            ComposeTie tie = rule == WorkloadMatching.RULES - 1 ? composeByImage(moduleDir, true) : null;
            if (tie != null && claimed.add(tie.service())) {
                return byName.get(tie.service()).stream().map(v -> because(v, tie.reason())).toList();
            }
            for (String n : names) {
                List<WorkloadMatching.Match> matches = n == null ? List.of() : matching.of(n, rule);
                if (!matches.isEmpty()) {
                    // a Compose service that runs the module's image is another way of running it, not a workload
                    // the Kubernetes rules rank: both give their variables
                    ComposeTie image = rule < WorkloadMatching.RULES - 1 ? composeByImage(moduleDir, true) : null;
                    return image != null && !claimed.contains(image.service()) ? composeAndWorkloads(image, matches)
                            : matched(matches);
                }
            }
        }
        return List.of();
    }

    /**
     * The Kubernetes workloads that run the service besides the Compose service or workload {@code key} of its name
     * (a Compose file beside manifests whose Deployment {@code orders-deployment} runs it because Service
     * {@code orders} selects its pods): those {@link WorkloadMatching} finds for the first of {@code names} it can, by
     * the first rule that matches any, other than {@code key} itself (whose variables {@code key} holds already).
     */
    private List<WorkloadMatching.Match> workloadsBeside(String key, List<String> names) {
        if (matching == null) {
            return List.of();
        }
        for (String n : names) {
            List<WorkloadMatching.Match> matches = n == null ? List.of() : matching.of(n);
            if (!matches.isEmpty()) {
                return matches.stream().filter(m -> !m.name().equals(key)).toList();
            }
        }
        return List.of();
    }

    /**
     * The variables of {@code key} merged with those of the workloads that run the service beside it
     * ({@link #workloadsBeside}), by deployment file in path order (a later file's value of a key replacing an
     * earlier one's), each workload's variables naming why it runs the service; {@code key}'s alone when there are none.
     */
    private List<ConfigValue> withWorkloadsBeside(String key, List<String> names) {
        List<WorkloadMatching.Match> beside = workloadsBeside(key, names);
        if (beside.isEmpty()) {
            return byName.get(key);
        }
        return byFile(key, beside).values().stream().flatMap(List::stream).toList();
    }

    /**
     * Each deployment file's own variables for {@code key} and the workloads beside it, when together they are more
     * than one file; else {@code key}'s variants alone.
     */
    private List<List<ConfigValue>> variantsBeside(String key, List<String> names) {
        List<WorkloadMatching.Match> beside = workloadsBeside(key, names);
        if (beside.isEmpty()) {
            return List.copyOf(variants.of(key).values());
        }
        Map<Path, List<ConfigValue>> files = byFile(key, beside);
        return files.size() < 2 ? List.of() : List.copyOf(files.values());
    }

    /** The variables of {@code key} and of the workloads {@code beside} by deployment file, sorted; claims those. */
    private Map<Path, List<ConfigValue>> byFile(String key, List<WorkloadMatching.Match> beside) {
        Map<Path, List<ConfigValue>> files = new TreeMap<>();
        variants.all(key).forEach((file, vs) -> files.computeIfAbsent(file, f -> new ArrayList<>()).addAll(vs));
        for (WorkloadMatching.Match m : beside) {
            claimed.add(m.name());
            variants.all(m.name()).forEach((file, vs) -> files.computeIfAbsent(file, f -> new ArrayList<>())
                    .addAll(m.reason() == null ? vs : vs.stream().map(v -> because(v, m.reason())).toList()));
        }
        return files;
    }

    /** {@code v} with why its deployment runs the module added to its origin, for evidence. */
    private static ConfigValue because(ConfigValue v, String reason) {
        return new ConfigValue(v.key(), v.value(), v.file(), v.line(),
                (v.origin() != null ? v.origin() : v.key()) + " (" + reason + ")", v.secret());
    }

    /**
     * The variables that each deployment file gives the module's service, when several files deploy it under the name
     * {@link #forModule} finds (a quickstart folder and {@code extras/} variants, kustomize bases and overlays, a
     * Compose file beside the manifests): every file's own values, in file order. {@link #forModule} merges them, a
     * later file's value of a key replacing an earlier one's; these keep the connections that replacement hides.
     * Empty when one file or none deploys it.
     */
    public List<List<ConfigValue>> variantsForModule(Path moduleDir, List<String> names) {
        String byContext = compose.serviceBuiltFrom(moduleDir);
        if (byContext != null && byName.containsKey(byContext)) {
            return variantsBeside(byContext, names);
        }
        for (String n : names) {
            if (n != null && byName.containsKey(n.toLowerCase(Locale.ROOT))) {
                return variantsBeside(n.toLowerCase(Locale.ROOT), names);
            }
        }
        for (int rule = 1; rule < WorkloadMatching.RULES; rule++) {
            ComposeTie tie = rule == WorkloadMatching.RULES - 1 ? composeByImage(moduleDir, true) : null;
            if (tie != null) {
                return List.copyOf(variants.of(tie.service()).values());
            }
            for (String n : names) {
                List<WorkloadMatching.Match> matches = n == null ? List.of() : matching.of(n, rule);
                if (!matches.isEmpty()) {
                    List<List<ConfigValue>> lists = new ArrayList<>();
                    ComposeTie image = rule < WorkloadMatching.RULES - 1 ? composeByImage(moduleDir, true) : null;
                    if (image != null) {
                        variants.all(image.service()).values().forEach(vs -> lists.add(vs.stream()
                                .map(v -> because(v, image.reason())).toList()));
                        matches.forEach(m -> variants.all(m.name()).values().forEach(vs -> lists.add(
                                m.reason() == null ? vs : vs.stream().map(v -> because(v, m.reason())).toList())));
                        return lists.size() < 2 ? List.of() : lists;
                    }
                    matches.forEach(m -> lists.addAll(variants.of(m.name()).values()));
                    return lists;
                }
            }
        }
        return List.of();
    }

    /**
     * The variables of the Compose service {@code tie} ties to the module by its image and of the workloads an earlier
     * Kubernetes rule ties ({@code matches}), merged by deployment file in path order, each naming in its evidence why
     * its deployment runs the module: two ways of running it, as a Compose service built from the module's folder
     * beside the workloads ({@link #withWorkloadsBeside}).
     */
    private List<ConfigValue> composeAndWorkloads(ComposeTie tie, List<WorkloadMatching.Match> matches) {
        Map<Path, List<ConfigValue>> files = new TreeMap<>();
        claimed.add(tie.service());
        variants.all(tie.service()).forEach((file, vs) -> files.computeIfAbsent(file, f -> new ArrayList<>())
                .addAll(vs.stream().map(v -> because(v, tie.reason())).toList()));
        for (WorkloadMatching.Match m : matches) {
            if (claimed.add(m.name())) {
                variants.all(m.name()).forEach((file, vs) -> files.computeIfAbsent(file, f -> new ArrayList<>())
                        .addAll(m.reason() == null ? vs : vs.stream().map(v -> because(v, m.reason())).toList()));
            }
        }
        return files.values().stream().flatMap(List::stream).toList();
    }

    /** The variables of the matched workloads, each naming in its evidence why its workload runs the module. */
    private List<ConfigValue> matched(List<WorkloadMatching.Match> matches) {
        List<ConfigValue> variables = new ArrayList<>();
        for (WorkloadMatching.Match m : matches) {
            if (claimed.add(m.name())) {
                byName.getOrDefault(m.name(), List.of()).forEach(v -> variables.add(because(v, m.reason())));
            }
        }
        return variables;
    }

    /**
     * The host names the Compose files give the service of a module at {@code moduleDir} (null for a service
     * of the platform file) with these candidate names besides those names: the aliases, hostname and
     * container name of the Compose service built from the folder, else of the one with one of the names; for a
     * service of the platform file with no Compose service of its name, those of the Compose service that carries
     * its name as an alias, hostname or container name, that service's own name first.
     */
    public List<ComposeHostName> composeHostNames(Path moduleDir, List<String> names) {
        String byContext = moduleDir == null ? null : compose.serviceBuiltFrom(moduleDir);
        if (byContext != null) {
            // the Compose service built from the module's folder names the service by its own name, also when that
            // is the module's artifactId and the service is named otherwise (spring.application.name): only the
            // service's name (the last candidate) is already known
            return compose.hostNames(byContext, true, names.subList(names.size() - 1, names.size()));
        }
        List<ComposeHostName> own = names.stream().filter(n -> n != null).map(n -> n.toLowerCase(Locale.ROOT)).distinct()
                .flatMap(n -> compose.hostNames(n, false, names).stream()).toList();
        ComposeTie tie = own.isEmpty() && moduleDir != null ? composeByImage(moduleDir, false) : null;
        if (tie != null) {
            List<ComposeHostName> all = new ArrayList<>();
            List<String> known = names.subList(names.size() - 1, names.size());
            if (known.stream().noneMatch(tie.service()::equalsIgnoreCase)) {
                all.add(new ComposeHostName(tie.service(), tie.service(), "the service name (it runs the image the module"
                        + " builds)", tie.image().file(), tie.image().line()));
            }
            all.addAll(compose.hostNames(tie.service(), false, names));
            return all;
        }
        if (!own.isEmpty() || moduleDir != null) {
            return own;
        }
        return names.stream().filter(n -> n != null).map(n -> compose.hostNamesOfServiceCalled(n, names))
                .filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
    }

    /**
     * The Kubernetes Services that select the workloads running a module under one of {@code names} (the service's
     * own name, and its artifactId when the service is named otherwise and its environment came from elsewhere; the
     * service's own name by any rule of {@link WorkloadMatching}): host names of the service, as Kubernetes routes a
     * Service's traffic to the pods it selects. Those workloads run the service (no "runs none of the services" for
     * them).
     */
    public List<KubernetesHostName> kubernetesHostNames(String service, List<String> names) {
        List<KubernetesHostName> hostNames = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String n : names) {
            if (n == null || !seen.add(n.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String runs = n.equalsIgnoreCase(service) ? service.toLowerCase(Locale.ROOT) : "module " + n;
            for (WorkloadMatching.Match m : matching.of(n)) {
                claimed.add(m.name());
                selectingServices(service, m, runs, hostNames);
            }
        }
        return hostNames;
    }

    /**
     * The Services that select the pods of {@code m}'s workload, other than one named {@code service}: Kubernetes
     * DNS gives each Service's name to the pods it selects, so each is a host name of the service.
     */
    private void selectingServices(String service, WorkloadMatching.Match m, String runs, List<KubernetesHostName> into) {
        for (ConfigValue selecting : matching.servicesSelecting(m.workload())) {
            String host = selecting.value().toLowerCase(Locale.ROOT);
            boolean listed = into.stream().anyMatch(h -> h.host().equals(host));
            if (!host.equals(service.toLowerCase(Locale.ROOT)) && !listed) {
                into.add(new KubernetesHostName(host, m.workload().describe(), runs, selecting.file(), selecting.line()));
            }
        }
    }

    /**
     * The Kubernetes workloads that run {@code service} by {@link WorkloadMatching}'s rules (lower-case names), each
     * with the variables its containers get, their names as written and ConfigMap and Secret references resolved.
     */
    public Map<String, List<ConfigValue>> workloadsRunning(String service) {
        Map<String, List<ConfigValue>> running = new LinkedHashMap<>();
        matching.of(service).forEach(m -> running.put(m.name(), asWritten.getOrDefault(m.name(), List.of())));
        return running;
    }

    /**
     * The pod template labels of the Kubernetes workloads that run the service under one of {@code names} (its name,
     * its module's artifactId), each by the first rule of {@link WorkloadMatching} that ties any workload to that name;
     * each workload once, in the order of the names, then of the manifests.
     */
    public List<PodTemplateLabels> podTemplateLabels(List<String> names) {
        Map<Workload, PodTemplateLabels> found = new LinkedHashMap<>();
        for (String n : names) {
            for (WorkloadMatching.Match m : n == null ? List.<WorkloadMatching.Match>of() : matching.of(n)) {
                Workload w = m.workload();
                found.putIfAbsent(w, new PodTemplateLabels(w.describe(), w.name().file(), w.name().line(), w.labels(),
                        m.reason()));
            }
        }
        return List.copyOf(found.values());
    }

    /** A workload that runs none of the services, with the variables its containers get. */
    public record UnmatchedWorkload(String workload, Path file, int line, List<ConfigValue> variables) {
    }

    /**
     * The workloads that run none of {@code services} by any rule of {@link WorkloadMatching} (a second
     * workload labelled with a service's name runs it, though the one named after it gave the variables) and
     * whose variables no module took, in file order.
     */
    public List<UnmatchedWorkload> unmatchedWorkloads(Collection<String> services) {
        Set<String> running = new TreeSet<>(claimed);
        for (String service : services) {
            for (int rule = 0; rule < WorkloadMatching.RULES; rule++) {
                matching.of(service, rule).forEach(m -> running.add(m.name()));
            }
        }
        List<UnmatchedWorkload> unmatched = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Workload w : matching.workloads()) {
            String name = w.name().value().toLowerCase(Locale.ROOT);
            if (!running.contains(name) && seen.add(name)) {
                unmatched.add(new UnmatchedWorkload(w.describe(), w.name().file(), w.name().line(),
                        byName.getOrDefault(name, List.of())));
            }
        }
        return unmatched;
    }
}
