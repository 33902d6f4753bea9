package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.MonitorResources;
import io.aiplatform.security.core.derive.ServicePorts;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.DerivationRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one {@code ServiceMonitor} or {@code PodMonitor} makes its Prometheus scrape, as the Prometheus Operator
 * documents it: a ServiceMonitor selects Kubernetes Services by their labels ({@code spec.selector.matchLabels}), and
 * each endpoint scrapes the pods behind them on the pod port its {@code port} (a Service port's name, mapped by the
 * Service's {@code targetPort}, {@link ServicePorts}) or its {@code targetPort} leads to; a PodMonitor selects the
 * workloads' pods by their labels, each {@code podMetricsEndpoints[].port} naming a container port. The scraped
 * service is the one the Service's name names, or the one the workload runs; the port is the one of its descriptor
 * with that number (or name), else a {@code DERIVE-PORT-UNKNOWN} warning.
 */
final class MonitorTargets {

    /** A pod port: its number when known, else its name; and how the endpoint leads to it. */
    private record PodPort(Integer number, String name, String how) {
    }

    private final Derivation d;
    private final Service prometheus;
    private final MonitorResources resources;
    private final ServiceMonitorScrapes.Scrape scrape;

    MonitorTargets(Derivation d, Service prometheus, MonitorResources resources, ServiceMonitorScrapes.Scrape scrape) {
        this.d = d;
        this.prometheus = prometheus;
        this.resources = resources;
        this.scrape = scrape;
    }

    void derive() {
        MonitorResources.Monitor m = scrape.monitor();
        if (m.selector() == null) {
            return; // no selector: it selects nothing
        }
        if (m.isPodMonitor()) {
            resources.pods().stream().filter(p -> m.selector().matches(p.labels())).forEach(this::pods);
        } else {
            resources.services().stream().filter(s -> m.selector().matches(s.labels())).forEach(this::service);
        }
    }

    private void service(MonitorResources.KubeService s) {
        Optional<String> name = d.hosts().serviceOf(s.name().toLowerCase(Locale.ROOT));
        if (name.isEmpty()) {
            return;
        }
        Service t = d.services().get(name.get());
        String selected = "Service " + s.name() + " (" + d.shown(s.file()) + ":" + s.line() + ")";
        for (MonitorResources.Endpoint e : scrape.monitor().endpoints()) {
            PodPort port = e.port() != null ? servicePort(s, e.port()) : podPort(e.targetPort(), "targetPort ");
            if (port != null) {
                scrapes(t, e, selected, port);
            }
        }
    }

    /** The pod port a Service port named {@code name} leads to; null when the Service has no port of that name. */
    private PodPort servicePort(MonitorResources.KubeService s, String name) {
        Integer number = s.ports().get(name);
        if (number == null) {
            return null;
        }
        String how = "port " + name + " (" + number + ")";
        Optional<ServicePorts.Mapping> mapping = d.platform.servicePorts.of(s.name(), number)
                .filter(ServicePorts.Mapping::changesPort);
        if (mapping.isEmpty()) {
            return new PodPort(number, null, how);
        }
        return new PodPort(mapping.get().targetPort(), mapping.get().targetName(),
                how + "; " + mapping.get().describe(d::shown));
    }

    private void pods(MonitorResources.Pods p) {
        ServiceContainers containers = ServiceContainers.of(d);
        String workload = p.workload().toLowerCase(Locale.ROOT);
        Service t = containers.matched().stream()
                .filter(c -> c.name().equals(workload) && c.file().equals(p.file()))
                .map(containers::serviceOf).findFirst().orElse(null);
        if (t == null && !d.platform.deploymentFiles.contains(p.file())) {
            // a workload a Helm chart renders: the service the deployment environment found it runs
            String service = d.platform.serviceOfWorkload.get(workload);
            t = service == null ? null : d.services().get(service);
        }
        if (t == null) {
            return;
        }
        String selected = "the pods of " + p.workload() + " (" + d.shown(p.file()) + ":" + p.line() + ")";
        for (MonitorResources.Endpoint e : scrape.monitor().endpoints()) {
            PodPort port = e.port() != null ? new PodPort(p.ports().get(e.port()), e.port(), "port " + e.port()
                    + (p.ports().containsKey(e.port()) ? " (" + p.ports().get(e.port()) + ")" : ""))
                    : podPort(e.targetPort(), "targetPort ");
            if (port != null) {
                scrapes(t, e, selected, port);
            }
        }
    }

    /** A {@code targetPort} as written: a number or a port name; null when absent. */
    private static PodPort podPort(String text, String how) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.strip();
        return v.matches("[1-9][0-9]{0,4}") ? new PodPort(Integer.valueOf(v), null, how + v)
                : new PodPort(null, v, how + v);
    }

    private void scrapes(Service t, MonitorResources.Endpoint e, String selected, PodPort port) {
        if (t == prometheus) {
            return;
        }
        MonitorResources.Monitor m = scrape.monitor();
        String list = m.isPodMonitor() ? "podMetricsEndpoints" : "endpoints";
        String because = m.kind() + " " + m.name() + " (" + d.shown(m.file()) + ":" + m.line() + "), " + scrape.by()
                + ": " + list + "[" + e.index() + "] scrapes " + selected + " on " + port.how();
        List<PortSpec> matching = t.ports().stream().filter(p -> port.number() != null ? p.port() == port.number()
                : port.name().equals(p.name())).toList();
        if (matching.isEmpty() && port.number() != null && port.name() != null) {
            matching = t.ports().stream().filter(p -> port.name().equals(p.name())).toList();
        }
        if (matching.isEmpty() && t.ports().isEmpty() && port.number() != null) {
            matching = List.of(new PortSpec(null, port.number(), "TCP"));
        }
        if (matching.isEmpty()) {
            d.warning(DerivationRule.PORT_UNKNOWN, prometheus, because + ", but " + t.name() + " declares only "
                    + Ports.describe(t.ports()) + "; it is not scraped (declare the port in its descriptor)");
            return;
        }
        d.edge(prometheus, t, matching, because + ": " + t.name());
    }
}
