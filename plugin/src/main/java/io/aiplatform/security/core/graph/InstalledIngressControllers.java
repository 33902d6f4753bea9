package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.Ingress;
import io.aiplatform.security.core.derive.IngressControllers;
import io.aiplatform.security.core.derive.ServicePorts;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ingress objects of the repository whose controller is no service of the platform, installed in the cluster
 * apart from it (ingress-nginx applied from its project's manifests): each backend service admits the
 * controller's pods where its project installs them ({@link IngressControllers#installOf}: namespace
 * {@code ingress-nginx}, pods {@code app.kubernetes.io/name=ingress-nginx,app.kubernetes.io/component=controller})
 * on the pod port the backend's Service port leads to. An Ingress of a class with no documented place, or of no
 * class, served by no controller of the platform is one {@code DERIVE-UNSERVED-INGRESS} warning per backend
 * service (at its first backend line, counting the others), and no edge.
 */
final class InstalledIngressControllers extends NamedSource {

    InstalledIngressControllers() {
        super("Ingress controllers installed apart", ServiceResolution::deploymentInputs,
                ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service b, Derivation d) {
        Map<String, IngressControllerRoutes.Controller> controllers = IngressControllerRoutes.platformControllers(d);
        List<Ingress.Backend> unplaced = new ArrayList<>();
        Ingress firstUnplaced = null;
        for (Ingress ingress : ServiceContainers.of(d).deployment().ingresses()) {
            if (servedByThePlatform(ingress, controllers)) {
                continue;
            }
            Optional<IngressControllers.Install> install = Optional.ofNullable(ingress.ingressClass())
                    .flatMap(IngressControllers::installOf);
            for (Ingress.Backend backend : ingress.backends()) {
                if (d.hosts().serviceOf(backend.service()).filter(b.name()::equals).isEmpty()) {
                    continue;
                }
                if (install.isPresent()) {
                    admit(b, ingress, backend, install.get(), d);
                } else {
                    firstUnplaced = firstUnplaced == null ? ingress : firstUnplaced;
                    unplaced.add(backend);
                }
            }
        }
        if (firstUnplaced != null) {
            warn(b, firstUnplaced, unplaced, d);
        }
    }

    /** One warning for the backends of {@code b} whose controller has no known place, at the first of them. */
    private static void warn(Service b, Ingress ingress, List<Ingress.Backend> backends, Derivation d) {
        Ingress.Backend first = backends.get(0);
        String cls = ingress.ingressClass() == null ? "names no class" : "is of class " + ingress.ingressClass();
        String more = backends.size() == 1 ? "" : " (and " + (backends.size() - 1) + " more Ingress backend(s) naming it)";
        d.findings.warnings.add(new Problem(d.rel(first.file()), first.line(), b.name(),
                "Ingress " + ingress.name() + " " + cls + " and sends to " + b.name() + more + ", but no service of"
                + " the platform is its controller and the plugin does not know where it runs; nothing admits the"
                + " controller to " + b.name() + " (add the controller to platform.yaml, or declare it in "
                + b.name() + "'s descriptor: ingress: {from: [{namespace: <its namespace>, labels: {<its pods'"
                + " labels>}}]})").withRule(DerivationRule.UNSERVED_INGRESS));
    }

    private static boolean servedByThePlatform(Ingress ingress, Map<String, IngressControllerRoutes.Controller> controllers) {
        if (ingress.ingressClass() == null) {
            return controllers.size() == 1;
        }
        return controllers.values().stream().anyMatch(c -> c.ingressClass().equals(ingress.ingressClass()));
    }

    private static void admit(Service b, Ingress ingress, Ingress.Backend backend, IngressControllers.Install where,
                              Derivation d) {
        Optional<ServicePorts.Mapping> mapping = mapping(backend, b, d);
        String reason = d.project.shown(backend.file()) + ":" + backend.line() + " Ingress " + ingress.name()
                + " (class " + where.ingressClass() + ", whose controller is no service of the platform: installed as"
                + " its project documents, it runs in " + where.describe() + ") backend names " + backend.service()
                + mapping.map(m -> "; " + m.describe(d::shown)).orElse("");
        d.outsideEdge(b, false, new OutsideEdgeBuilder.Peer(where.namespace(), null, where.labels()),
                ports(backend, mapping, b, ingress, d), reason);
    }

    /** The repository's Service port the backend names, looked up by the backend's Service name, then b's. */
    private static Optional<ServicePorts.Mapping> mapping(Ingress.Backend backend, Service b, Derivation d) {
        ServicePorts ports = d.platform.servicePorts;
        for (String service : List.of(backend.service(), b.name())) {
            Optional<ServicePorts.Mapping> m = backend.port() != null ? ports.of(service, backend.port())
                    : backend.portName() != null ? ports.named(service, backend.portName()) : Optional.empty();
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /**
     * The pod ports of {@code b} the backend reaches; every call port of b when nothing says which, and when the
     * backend's port leads to none that b declares (a warning: a Service port is no pod port, so a policy on it would
     * admit nothing).
     */
    private static List<PortSpec> ports(Ingress.Backend backend, Optional<ServicePorts.Mapping> mapping, Service b,
                                        Ingress ingress, Derivation d) {
        List<PortSpec> matching;
        Integer pod = null;
        if (mapping.isPresent()) {
            ServicePorts.Mapping m = mapping.get();
            matching = b.ports().stream().filter(p -> m.targetPort() != null ? p.port() == m.targetPort()
                    : m.targetName().equals(p.name())).toList();
            pod = m.targetPort();
        } else if (backend.port() != null) {
            matching = b.ports().stream().filter(p -> p.port() == backend.port()).toList();
            pod = backend.port();
        } else {
            matching = b.ports().stream().filter(p -> backend.portName().equals(p.name())).toList();
        }
        if (matching.isEmpty() && pod != null && b.ports().isEmpty()) {
            return List.of(new PortSpec(null, pod, "TCP"));
        }
        if (matching.isEmpty() && pod != null) {
            d.warning(DerivationRule.PORT_UNKNOWN, b, d.project.shown(backend.file()) + ":" + backend.line() + " Ingress "
                    + ingress.name() + " sends to " + backend.service() + ":"
                    + (backend.port() != null ? backend.port().toString() : backend.portName())
                    + mapping.map(m -> ", which " + m.describe(d::shown)).orElse(", which no Service of the repository"
                    + " maps to a pod port") + ", but " + b.name() + " declares only " + Ports.describe(b.ports())
                    + "; the controller is admitted on " + b.name() + "'s ports");
        }
        return matching.isEmpty() ? b.callPorts() : matching;
    }
}
