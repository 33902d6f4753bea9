package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.MonitoringFile;
import io.aiplatform.security.core.derive.PrometheusConfig;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services a Prometheus finds in a registry ({@code eureka_sd_configs}, {@code consul_sd_configs}):
 * its {@code server} naming a registry of the platform is an edge to the registry, and each service that
 * registers there (as its configuration says) is scraped, on its port named {@code metrics} or
 * {@code http-metrics}, else on the ports a caller reaches. Runs after the configuration, which tells
 * who registers where.
 */
final class PrometheusRegistryScrapes extends NamedSource {

    PrometheusRegistryScrapes() {
        // the configuration says who registers where
        super("prometheus registries", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                ConfiguredHosts::configurationInputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        List<MonitoringFile> files = MonitoringOwners.of(d).runBy(a, MonitoringFile.Kind.PROMETHEUS);
        if (files.isEmpty()) {
            return;
        }
        ServiceHosts hosts = new ServiceHosts(d.services().keySet(), d.project.namespace());
        for (MonitoringFile f : files) {
            for (PrometheusConfig.RegistryJob job : new PrometheusConfig(f.properties()).registryJobs()) {
                String where = PrometheusScrapes.where(d, job.server());
                Optional<Service> registry = host(job.server().value()).flatMap(hosts::serviceOf).map(d.services()::get);
                if (registry.isEmpty() || registry.get() == a) {
                    continue;
                }
                d.edge(a, registry.get(), registry.get().callPorts(), where + " names " + registry.get().name());
                scrapeRegistered(a, d, registry.get(), where + " (" + job.registry() + ")");
            }
        }
    }

    private static void scrapeRegistered(Service a, Derivation d, Service registry, String where) {
        for (Service t : d.services().values()) {
            Map<String, String> theirs = d.registries.getOrDefault(t.name(), Map.of());
            if (t == a || t == registry || !theirs.containsKey(registry.name())) {
                continue;
            }
            List<PortSpec> metrics = t.ports().stream().filter(p -> p.name() != null
                    && (p.name().equals(Service.METRICS_PORT) || p.name().equals("http-metrics"))).toList();
            d.edge(a, t, metrics.isEmpty() ? t.callPorts() : metrics, where + " scrapes what registers in "
                    + registry.name() + "; " + t.name() + " registers at " + theirs.get(registry.name()));
        }
    }

    /** The host of a server: a URL's ({@code http://registry:8761/eureka}) or of {@code host:port} ({@code consul:8500}). */
    private static Optional<String> host(String server) {
        List<ConnectionUrl> urls = ConnectionUrl.findAll(server.strip());
        List<ConnectionUrl.Endpoint> endpoints = urls.isEmpty() ? ConnectionUrl.hostList(server.strip())
                : urls.get(0).endpoints();
        return endpoints.stream().map(ConnectionUrl.Endpoint::host).findFirst();
    }
}
