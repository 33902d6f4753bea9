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
 * port (its loopback self-scrape is none); each {@code kubernetes_sd_configs} job scrapes what it discovers
 * ({@link KubernetesScrapeTargets}). Evidence: the file and line of the target or of the job's role.
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
        for (PrometheusConfig.StaticTarget t : config.staticTargets()) {
            if (!ServiceHosts.isLoopback(t.host())) {
                targets.add(new HostReference(t.host(), t.port(), where(d, t.where()), t.where().key()));
            }
        }
        d.hostReferences(a).add(targets);
        for (PrometheusConfig.DiscoveryJob job : config.discoveryJobs()) {
            new KubernetesScrapeTargets(d, a, job, where(d, job.where())).derive();
        }
    }

    /** {@code file:line key}, as evidence shows a value. */
    static String where(Derivation d, ConfigValue v) {
        return v.where(d::shown);
    }
}
