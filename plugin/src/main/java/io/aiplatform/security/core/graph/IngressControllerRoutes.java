package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.Ingress;
import io.aiplatform.security.core.derive.IngressControllers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edges from an Ingress controller that is a service of the platform (its container runs a controller image of
 * {@link IngressControllers}: Kong, ingress-nginx, Traefik ...) to the Services of the Ingress objects it serves in
 * the repository's manifests: those of its class ({@code spec.ingressClassName} or the
 * {@code kubernetes.io/ingress.class} annotation), and those that name no class when it is the platform's only
 * controller. The Service's port leads to its {@code targetPort} as for any URL. An Ingress of a controller that
 * is no service of the platform gives no edge.
 */
final class IngressControllerRoutes extends NamedSource {

    /** A controller of the platform: the class it serves and why it is one. */
    record Controller(String ingressClass, String evidence) {
    }

    IngressControllerRoutes() {
        super("ingress controllers", ServiceResolution::deploymentInputs, ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        Map<String, Controller> controllers = platformControllers(d);
        Controller controller = controllers.get(a.name());
        if (controller == null) {
            return;
        }
        HostReferenceEdges edges = d.hostReferences(a);
        for (Ingress ingress : ServiceContainers.of(d).deployment().ingresses()) {
            String served = served(ingress, controller, a, controllers.size());
            if (served == null) {
                continue;
            }
            List<HostReference> refs = new ArrayList<>();
            for (Ingress.Backend b : ingress.backends()) {
                if (edges.isPlatformService(b.service())) {
                    refs.add(new HostReference(b.service(), b.port(), d.project.shown(b.file()) + ":" + b.line()
                            + " Ingress " + ingress.name() + " (" + served + ") backend"));
                }
            }
            edges.add(refs);
        }
    }

    /** Why {@code a} serves {@code ingress}, or null when it does not. */
    private static String served(Ingress ingress, Controller controller, Service a, int controllers) {
        if (ingress.ingressClass() != null) {
            return ingress.ingressClass().equals(controller.ingressClass())
                    ? "class " + ingress.ingressClass() + ", served by " + a.name() + ": " + controller.evidence() : null;
        }
        return controllers == 1 ? "no class named; " + a.name() + " is the platform's only Ingress controller: "
                + controller.evidence() : null;
    }

    /** The platform's Ingress controllers by service name, in the services' order (worked out once per derivation). */
    static Map<String, Controller> platformControllers(Derivation d) {
        return d.once(IngressControllerRoutes.class, () -> controllers(d));
    }

    private static Map<String, Controller> controllers(Derivation d) {
        Map<String, Controller> controllers = new LinkedHashMap<>();
        ServiceContainers containers = ServiceContainers.of(d);
        for (Service s : d.services().values()) {
            for (Container c : containers.of(s)) {
                for (String image : c.images()) {
                    Optional<String> cls = IngressControllers.classOf(image);
                    if (cls.isPresent() && !controllers.containsKey(s.name())) {
                        controllers.put(s.name(), new Controller(cls.get(), d.project.shown(c.file()) + " runs " + s.name()
                                + " from image " + image + ", a " + cls.get() + " Ingress controller"));
                    }
                }
            }
            if (containers.of(s).isEmpty() && s.module().directory() == null && IngressControllers.isClass(s.name())) {
                controllers.put(s.name(), new Controller(s.name(), "the platform file's service " + s.name()
                        + " is named after the " + s.name() + " Ingress controller"));
            }
        }
        return controllers;
    }
}
