package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.util.List;

/**
 * Service modules that no Compose service or Kubernetes workload of the repository runs are started on the host
 * ({@link PublishedPortReferences}) while a Compose file runs the infrastructure and publishes its ports. Processes on
 * one host share its loopback interface, so such a module's {@code localhost:P} that no Compose service publishes is
 * the other module started on the host that listens on P (a port its descriptor declares): {@code
 * spring.config.import: configserver:http://localhost:8888} names the config server module declaring 8888. Several
 * such modules listening on P name none; the module itself stays its own loopback.
 */
final class HostRunModuleReferences {

    private HostRunModuleReferences() {
    }

    /**
     * The references {@code ref} of {@code a} may mean, one per other host-run module listening on its port, each with
     * the reasoning as evidence; empty when {@code a} is not run on the host, the host is no loopback name, no port is
     * known, no Compose file publishes a port (nothing shows the host set-up) or no other module listens there.
     */
    static List<HostReference> of(Derivation d, Service a, HostReference ref) {
        if (!ServiceHosts.isLoopback(ref.host()) || !hostRun(d, a) || PublishedPortReferences.published(d).isEmpty()) {
            return List.of();
        }
        Integer port = PublishedPortReferences.port(d, ref);
        if (port == null) {
            return List.of();
        }
        return d.services().values().stream().filter(b -> b != a && hostRun(d, b))
                .filter(b -> b.ports().stream().anyMatch(p -> p.port() == port))
                .sorted((x, y) -> x.name().compareTo(y.name()))
                .map(b -> new HostReference(b.name(), port, ref.source() + " (" + ref.host() + ":" + port + ": "
                        + b.name() + " listens on " + port + " on the host, where " + a.name() + " runs too: "
                        + bothOnHost(d, a, b) + ")", ref.key()))
                .toList();
    }

    /**
     * Whether {@code s} is a module of the build that no container of the repository's deployment files runs, or that
     * only Compose services under a profile run ({@link ProfiledComposeRuns}).
     */
    static boolean hostRun(Derivation d, Service s) {
        return s.module().directory() != null && (ServiceContainers.of(d).of(s).isEmpty()
                || ProfiledComposeRuns.onlyProfiled(d, s).isPresent());
    }

    /** The evidence's reason why both run on the host (unchanged wording when no container runs either). */
    private static String bothOnHost(Derivation d, Service a, Service b) {
        String none = "no Compose service or workload of the repository runs it";
        String whyA = ProfiledComposeRuns.whyOnHost(d, a);
        String whyB = ProfiledComposeRuns.whyOnHost(d, b);
        return whyA.equals(none) && whyB.equals(none) ? "no Compose service or workload of the repository runs either"
                : a.name() + ": " + whyA + "; " + b.name() + ": " + whyB;
    }
}
