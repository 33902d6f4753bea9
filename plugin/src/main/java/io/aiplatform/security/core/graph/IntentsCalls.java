package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.intents.read.PublishedCall;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calls of the services a service repository published as intents: a call to a service by name is an edge
 * to the service of that name (from any intents, module or platform.yaml entry), on the ports it names (none: the
 * callee's call ports); a call to a product is an edge to the platform's provider of that product; a call into
 * another namespace is egress there. The evidence is the publishing repository's, after the artifact's coordinates.
 */
final class IntentsCalls extends NamedSource {

    IntentsCalls() {
        super("intents calls", AssembledIntents::inputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        IntentsOrigin origin = d.platform.intents.get(a.module().key());
        if (origin == null) {
            return;
        }
        for (PublishedCall call : origin.service().calls()) {
            if (call.product() != null) {
                toProduct(a, origin, call, d);
            } else if (call.namespace() != null && !call.namespace().equals(d.project.namespace())) {
                d.outsideEdge(a, true, new OutsideEdgeBuilder.Peer(call.namespace(), call.service(), call.labels()),
                        call.ports().stream().map(p -> new PortSpec(null, p, "TCP")).toList(), reasons(origin, call).get(0));
            } else {
                toService(a, origin, call, d);
            }
        }
    }

    private static void toService(Service a, IntentsOrigin origin, PublishedCall call, Derivation d) {
        Service b = d.services().get(call.service());
        if (b == null) {
            d.error(a, call.line(), "intents of " + origin.prefix() + ": " + a.name() + " calls '" + call.service()
                    + "' (" + evidence(call) + "), but no intents, module or platform.yaml entry of the platform"
                    + " provides a service of that name" + ServiceNames.suggest(call.service(), d.services())
                    + "; add the intents of the repository that runs " + call.service() + " as a dependency (type yaml,"
                    + " classifier ai-security-intents) or to platform.yaml ('- intents: <groupId>:<artifactId>:"
                    + "<version>'), or describe it in platform.yaml");
            return;
        }
        if (b == a) {
            return; // replicas reach each other only through peers, which the descriptor part states
        }
        List<PortSpec> ports = call.ports().isEmpty() ? b.callPorts() : portsOf(b, call);
        if (ports.size() < call.ports().size()) {
            d.error(a, call.line(), "intents of " + origin.prefix() + ": " + a.name() + " calls '" + b.name()
                    + "' on port " + call.ports() + " (" + evidence(call) + "), but '" + b.name() + "' declares only "
                    + Ports.describe(b.ports()) + "; the platform deploys a version of " + b.name() + " without that port,"
                    + " or " + a.name() + "'s configuration names a wrong one");
            return;
        }
        reasons(origin, call).forEach(reason -> d.edge(a, b, ports, reason));
    }

    private static void toProduct(Service a, IntentsOrigin origin, PublishedCall call, Derivation d) {
        List<Service> providers = d.platform.products.providers(call.product());
        if (providers.size() > 1) {
            Set<String> named = new TreeSet<>();
            origin.service().calls().stream().filter(c -> c.service() != null).forEach(c -> named.add(c.service()));
            if (providers.stream().noneMatch(p -> named.contains(p.name()))) {
                d.error(a, call.line(), "intents of " + origin.prefix() + ": " + a.name() + " uses " + call.product()
                        + " (" + evidence(call) + "), which " + String.join(", ", providers.stream().map(Service::name)
                        .toList()) + " all provide, and its intents name none of them; the service's repository must"
                        + " name the one it calls (its configuration's host, or 'calls:' in its descriptor)");
            }
            return; // the call to the provider it names carries the evidence
        }
        if (providers.isEmpty()) {
            d.findings.warnings.add(new Problem(origin.artifact().file(), call.line(), a.name(), "intents of "
                    + origin.prefix() + ": uses " + call.product() + " (" + evidence(call) + "), but no service of"
                    + " the platform provides '" + call.product() + "'; add 'provides: [" + call.product() + "]' to the"
                    + " service that runs it (a descriptor or platform.yaml entry)").withRule(DerivationRule.NO_PROVIDER));
            return;
        }
        Service provider = providers.get(0);
        if (provider == a) {
            return;
        }
        List<PortSpec> named = portsOf(provider, call);
        List<PortSpec> ports = named.isEmpty() ? d.platform.products.portsOf(call.product(), provider) : named;
        String provided = " (" + d.platform.products.providedBy(call.product(), provider) + ")";
        reasons(origin, call).forEach(reason -> d.edge(a, provider, ports, reason + provided));
    }

    /** The callee's declared ports among those the call names. */
    private static List<PortSpec> portsOf(Service b, PublishedCall call) {
        List<PortSpec> ports = new ArrayList<>();
        for (int port : call.ports()) {
            b.ports().stream().filter(p -> p.port() == port).findFirst().ifPresent(ports::add);
        }
        return ports;
    }

    /** One reason per piece of evidence, each after the artifact's coordinates. */
    private static List<String> reasons(IntentsOrigin origin, PublishedCall call) {
        if (call.evidence().isEmpty()) {
            return List.of(origin.prefix() + " intents:" + call.line() + " calls " + call.target());
        }
        return call.evidence().stream().map(e -> origin.prefix() + " " + e).toList();
    }

    private static String evidence(PublishedCall call) {
        return call.evidence().isEmpty() ? "intents line " + call.line() : String.join("; ", call.evidence());
    }
}
