package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.MonitoringFile;
import io.aiplatform.security.core.derive.PrometheusConfig;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from the Prometheus configurations a service runs ({@link MonitoringOwners}): each
 * {@code static_configs} target {@code host:port} naming a service is a scrape of that service on that
 * port (its loopback self-scrape is none; on the host's network, {@code network_mode: host}, a loopback target is what
 * listens on that port of the host, {@link HostNetworkReferences}), and so is each Alertmanager that
 * {@code alerting.alertmanagers[].static_configs} names (Prometheus sends it its alerts); each
 * {@code kubernetes_sd_configs} job scrapes what it discovers ({@link KubernetesScrapeTargets}). Evidence: the file and line of the target or of the job's role.
 */
final class PrometheusScrapes extends NamedSource {

    PrometheusScrapes() {
        super("prometheus", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        for (MonitoringFile f : MonitoringOwners.of(d).runBy(a, MonitoringFile.Kind.PROMETHEUS)) {
            scrape(a, d, new PrometheusConfig(f.properties()));
        }
    }

    /**
     * The scrapes of {@code config}, run by {@code a}: its static targets naming a service (a loopback one is its
     * self-scrape, none), and its {@code kubernetes_sd_configs} jobs. Also the OpenTelemetry Collector's
     * {@code prometheus} receiver's ({@link CollectorExports}).
     */
    static void scrape(Service a, Derivation d, PrometheusConfig config) {
        List<HostReference> targets = new ArrayList<>();
        List<PrometheusConfig.StaticTarget> contacted = new ArrayList<>(config.staticTargets());
        contacted.addAll(config.alertmanagerTargets());
        for (PrometheusConfig.StaticTarget t : contacted) {
            HostReference target = new HostReference(t.host(), t.port(), where(d, t.where()), t.where().key());
            if (!ServiceHosts.isLoopback(t.host()) || onHostNetwork(d, a, target)) {
                targets.add(target);
            }
        }
        d.hostReferences(a).add(targets);
        for (PrometheusConfig.DiscoveryJob job : config.discoveryJobs()) {
            new KubernetesScrapeTargets(d, a, job, where(d, job.where())).derive();
        }
    }

    /**
     * Whether the loopback target {@code t} of {@code a} is another service: {@code a} runs with the host's network
     * ({@code network_mode: host}), where {@code localhost:P} is what listens on the host's port P
     * ({@link HostNetworkReferences}), and that is not {@code a} itself (its self-scrape).
     */
    private static boolean onHostNetwork(Derivation d, Service a, HostReference t) {
        List<HostReference> reached = HostNetworkReferences.of(d, a, t);
        return !reached.isEmpty() && reached.stream().noneMatch(r -> r.host().equals(a.name()));
    }

    /** {@code file:line key}, as evidence shows a value. */
    static String where(Derivation d, ConfigValue v) {
        return v.where(d::shown);
    }
}
