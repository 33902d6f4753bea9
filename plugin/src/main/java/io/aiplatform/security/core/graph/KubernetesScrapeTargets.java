package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.PrometheusConfig;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one {@code kubernetes_sd_configs} job of a Prometheus configuration scrapes, as Prometheus'
 * Kubernetes discovery and the usual annotation relabelling make it: with a {@code keep} on the
 * {@code prometheus.io/scrape} annotation, the services whose workload's pod template (role pod,
 * endpoints, endpointslice) or Kubernetes Service (its annotation label) carries
 * {@code prometheus.io/scrape: "true"}, on the port of {@code prometheus.io/port}, else the port named
 * {@code metrics} or {@code http-metrics}, else every port; without it, every service with a port named
 * {@code metrics} or {@code http-metrics}, on that port. A job limited to other namespaces scrapes none.
 */
final class KubernetesScrapeTargets {

    private static final Set<String> ROLES = Set.of("pod", "endpoints", "endpointslice", "service");
    private static final Set<String> METRICS_PORTS = Set.of(Service.METRICS_PORT, "http-metrics");

    private final Derivation d;
    private final Service prometheus;
    private final PrometheusConfig.DiscoveryJob job;
    private final String where;

    KubernetesScrapeTargets(Derivation d, Service prometheus, PrometheusConfig.DiscoveryJob job, String where) {
        this.d = d;
        this.prometheus = prometheus;
        this.job = job;
        this.where = where;
    }

    void derive() {
        if (!ROLES.contains(job.role()) || !job.namespaces().isEmpty() && !job.namespaces().contains(d.project.namespace())) {
            return;
        }
        for (Service t : d.services().values()) {
            if (t == prometheus) {
                continue;
            }
            if (job.annotated() == null) {
                List<PortSpec> metrics = metricsPorts(t);
                if (!metrics.isEmpty()) {
                    d.edge(prometheus, t, metrics, where + " (role " + job.role() + ") scrapes " + t.name()
                            + "'s metrics port");
                }
            } else {
                annotated(t);
            }
        }
    }

    private void annotated(Service t) {
        Optional<ConfigValue> scrape = annotation(t, "prometheus.io/scrape");
        if (scrape.isEmpty() || !scrape.get().value().strip().equalsIgnoreCase("true")) {
            return;
        }
        String because = where + " (role " + job.role() + ") keeps prometheus.io/scrape, which "
                + d.project.shown(scrape.get().file()) + ":" + scrape.get().line() + " sets: scrapes " + t.name();
        Optional<ConfigValue> port = annotation(t, "prometheus.io/port");
        if (port.isPresent() && port.get().value().strip().matches("\\d{1,5}")) {
            int number = Integer.parseInt(port.get().value().strip());
            List<PortSpec> matching = t.ports().stream().filter(p -> p.port() == number).toList();
            if (matching.isEmpty() && !t.ports().isEmpty()) {
                d.warning(DerivationRule.PORT_UNKNOWN, prometheus, because + " on port " + number + ", but " + t.name() + " declares only "
                        + Ports.describe(t.ports()) + "; it is not scraped (declare the port in its descriptor)");
                return;
            }
            d.edge(prometheus, t, matching.isEmpty() ? List.of(new PortSpec(null, number, "TCP")) : matching, because);
            return;
        }
        List<PortSpec> metrics = metricsPorts(t);
        if (t.ports().isEmpty()) {
            d.warning(DerivationRule.PORT_UNKNOWN, prometheus, because + ", which declares no port and no prometheus.io/port; it is not scraped"
                    + " (declare its metrics port)");
            return;
        }
        d.edge(prometheus, t, metrics.isEmpty() ? t.ports() : metrics, because);
    }

    /** The annotation on the workload's pod template (pod roles) or on the Kubernetes Service (service annotations). */
    private Optional<ConfigValue> annotation(Service t, String key) {
        if (job.annotated().equals("service")) {
            return Optional.ofNullable(ServiceContainers.of(d).deployment().serviceAnnotations(t.name()).get(key));
        }
        return ServiceContainers.of(d).of(t).stream().map(Container::annotations).map(a -> a.get(key))
                .filter(v -> v != null).findFirst();
    }

    private static List<PortSpec> metricsPorts(Service t) {
        return t.ports().stream().filter(p -> p.name() != null && METRICS_PORTS.contains(p.name())).toList();
    }
}
