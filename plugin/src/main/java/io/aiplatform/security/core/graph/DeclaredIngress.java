package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.NamedRef;
import io.aiplatform.security.core.descriptor.OutsidePeer;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;

/** A descriptor's {@code ingress.from}: ingress from pods of another namespace, or an edge from a named service. */
final class DeclaredIngress extends NamedSource {

    DeclaredIngress() {
        super("ingress.from", DeclaredCalls::descriptorInputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        for (OutsidePeer o : a.descriptor().ingress().fromOutside()) {
            fromOutside(a, o, d);
        }
        for (NamedRef caller : a.descriptor().ingress().from()) {
            Service c = d.named(caller.name(), a, caller.line(), "ingress.from names");
            if (c == null) {
                continue;
            }
            if (c != a) {
                d.edge(c, a, a.callPorts(), d.rel(a.descriptor().file()) + ":" + caller.line()
                        + " admits " + c.name() + " (ingress.from)");
            } else {
                d.error(a, caller.line(), "ingress.from names the service itself; replicas reach each other through"
                        + " 'peers: [<port>]'");
            }
        }
    }

    private static void fromOutside(Service a, OutsidePeer o, Derivation d) {
        if (o.namespace().equals(d.project.namespace())) {
            d.error(a, o.line(), "ingress.from names pods of namespace " + o.namespace()
                    + ", the platform's own; name the calling service instead");
            return;
        }
        List<PortSpec> ports = o.port() == null ? a.callPorts() : Ports.of(a, o.port());
        if (o.port() != null && ports.isEmpty()) {
            d.error(a, o.line(), "ingress.from admits " + o.display() + " on port " + o.port() + ", which the service"
                    + " does not declare; declared ports: " + Ports.describe(a.ports()));
            return;
        }
        d.outsideEdge(a, false, new OutsideEdgeBuilder.Peer(o.namespace(), o.service(), o.labels()), ports,
                d.rel(a.descriptor().file()) + ":" + o.line() + " admits " + o.display() + " (ingress.from)");
    }
}
