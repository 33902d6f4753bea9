package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.MonitorResources;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Edges from the Prometheus Operator's {@code ServiceMonitor} and {@code PodMonitor} resources of the repository's
 * Kubernetes manifests and of what its Helm charts render ({@link MonitorResources}): the Prometheus that selects a monitor scrapes what it selects
 * ({@link MonitorTargets}). That Prometheus is each {@code Prometheus} resource of the repository whose
 * {@code serviceMonitorSelector} / {@code podMonitorSelector} matches the monitor's labels ({@code {}} selects all,
 * an absent selector none), run by the service the operator runs it as ({@code prometheus-<name>}, ...); without a
 * {@code Prometheus} resource in the repository, the platform's only Prometheus service. A monitor no service runs is
 * a {@code DERIVE-UNOWNED-MONITORING} warning; one whose selectors are not followed (matchExpressions, other
 * namespaces) or that no Prometheus resource selects is stated once as information.
 */
final class ServiceMonitorScrapes extends NamedSource {

    /** A monitor, and why the Prometheus service it is listed under scrapes what it selects. */
    record Scrape(MonitorResources.Monitor monitor, String by) {
    }

    /** The resources read, and the monitors by the name of the service that scrapes what they select. */
    private record Owners(MonitorResources resources, Map<String, List<Scrape>> byService) {
    }

    ServiceMonitorScrapes() {
        super("service monitors", ServiceResolution::deploymentInputs, ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        Owners owners = d.once(ServiceMonitorScrapes.class, () -> owners(d));
        for (Scrape scrape : owners.byService().getOrDefault(a.name(), List.of())) {
            new MonitorTargets(d, a, owners.resources(), scrape).derive();
        }
    }

    private static Owners owners(Derivation d) {
        MonitorResources resources = MonitorResources.read(d.platform.deploymentFiles, d.platform.chartTemplates);
        Map<String, List<Scrape>> byService = new TreeMap<>();
        for (MonitorResources.Monitor m : resources.monitors()) {
            String skipped = skipped(m, d.project.namespace());
            if (skipped != null) {
                notice(d, m, skipped);
                continue;
            }
            List<Map.Entry<Service, String>> runners = resources.prometheuses().isEmpty() ? soleRunner(d, m)
                    : selecting(d, m, resources.prometheuses());
            runners.forEach(r -> byService.computeIfAbsent(r.getKey().name(), k -> new ArrayList<>())
                    .add(new Scrape(m, r.getValue())));
        }
        return new Owners(resources, byService);
    }

    /** Why the monitor's selectors are not followed, or null. */
    private static String skipped(MonitorResources.Monitor m, String namespace) {
        if (m.namespaces() != null && !m.anyNamespace() && !m.namespaces().contains(namespace)) {
            return "its namespaceSelector names " + String.join(", ", m.namespaces()) + ", not the platform's namespace "
                    + namespace;
        }
        if (m.selector() != null && m.selector().expressions()) {
            return "its selector has matchExpressions, which are not evaluated";
        }
        return null;
    }

    /** The services running the repository's Prometheus resources that select {@code m}, with the evidence. */
    private static List<Map.Entry<Service, String>> selecting(Derivation d, MonitorResources.Monitor m,
                                                              List<MonitorResources.Prometheus> prometheuses) {
        String selectorKey = m.isPodMonitor() ? "podMonitorSelector" : "serviceMonitorSelector";
        List<Map.Entry<Service, String>> found = new ArrayList<>();
        for (MonitorResources.Prometheus p : prometheuses) {
            MonitorResources.Selector selector = m.isPodMonitor() ? p.podMonitors() : p.serviceMonitors();
            if (selector == null || selector.expressions() || !selector.matches(m.labels())) {
                continue;
            }
            String prometheus = "Prometheus " + p.name() + " (" + d.shown(p.file()) + ":" + p.line() + ")";
            List<Service> runner = MonitoringOwners.firstService(p.runners(), d);
            if (runner.isEmpty()) {
                unowned(d, m, "it is selected by " + prometheus + ", which runs as " + String.join(", ", p.runners())
                        + ", none of them a service of the platform");
            } else {
                found.add(Map.entry(runner.get(0), "selected by " + prometheus + "'s " + selectorKey));
            }
        }
        if (found.isEmpty() && prometheuses.stream().noneMatch(p -> selects(p, m))) {
            notice(d, m, "no Prometheus resource of the repository selects it by its " + selectorKey + " (an absent"
                    + " selector selects none; matchExpressions are not evaluated)");
        }
        return found;
    }

    private static boolean selects(MonitorResources.Prometheus p, MonitorResources.Monitor m) {
        MonitorResources.Selector selector = m.isPodMonitor() ? p.podMonitors() : p.serviceMonitors();
        return selector != null && !selector.expressions() && selector.matches(m.labels());
    }

    /** Without a Prometheus resource in the repository: the platform's only Prometheus service, else a warning. */
    private static List<Map.Entry<Service, String>> soleRunner(Derivation d, MonitorResources.Monitor m) {
        List<Service> named = MonitoringOwners.named("prometheus", d, ServiceContainers.of(d));
        if (named.size() == 1) {
            return List.of(Map.entry(named.get(0), "run by " + named.get(0).name() + ", the platform's only Prometheus"
                    + " service (no Prometheus resource in the repository)"));
        }
        unowned(d, m, "no Prometheus resource of the repository selects it, and " + (named.isEmpty()
                ? "no service is named prometheus or runs its image"
                : "several services are Prometheus (" + String.join(", ", named.stream().map(Service::name).toList())
                + ")"));
        return List.of();
    }

    private static void unowned(Derivation d, MonitorResources.Monitor m, String why) {
        d.findings.warnings.add(new Problem(d.rel(m.file()), m.line(), null, "this " + m.kind() + " " + m.name()
                + " is run by no service of the platform: " + why + "; the scrapes it configures are not derived (add"
                + " the Prometheus resource that selects it, name the Prometheus service prometheus, or add 'calls:' to"
                + " it)").withRule(DerivationRule.UNOWNED_MONITORING));
    }

    private static void notice(Derivation d, MonitorResources.Monitor m, String why) {
        d.findings.notices.add(d.project.relative(new Problem(m.file(), m.line(), null, m.kind() + " " + m.name()
                + " is not followed: " + why + "; the scrapes it configures are not derived (add"
                + " 'calls:' to the Prometheus service if it scrapes services of the platform)")
                .withRule(DerivationRule.MONITOR_NOT_FOLLOWED)));
    }
}
