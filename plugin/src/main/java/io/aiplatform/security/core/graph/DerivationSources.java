package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources of edges and the order they run in: the configuration and the code first (they tell
 * which services each one names and where it registers), then the registry clients that nothing
 * configures, then the registry servers that fan out to what registers, then the POM and the
 * descriptor's declarations (which look at what is derived so far), and last the workloads'
 * connects-to annotations, which only add evidence to what the others derived. Within a stage each
 * service runs every source in turn, so evidence, warnings and errors come out in the same order on
 * every run.
 */
public final class DerivationSources {

    private static final List<List<DerivationSource>> STAGES = List.of(
            List.of(new ConfiguredHosts(), new JavaSourceHosts(), new LibraryFeignClients(), new ConfiguredClientLibraries(),
                    new KotlinSourceHosts(),
                    new LogAppenderHosts(),
                    new SwitchedOnDefaultHosts(),
                    new PrometheusScrapes(),
                    new ServiceMonitorScrapes(),
                    new GrafanaDataSources(),
                    new LogShipperClients(),
                    new CollectorExports(),
                    new AlloyExports(),
                    new LokiStorageClients(),
                    new InfrastructureEnvironment(), new IngressControllerRoutes(), new InstalledIngressControllers(),
                    new KrakendBackends(),
                    new KongDeclarativeServices(),
                    new NginxProxyPasses(),
                    new LogstashPipelineClients(),
                    new KafkaConnectConnectors(),
                    new KafkaConnectWorkerBrokers(),
                    new ContainerScriptUrls(),
                    new OpenTelemetryAgentEndpoints()),
            List.of(new SoleRegistryClients()),
            List.of(new RegistryFanOut(), new KubernetesDiscoveryFanOut(), new TurbineAggregation(),
                    new PrometheusRegistryScrapes(), new ConsulHealthChecks()),
            List.of(new PomDependencies(), new DeclaredCalls(), new DeclaredScrapes(), new DeclaredIngress(),
                    new IntentsCalls()),
            List.of(new WorkloadConnectsTo()));

    private DerivationSources() {
    }

    /** Every source, in the order they run. */
    public static List<DerivationSource> all() {
        return STAGES.stream().flatMap(List::stream).toList();
    }

    /** Every part of the derivation that reads inputs: the resolution of the services, then each source. */
    public static List<DeclaresInputs> readers() {
        List<DeclaresInputs> readers = new ArrayList<>();
        readers.add(ServiceResolution.INPUTS);
        readers.addAll(all());
        return readers;
    }

    /**
     * Everything the derivation reads for {@code project}: what {@link ServiceResolution} reads to know the
     * services, and what each source declares. The up-to-date digests are made of it.
     */
    public static DeclaredInputs inputs(DerivationProject project) {
        DeclaredInputs inputs = new DeclaredInputs();
        readers().forEach(reader -> reader.inputs(project, inputs));
        return inputs;
    }

    /** Derives the graph: resolves the services, runs the sources stage by stage, then checks and assembles. */
    static ServiceGraph derive(DerivationProject project, ClientCatalog catalog) throws InvalidInputException {
        Derivation d = prepare(project, catalog);
        for (List<DerivationSource> stage : STAGES) {
            for (Service a : d.services().values()) {
                stage.forEach(source -> source.derive(a, d));
            }
        }
        PodLabelMismatches.report(d);
        return new GraphAssembly(d).assemble();
    }

    /**
     * The services resolved, their files read and what the sources work out ahead done (both in parallel), ready for
     * the sources to run.
     */
    static Derivation prepare(DerivationProject project, ClientCatalog catalog) throws InvalidInputException {
        Derivation.Findings findings = new Derivation.Findings();
        ResolvedServices services = new ServiceResolution(project, findings).resolve(catalog);
        Derivation d = new Derivation(project, services, findings);
        d.readServices();
        d.prepare(all());
        UnmatchedWorkloads.report(d);
        UnmatchedComposeServices.report(d);
        return d;
    }
}
