package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.derive.BuiltImage;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConfigurationFolder;
import io.aiplatform.security.core.derive.DeploymentEnvironment;
import io.aiplatform.security.core.derive.HelmSettings;
import io.aiplatform.security.core.derive.MicroProfileVariables;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.PropertySourceFiles;
import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.descriptor.ServiceRole;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The services of the platform: each service module's descriptor and the platform file's entries,
 * with names and ports taken from the configuration where the descriptor is silent. Errors (a
 * duplicate name, a name that is no DNS label, labels that match another service's pods) end the
 * derivation here.
 */
final class ServiceResolution {

    static final String PROFILES = "profiles";

    /** What the resolution reads: descriptors, the platform file, and the configuration and deployment that name and port services. */
    static final DeclaresInputs INPUTS = new NamedInputs("services", ServiceResolution::inputs);

    private final DerivationProject project;
    private final Derivation.Findings findings;
    /** The profiles each module's deployment activates (set by {@link #resolve}). */
    private DeploymentProfiles deploymentProfiles;

    ServiceResolution(DerivationProject project, Derivation.Findings findings) {
        this.project = project;
        this.findings = findings;
    }

    /** The descriptors, the platform file, and the configuration and deployment files that name and port services. */
    static void inputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.fact("service module", m.key() + " " + m.pomFile() + " " + m.descriptorFile())
                    .file("descriptor", m.descriptorFile())
                    .file("configuration", DerivationProject.resources(m));
        }
        inputs.file("platform file", project.root().resolve(DescriptorParser.PLATFORM_FILE));
        AssembledIntents.inputs(project, inputs);
        deploymentInputs(project, inputs);
        profileInputs(project, inputs);
        ModuleImages.inputs(project, inputs);
        inputs.fact(PROFILES, project.profiles()).fact("namespace", project.namespace());
    }

    /**
     * The Dockerfiles whose {@code ENV} may activate a module's profiles ({@link DeploymentProfiles}): each
     * module's own and those of the Compose services' builds, present or not.
     */
    static void profileInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("module dockerfile", m.directory().resolve("Dockerfile"));
        }
        DockerfileInputs.declare(project, inputs);
    }

    /** The platform's namespace (hosts {@code <service>.<namespace>} name the service). */
    static void namespaceInput(DerivationProject project, DeclaredInputs inputs) {
        inputs.fact("namespace", project.namespace());
    }

    /**
     * Every Compose file and Kubernetes manifest below the root (sub-folders included: workloads, ConfigMaps,
     * Secrets, Services, kustomizations), the files the kustomize generators read, and every Helm chart (its
     * whole folder) with the {@code helmValues} files it is rendered with.
     */
    static void deploymentInputs(DerivationProject project, DeclaredInputs inputs) {
        List<Path> files = inputs.deploymentFiles(project.root());
        inputs.fact("deployment files", files);
        files.forEach(file -> inputs.file("deployment", file));
        DeploymentEnvironment.generatorFiles(files).forEach(file -> inputs.file("kustomize generator", file));
        DeploymentEnvironment.composeVariableFiles(files).forEach(file -> inputs.file("compose variables", file));
        List<Path> charts = inputs.helmCharts(project.root());
        inputs.fact("helm charts", charts).fact("helm values", project.helmValues());
        charts.forEach(chart -> inputs.file("helm chart", chart));
        project.helmValues().forEach(file -> inputs.file("helm values", file));
    }

    ResolvedServices resolve(ClientCatalog catalog) throws InvalidInputException {
        List<Problem> errors = new ArrayList<>();
        Map<String, Module> modulesByKey = new TreeMap<>();
        project.modules().forEach(m -> modulesByKey.put(m.key(), m));
        HelmValuesFiles.check(project);
        DeploymentEnvironment deployment = DeploymentEnvironment.scan(project.root(),
                new HelmSettings(project.helmValues(), project.namespace()), findings.unread::add);
        deployment.warnings().forEach(p -> findings.warnings.add(project.relative(p).orRule(DerivationRule.INPUT_UNREAD)));
        ResolvedServices resolved = new ResolvedServices(modulesByKey);
        resolved.servicePorts = deployment.servicePorts();
        resolved.deploymentFiles = deployment.files();
        resolved.connectorFiles = deployment.connectorFiles();
        resolved.secretMonitoring = deployment.secretMonitoringFiles();
        resolved.chartTemplates = deployment.chartTemplates();
        deploymentProfiles = new DeploymentProfiles(project, deployment.files());
        Map<Module, ServiceDescriptor> declared = declared(modulesByKey, errors);
        AssembledIntents.declare(project, declared, resolved.intents, errors);
        List<Module> order = List.copyOf(declared.keySet());
        List<LocalConfiguration> local = Parallel.stream(order).map(this::readLocal).toList();
        for (int i = 0; i < order.size(); i++) {
            findings.unread.addAll(local.get(i).unread()); // in the order of the services, however read
            if (local.get(i).loggingFiles() != null) {
                resolved.loggingFiles.put(order.get(i).key(), local.get(i).loggingFiles());
            }
            resolveOne(order.get(i), declared.get(order.get(i)), local.get(i), deployment, resolved, errors);
        }
        resolved.unmatchedWorkloads = deployment.unmatchedWorkloads(resolved.services.keySet());
        checkLabels(resolved.services, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        resolved.products = Products.of(resolved.services.values(), catalog, errors, project);
        findings.errors.addAll(errors);
        return resolved;
    }

    /** A descriptor as parsed, or the problems that stop it. */
    private record Parsed(ServiceDescriptor descriptor, List<Problem> problems) {
    }

    /** Each service module's descriptor (parsed in parallel when there are many), then the platform file's services. */
    private Map<Module, ServiceDescriptor> declared(Map<String, Module> modulesByKey, List<Problem> errors) {
        List<Module> services = modulesByKey.values().stream().filter(Module::isService).toList();
        List<Parsed> parsed = Parallel.stream(services).map(this::parse).toList();
        Map<Module, ServiceDescriptor> declared = new LinkedHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            if (parsed.get(i).descriptor() != null) {
                declared.put(services.get(i), parsed.get(i).descriptor());
            }
            errors.addAll(parsed.get(i).problems());
        }
        Path platformFile = project.root().resolve(DescriptorParser.PLATFORM_FILE);
        if (Files.exists(platformFile, LinkOption.NOFOLLOW_LINKS)) {
            try {
                for (ServiceDescriptor d : new DescriptorParser().parsePlatform(platformFile)) {
                    declared.put(Module.withoutPom(d.name(), platformFile), d);
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(project.relative(p)));
            }
        }
        return declared;
    }

    private Parsed parse(Module m) {
        try {
            return new Parsed(new DescriptorParser().parse(m.descriptorFile()), List.of());
        } catch (InvalidInputException e) {
            return new Parsed(null, e.problems().stream().map(project::relative).toList());
        }
    }

    /**
     * A module's own configuration files, and those it could not read; whether it runs a MicroProfile runtime
     * ({@link MicroProfileModules#runs}), looked at here with the rest of what each module gives alone; the logging
     * files of its configuration folder, found in the same listing (null for a module without a folder); the images its
     * own build configuration builds ({@link ModuleImages}); the properties files its {@code @PropertySource}
     * annotations declare ({@link PropertySourceFiles}).
     */
    private record LocalConfiguration(ModuleConfiguration configuration, List<Problem> unread, boolean microProfile,
                                      List<Path> loggingFiles, List<BuiltImage> images,
                                      List<PropertySourceFiles.Declared> propertySources) {
    }

    private LocalConfiguration readLocal(Module m) {
        if (m.directory() == null) {
            return new LocalConfiguration(ModuleConfiguration.empty(), List.of(), MicroProfileModules.runs(m), null,
                    List.of(), List.of());
        }
        List<Problem> unread = new ArrayList<>();
        ConfigurationFolder folder = ConfigurationFolder.of(DerivationProject.resources(m));
        ModuleConfiguration configuration = folder.configuration(project.profiles(), SpringCloudBootstrap.reads(m),
                unread::add);
        return new LocalConfiguration(configuration, unread, MicroProfileModules.runs(m), folder.loggingFiles(),
                ModuleImages.of(m, configuration),
                PropertySourceConfiguration.mayUse(m)
                        ? PropertySourceFiles.declared(DerivationProject.javaSources(m), project::shown, unread::add)
                        : List.of());
    }

    private void resolveOne(Module m, ServiceDescriptor d, LocalConfiguration read, DeploymentEnvironment deployment,
                            ResolvedServices into, List<Problem> errors) {
        ModuleConfiguration local = read.configuration();
        Path dir = m.directory();
        List<BuiltImage> images = read.images();
        if (dir != null) {
            deployment.tieImages(dir, Arrays.asList(d.name(), m.artifactId()), images);
        }
        List<ConfigValue> repository = dir == null ? List.of()
                : deployment.forModule(dir, Arrays.asList(d.name(), m.artifactId()));
        QuarkusGeneratedDeployments.Environment generated = QuarkusGeneratedDeployments.environment(m, local,
                repository, deployment, p -> findings.warnings.add(project.relative(p)));
        List<ConfigValue> environment = generated.variables();
        if (generated.generated()) {
            local = QuarkusGeneratedDeployments.withoutSettings(local);
        }
        Optional<DeploymentProfiles.Active> active = deploymentProfiles.of(m, local, environment, findings.unread::add);
        if (active.isPresent()) {
            local = active.get().configuration();
        }
        local = withKubernetesConfig(m, local, active, deployment);
        local = PropertySourceConfiguration.under(m, d.name() != null ? d.name() : m.artifactId(), read.propertySources(),
                local, environment, project, into.modulesByKey, p -> findings.warnings.add(project.relative(p)),
                findings.notices::add);
        ModuleConfiguration config = local.withEnvironment(environment);
        String configured = config.value("spring.application.name", "quarkus.application.name",
                "micronaut.application.name").map(String::strip).filter(Names::isDns1123Label).orElse(null);
        String name = d.name() != null ? d.name() : configured != null ? configured : m.artifactId();
        d = withConfiguredPort(d, config);
        if (d.name() == null && !Names.isDns1123Label(name)) {
            errors.add(new Problem(project.rel(m.descriptorFile()), 0, null, "the service takes its name from artifactId '"
                    + name + "', which is not a DNS-1123 label; add 'name: <label>' to the descriptor"));
            return;
        }
        if (into.services.containsKey(name) && AssembledIntents.duplicate(into, m, into.services.get(name), name, errors)) {
            return;
        }
        if (into.services.containsKey(name)) {
            errors.add(duplicateName(m, d, into.services.get(name)));
            return;
        }
        if (dir != null) {
            deployment.tieImages(dir, List.of(name), images);
        }
        ServiceRole role = d.role() != null ? d.role() : ServiceRole.WORKER;
        Map<String, String> labels = d.labels() != null ? d.labels() : Map.of(Labels.NAME, name);
        boolean automount = d.automountServiceAccountToken() != null
                ? d.automountServiceAccountToken() : role.mountsTokenByDefault();
        Service s = new Service(name, m, d, role, labels, automount);
        active.ifPresent(p -> activated(s, p, into));
        into.configs.put(name, local); // the deployment's environment is layered again over a config server's files
        List<ConfigValue> deployed = environment.isEmpty() && dir != null
                ? deployment.forModule(dir, List.of(name)) : environment;
        if (generated.generated() && deployed == environment) {
            into.generatedDeployments.add(name);
        }
        into.environments.put(name, read.microProfile() ? MicroProfileVariables.mapped(deployed, local) : deployed);
        List<List<ConfigValue>> variants = variants(deployment, dir, Arrays.asList(d.name(), m.artifactId(), name),
                read.microProfile() ? local : null);
        if (!variants.isEmpty()) {
            into.environmentVariants.put(name, variants);
        }
        into.services.put(name, s);
        names(s, config, deployment, into);
    }

    /**
     * {@code local} with the ConfigMaps and Secrets of the repository that the module's Kubernetes configuration client
     * (Quarkus', Micronaut's, Spring Cloud Kubernetes') reads over it, for the profiles {@code active} names.
     */
    private ModuleConfiguration withKubernetesConfig(Module m, ModuleConfiguration local,
                                                     Optional<DeploymentProfiles.Active> active,
                                                     DeploymentEnvironment deployment) {
        Path dir = m.directory();
        if (dir == null) {
            return local;
        }
        if (QuarkusKubernetesConfigModules.reads(m)) {
            local = deployment.withKubernetesConfig(local, dir, project.profiles(),
                    p -> findings.warnings.add(project.relative(p).orRule(DerivationRule.INPUT_UNREAD)));
        }
        if (SpringCloudKubernetesConfigModules.reads(m)) {
            local = deployment.withSpringCloudKubernetesConfig(local, SpringCloudKubernetesConfigModules.bootstraps(m),
                    dir, active.map(p -> p.profiles().profiles()).orElse(project.profiles()),
                    p -> findings.warnings.add(project.relative(p)));
        }
        if (MicronautKubernetesConfigModules.reads(m)) {
            local = deployment.withMicronautKubernetesConfig(local, project.profiles());
        }
        return local;
    }

    /**
     * The names {@code s} goes by besides its own, by which other services reach it: the Service quarkus-kubernetes
     * generates, Compose aliases, Kubernetes Services, its application name, the workloads that run it.
     */
    private static void names(Service s, ModuleConfiguration config, DeploymentEnvironment deployment,
                              ResolvedServices into) {
        String name = s.name();
        Module m = s.module();
        QuarkusGeneratedServices.of(s, config).ifPresent(into.servicePorts::addGenerated);
        into.composeHostNames.put(name, deployment.composeHostNames(m.directory(),
                Arrays.asList(s.descriptor().name(), m.artifactId(), name)));
        into.kubernetesHostNames.put(name, deployment.kubernetesHostNames(name, List.of(name, m.artifactId())));
        into.podTemplateLabels.put(name, deployment.podTemplateLabels(List.of(name, m.artifactId())));
        ApplicationNameAliases.otherName(config, name).ifPresent(v -> into.applicationNames.put(name, v));
        deployment.workloadsRunning(name).forEach((workload, variables) -> {
            into.serviceOfWorkload.putIfAbsent(workload, name);
            into.workloadVariables.putIfAbsent(workload, variables);
        });
        into.runs(m, s);
    }

    /** The error for module {@code m} named as {@code other}, which came first. */
    private Problem duplicateName(Module m, ServiceDescriptor d, Service other) {
        return new Problem(project.rel(m.descriptorFile()), d.nameLine(), other.name(), "duplicate service name: modules "
                + other.module().key() + " and " + m.key() + " are both named '" + other.name()
                + "'; give one of them another 'name:' in its descriptor");
    }

    /**
     * The environment each deployment file gives the module at {@code dir}, when several files deploy it
     * ({@link DeploymentEnvironment#variantsForModule}); a MicroProfile module's mapped over its configuration
     * {@code microProfile} (null for another module).
     */
    private static List<List<ConfigValue>> variants(DeploymentEnvironment deployment, Path dir, List<String> names,
                                                    ModuleConfiguration microProfile) {
        if (dir == null) {
            return List.of();
        }
        return deployment.variantsForModule(dir, names).stream()
                .map(v -> microProfile != null ? MicroProfileVariables.mapped(v, microProfile) : v).toList();
    }

    /** Records the profiles {@code s}'s deployment activates, and states them once in the build log. */
    private void activated(Service s, DeploymentProfiles.Active active, ResolvedServices into) {
        List<String> profiles = active.profiles().profiles();
        into.profiles.put(s.name(), profiles);
        findings.notices.add(new Problem(project.rel(s.descriptor().file()), 0, s.name(), "its configuration is read for"
                + " profile " + String.join(", ", profiles) + ", which " + active.where() + " activates"
                + " (-Dai-security.profiles, when given, is read instead)").withRule(DerivationRule.DEPLOYMENT_PROFILES));
    }

    /** The descriptor with the configuration's port ({@code server.port} ...) when it declares none. */
    private static ServiceDescriptor withConfiguredPort(ServiceDescriptor d, ModuleConfiguration config) {
        if (d.ports().isEmpty()) {
            Optional<String> port = config.value("server.port", "quarkus.http.port", "micronaut.server.port");
            if (port.isPresent() && port.get().strip().matches("[1-9][0-9]{0,4}")
                    && Integer.parseInt(port.get().strip()) <= 65535) {
                return d.withPorts(List.of(new PortSpec("http", Integer.parseInt(port.get().strip()), "TCP")));
            }
        }
        return d;
    }

    /** Two services whose labels select each other's pods: looked up by label, not by comparing every pair. */
    private void checkLabels(Map<String, Service> services, List<Problem> errors) {
        Map<Map.Entry<String, String>, List<Service>> byLabel = new HashMap<>();
        services.values().forEach(s -> s.labels().entrySet()
                .forEach(e -> byLabel.computeIfAbsent(Map.entry(e.getKey(), e.getValue()), k -> new ArrayList<>()).add(s)));
        for (Service a : services.values()) {
            List<Service> candidates = a.labels().entrySet().stream()
                    .map(e -> byLabel.get(Map.entry(e.getKey(), e.getValue())))
                    .min(Comparator.comparingInt(List::size)).orElseGet(() -> List.copyOf(services.values()));
            for (Service b : candidates) {
                if (a != b && b.labels().entrySet().containsAll(a.labels().entrySet())) {
                    errors.add(new Problem(project.rel(a.descriptor().file()), 0, a.name(), "the labels of '" + a.name()
                            + "' " + new TreeMap<>(a.labels()) + " also match the pods of '" + b.name() + "' "
                            + new TreeMap<>(b.labels()) + ", so " + a.name() + "'s NetworkPolicy would govern "
                            + b.name() + "'s pods too; give each service a label value the other lacks (the default is"
                            + " app.kubernetes.io/name: <service>)"));
                }
            }
        }
    }
}
