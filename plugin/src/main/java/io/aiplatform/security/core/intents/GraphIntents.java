package io.aiplatform.security.core.intents;

import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.graph.Edge;
import io.aiplatform.security.core.graph.OutsideEdge;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.UnresolvedCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intents of a repository from its derived graph: per service, its edges to services of the
 * repository, its calls to services named only by host and to products nobody here provides
 * ({@link ServiceGraph#unresolvedCalls()}), and its egress to Services of other namespaces; calls that
 * differ only in evidence are one, with all of it.
 */
public final class GraphIntents {

    private GraphIntents() {
    }

    /**
     * {@code moduleVersions}: the version of each module, by {@code groupId:artifactId}; a service whose module
     * is not in it (a service of the platform file) gets the source's version.
     */
    public static ServiceIntents of(ServiceGraph graph, Coordinates source, Map<String, String> moduleVersions) {
        List<ServiceIntent> services = new ArrayList<>();
        for (Service s : graph.services()) {
            String module = s.module().key() + ":" + moduleVersions.getOrDefault(s.module().key(), source.version());
            services.add(new ServiceIntent(s, module, callsOf(graph, s.name())));
        }
        return new ServiceIntents(source, services);
    }

    private static List<IntentCall> callsOf(ServiceGraph graph, String name) {
        Map<String, IntentCall> calls = new LinkedHashMap<>();
        for (Edge e : graph.calleesOf(name)) {
            add(calls, new IntentCall(e.to(), null, null, Map.of(), numbers(e.ports()), e.reasons()));
        }
        for (UnresolvedCall c : graph.unresolvedCalls()) {
            if (c.from().equals(name)) {
                add(calls, new IntentCall(c.service(), c.product(), null, Map.of(), c.ports(), List.of(c.evidence())));
            }
        }
        for (OutsideEdge e : graph.outsideEdgesOf(name)) {
            if (e.outgoing() && e.peerService() != null) { // a call names its Service there (descriptor calls[].service)
                add(calls, new IntentCall(e.peerService(), null,
                        e.namespace(), e.labels(), numbers(e.ports()), e.reasons()));
            }
        }
        return List.copyOf(calls.values());
    }

    private static void add(Map<String, IntentCall> calls, IntentCall call) {
        calls.merge(call.key(), call, (old, again) -> old.withEvidence(again.evidence()));
    }

    private static List<Integer> numbers(List<PortSpec> ports) {
        return ports.stream().map(PortSpec::port).toList();
    }
}
