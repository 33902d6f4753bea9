package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.descriptor.CallSpec;
import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.OutsidePeer;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;

/**
 * A descriptor's {@code calls}: an edge to a service of the platform (on the ports named, else its call
 * ports), or egress to pods of another namespace. A call the build derives anyway is noted as redundant.
 */
final class DeclaredCalls extends NamedSource {

    DeclaredCalls() {
        super("calls", DeclaredCalls::descriptorInputs);
    }

    /** Every service module's descriptor and the platform file. */
    static void descriptorInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("descriptor", m.descriptorFile());
        }
        inputs.file("platform file", project.root().resolve(DescriptorParser.PLATFORM_FILE));
        inputs.fact("namespace", project.namespace());
    }

    @Override
    public void derive(Service a, Derivation d) {
        for (CallSpec call : a.descriptor().calls()) {
            if (call.outside() != null) {
                outside(a, call, d);
                continue;
            }
            Service b = d.named(call.service(), a, call.line(), "calls");
            if (b != null) {
                toService(a, call, b, d);
            }
        }
    }

    private static void outside(Service a, CallSpec call, Derivation d) {
        OutsidePeer o = call.outside();
        if (o.namespace().equals(d.project.namespace())) {
            d.error(a, call.line(), "calls pods of namespace " + o.namespace()
                    + ", the platform's own; name the service instead: calls: [{service: <name>}]");
            return;
        }
        d.outsideEdge(a, true, new OutsideEdgeBuilder.Peer(o.namespace(), o.service(), o.labels()),
                List.of(new PortSpec(null, o.port().number(), "TCP")),
                d.rel(a.descriptor().file()) + ":" + call.line() + " calls " + o.display());
    }

    private static void toService(Service a, CallSpec call, Service b, Derivation d) {
        List<PortSpec> ports = b.callPorts();
        if (call.port() != null) {
            ports = Ports.of(b, call.port());
            if (ports.isEmpty()) {
                d.error(a, call.line(), "calls '" + b.name() + "' on port " + call.port() + ", but '" + b.name()
                        + "' declares only " + Ports.describe(b.ports()));
                return;
            }
        }
        if (b == a) {
            d.error(a, call.line(), "calls itself; under default-deny, replicas of one service reach each other only"
                    + " through the ports listed in 'peers: [<port>]' (only traffic inside one pod is exempt): move the"
                    + " port there");
            return;
        }
        EdgeBuilder derived = d.edgeSoFar(a, b);
        if (derived != null && call.port() == null) {
            d.info(DerivationRule.REDUNDANT_CALL, a, call.line(), "'calls: [" + b.name() + "]' is redundant, the build already derives it ("
                    + derived.reasons.iterator().next() + "); remove it");
        }
        d.edge(a, b, ports, d.rel(a.descriptor().file()) + ":" + call.line() + " calls " + b.name());
    }
}
