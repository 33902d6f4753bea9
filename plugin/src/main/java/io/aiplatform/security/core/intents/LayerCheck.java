package io.aiplatform.security.core.intents;

import io.aiplatform.security.core.connectivity.ConnectionSet;
import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.descriptor.NamedRef;
import io.aiplatform.security.core.descriptor.OutsidePeer;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.graph.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shift-left check: proves a repository's current intents against the layer a platform deploys, with the
 * connectivity engine. Each service stands in as a pod with its current labels and ports in the layer's
 * namespace; every call must be allowed on each of its ports by the caller's egress and the callee's ingress
 * (a call without ports: on some port; a product call: to some pod of the layer), and every caller the service
 * declares ({@code ingress.from}) must be admitted on its call ports. A failure names the call, its evidence,
 * the service's version, which side blocks and what the platform must change.
 */
public final class LayerCheck {

    /** What was proved and what failed, in the order of the services and their calls. */
    public record Result(List<String> allowed, List<String> failures) {
    }

    private final DeployedLayer layer;
    private final ServiceIntents intents;
    private final Map<String, Workload> selves = new LinkedHashMap<>();
    private final List<Workload> elsewhere = new ArrayList<>();
    private ConnectivityAnalyzer analyzer;

    private LayerCheck(DeployedLayer layer, ServiceIntents intents) {
        this.layer = layer;
        this.intents = intents;
    }

    public static Result check(ServiceIntents intents, DeployedLayer layer) {
        return new LayerCheck(layer, intents).run();
    }

    private Result run() {
        for (ServiceIntent s : intents.services()) {
            selves.put(s.name(), Workload.of(s.name(), layer.namespace(), s.service().labels(), s.service().ports()));
        }
        List<Workload> workloads = new ArrayList<>(layer.workloads().stream()
                .filter(w -> !(w.namespace().equals(layer.namespace()) && selves.containsKey(w.name()))).toList());
        workloads.addAll(selves.values());
        for (ServiceIntent s : intents.services()) {
            s.calls().stream().filter(c -> c.namespace() != null).forEach(c -> elsewhere.add(new Workload(c.service(),
                    c.namespace(), Map.of(), c.labels(), List.of())));
            s.service().descriptor().ingress().fromOutside().forEach(p -> elsewhere.add(outside(p)));
        }
        elsewhere.stream().distinct().forEach(workloads::add);
        analyzer = new ConnectivityAnalyzer(layer.policies(), workloads);
        List<String> allowed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ServiceIntent s : intents.services()) {
            for (IntentCall c : s.calls()) {
                Optional<String> failure = call(s, c);
                (failure.isPresent() ? failures : allowed).add(failure.orElse(s.name() + " -> " + c.describe()));
            }
            for (NamedRef from : s.service().descriptor().ingress().from()) {
                Optional<String> failure = caller(s, from.name(), lookUp(from.name()), callPorts(s.service()));
                (failure.isPresent() ? failures : allowed).add(failure.orElse(from.name() + " -> " + s.name()));
            }
            for (OutsidePeer p : s.service().descriptor().ingress().fromOutside()) {
                List<Integer> ports = p.port() == null ? callPorts(s.service()) : s.service().ports().stream()
                        .filter(p.port()::matches).map(PortSpec::port).toList();
                Optional<String> failure = caller(s, p.display(), Optional.of(outside(p)), ports);
                (failure.isPresent() ? failures : allowed).add(failure.orElse(p.display() + " -> " + s.name()));
            }
        }
        return new Result(allowed, failures);
    }

    private static Workload outside(OutsidePeer p) {
        return new Workload(p.service() != null ? p.service() : "pods", p.namespace(), Map.of(), p.labels(), List.of());
    }

    private Optional<Workload> lookUp(String service) {
        return selves.containsKey(service) ? Optional.of(selves.get(service)) : layer.service(service);
    }

    private static List<Integer> callPorts(Service s) {
        return s.callPorts().stream().map(PortSpec::port).toList();
    }

    /** Why the layer does not allow call {@code c} of {@code s}, or empty when it does. */
    private Optional<String> call(ServiceIntent s, IntentCall c) {
        Workload self = selves.get(s.name());
        String what = version(s) + " calls " + c.describe() + " (" + String.join("; ", c.evidence()) + ")";
        if (c.product() != null) {
            boolean some = analyzer.workloads().stream().filter(w -> !w.equals(self) && !elsewhere.contains(w))
                    .anyMatch(w -> missing(self, w, c.ports()).isEmpty());
            return some ? Optional.empty() : Optional.of(what + "; " + notAllowed("it (no pod of the layer is reached"
                    + " from " + s.name() + " on " + portsText(c.ports()) + " and admits it)", s));
        }
        Optional<Workload> callee = c.namespace() != null ? Optional.of(new Workload(c.service(), c.namespace(), Map.of(),
                c.labels(), List.of())) : lookUp(c.service());
        if (callee.isEmpty()) {
            return Optional.of(what + "; the platform's layer " + layer.name() + " has no service " + c.service()
                    + " (no NetworkPolicy selects app.kubernetes.io/name=" + c.service() + "): the platform must deploy "
                    + c.service() + " and the intents of " + s.name() + " " + atLeast(s));
        }
        List<Integer> missing = missing(self, callee.get(), c.ports());
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(what + "; " + notAllowed("it (" + blocking(self, callee.get(), missing) + ")", s));
    }

    /** Why the layer does not admit the declared caller {@code name} of {@code s}, or empty when it does. */
    private Optional<String> caller(ServiceIntent s, String name, Optional<Workload> from, List<Integer> ports) {
        String what = version(s) + " expects calls from " + name + " on " + portsText(ports) + " (ingress.from of its"
                + " descriptor)";
        if (from.isEmpty()) {
            return Optional.of(what + "; the platform's layer " + layer.name() + " has no service " + name
                    + ": the platform must deploy " + name + " and the intents of " + s.name() + " " + atLeast(s));
        }
        Workload self = selves.get(s.name());
        List<Integer> missing = missing(from.get(), self, ports);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(what + "; " + notAllowed("them (" + blocking(from.get(), self, missing) + ")", s));
    }

    /** The ports of {@code ports} the layer does not allow from src to dst (empty list: some port must be allowed). */
    private List<Integer> missing(Workload src, Workload dst, List<Integer> ports) {
        ConnectionSet allowed = analyzer.connections(src, dst);
        if (ports.isEmpty()) {
            return allowed.isEmpty() ? List.of(0) : List.of();
        }
        return ports.stream().filter(p -> ConnectionSet.PROTOCOLS.stream().noneMatch(proto -> allowed.contains(proto, p)))
                .toList();
    }

    /** Which side blocks: the caller's egress, the callee's ingress, or both. */
    private String blocking(Workload src, Workload dst, List<Integer> ports) {
        boolean egress = ports.stream().anyMatch(p -> !open(analyzer.egress(src, dst), p));
        boolean ingress = ports.stream().anyMatch(p -> !open(analyzer.ingress(src, dst), p));
        String on = ports.equals(List.of(0)) ? "any port" : portsText(ports);
        List<String> sides = new ArrayList<>();
        if (egress) {
            sides.add("the egress of " + src.name() + " does not allow " + dst.name() + " on " + on);
        }
        if (ingress) {
            sides.add("the ingress of " + dst.name() + " does not admit " + src.name() + " on " + on);
        }
        return String.join(", and ", sides);
    }

    private static boolean open(ConnectionSet set, int port) {
        return port == 0 ? !set.isEmpty() : ConnectionSet.PROTOCOLS.stream().anyMatch(proto -> set.contains(proto, port));
    }

    private String notAllowed(String what, ServiceIntent s) {
        return "the platform's layer " + layer.name() + " does not allow " + what + ": the platform must deploy the"
                + " intents of " + s.name() + " " + atLeast(s);
    }

    private static String portsText(List<Integer> ports) {
        return ports.isEmpty() ? "any port" : String.join(",", ports.stream().map(String::valueOf).toList());
    }

    /** {@code orders 2.4.0-SNAPSHOT}: the service and the version of its module. */
    private static String version(ServiceIntent s) {
        return s.name() + " " + moduleVersion(s);
    }

    private static String moduleVersion(ServiceIntent s) {
        return s.module().substring(s.module().lastIndexOf(':') + 1);
    }

    /** {@code ≥ 2.4.0}: the release the current version becomes. */
    private static String atLeast(ServiceIntent s) {
        String v = moduleVersion(s);
        return "≥ " + (v.endsWith("-SNAPSHOT") ? v.substring(0, v.length() - "-SNAPSHOT".length()) : v);
    }
}
