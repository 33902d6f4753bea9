package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.support.Parallel;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The namespaces, workloads and NetworkPolicies found in a set of manifests. {@code List} and
 * {@code <Kind>List} objects are expanded; objects without a namespace are in {@code default};
 * Pods are grouped under their controlling owner; workload labels and ports come from the pod
 * template.
 */
public final class Topology {

    /** Kinds whose pods come from {@code spec.template}. */
    public static final Set<String> TEMPLATED = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
            "ReplicationController", "Job");

    private final Map<String, Map<String, String>> namespaces = new TreeMap<>();
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    private final List<NetworkPolicy> policies = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<NetworkPolicy> convertible = new ArrayList<>();

    public static Topology of(List<Map<String, Object>> documents) {
        Topology t = new Topology();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Map<String, Object> doc : documents) {
            expand(doc, null, objects);
        }
        for (Map<String, Object> o : objects) {
            if ("Namespace".equals(o.get("kind"))) {
                Map<String, Object> meta = map(o.get("metadata"));
                Map<String, String> labels = strings(meta.get("labels"));
                String name = String.valueOf(meta.get("name"));
                labels.putIfAbsent("kubernetes.io/metadata.name", name);
                t.namespaces.put(name, labels);
            }
        }
        // converting the policies to the model and checking their shape is most of the work: done in
        // parallel, used in order
        ManifestSerializer serializer = new ManifestSerializer();
        List<Converted> converted = Parallel.stream(objects)
                .map(o -> "NetworkPolicy".equals(String.valueOf(o.get("kind"))) ? Converted.of(o, serializer) : null)
                .toList();
        for (int i = 0; i < objects.size(); i++) {
            Map<String, Object> o = objects.get(i);
            String kind = String.valueOf(o.get("kind"));
            if (kind.equals("NetworkPolicy")) {
                Converted policy = converted.get(i);
                if (policy.model() != null && policy.model().getSpec() != null) {
                    t.convertible.add(policy.model());
                }
                if (policy.accepted()) {
                    t.policies.add(policy.model());
                } else {
                    // the API server refuses a policy of the wrong shape, so it allows nothing; the schema stage
                    // reports it with its file and line
                    t.refused.add(String.valueOf(map(o.get("metadata")).get("name")));
                }
            } else if (TEMPLATED.contains(kind)) {
                t.addWorkload(o, kind, map(map(o.get("spec")).get("template")));
            } else if (kind.equals("CronJob")) {
                t.addWorkload(o, kind, map(map(map(map(o.get("spec")).get("jobTemplate")).get("spec")).get("template")));
            } else if (kind.equals("Pod")) {
                t.addPod(o);
            }
        }
        return t;
    }

    /** A NetworkPolicy object as the model (null when it does not convert), and whether the API server accepts its shape. */
    private record Converted(NetworkPolicy model, boolean accepted) {
        static Converted of(Map<String, Object> object, ManifestSerializer serializer) {
            NetworkPolicy policy;
            try {
                policy = serializer.convert(object, NetworkPolicy.class);
            } catch (IllegalArgumentException malformed) {
                policy = null;
            }
            try {
                if (hasNullElement(object)) {
                    throw new IllegalArgumentException("a list with an empty element");
                }
                if (policy == null || policy.getSpec() == null) {
                    throw new IllegalArgumentException("not a NetworkPolicy with a spec");
                }
                checkIpBlocks(policy);
                return new Converted(policy, true);
            } catch (IllegalArgumentException malformed) {
                return new Converted(policy, false);
            }
        }
    }

    /** Throws when an ipBlock's cidr or except is no IPv4 or IPv6 CIDR (the API server refuses such a policy). */
    private static void checkIpBlocks(NetworkPolicy policy) {
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        if (policy.getSpec().getIngress() != null) {
            policy.getSpec().getIngress().forEach(r -> peers.addAll(r.getFrom() == null ? List.of() : r.getFrom()));
        }
        if (policy.getSpec().getEgress() != null) {
            policy.getSpec().getEgress().forEach(r -> peers.addAll(r.getTo() == null ? List.of() : r.getTo()));
        }
        for (var peer : peers) {
            if (peer.getIpBlock() != null && peer.getIpBlock().getCidr() != null) {
                IpRanges.block(peer.getIpBlock().getCidr());
                if (peer.getIpBlock().getExcept() != null) {
                    peer.getIpBlock().getExcept().forEach(IpRanges::block);
                }
            }
        }
    }

    /** True when a list anywhere in the value holds a null element ({@code from: [~]}). */
    private static boolean hasNullElement(Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                if (hasNullElement(v)) {
                    return true;
                }
            }
        } else if (value instanceof List<?> l) {
            for (Object x : l) {
                if (x == null || hasNullElement(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names of NetworkPolicies left out because they are not of the shape the API server accepts. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private static void expand(Map<String, Object> doc, String itemKind, List<Map<String, Object>> out) {
        Object kind = doc.get("kind");
        if (kind == null && itemKind != null) {
            doc = new LinkedHashMap<>(doc);
            doc.put("kind", itemKind);
            kind = itemKind;
        }
        if (kind instanceof String k && k.endsWith("List") && doc.get("items") instanceof List<?> items) {
            String inner = k.equals("List") ? null : k.substring(0, k.length() - "List".length());
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    expand(map(m), inner, out);
                }
            }
            return;
        }
        out.add(doc);
    }

    private void addWorkload(Map<String, Object> object, String kind, Map<String, Object> template) {
        Map<String, Object> meta = map(object.get("metadata"));
        String ns = namespace(meta);
        Map<String, String> labels = strings(map(template.get("metadata")).get("labels"));
        add(new Workload(String.valueOf(meta.get("name")), ns, kind, namespaceLabels(ns), labels,
                containerPorts(map(template.get("spec")))));
    }

    private void addPod(Map<String, Object> pod) {
        Map<String, Object> meta = map(pod.get("metadata"));
        String ns = namespace(meta);
        String name = String.valueOf(meta.get("name"));
        String kind = "Pod";
        if (meta.get("ownerReferences") instanceof List<?> owners) {
            for (Object o : owners) {
                Map<String, Object> owner = map(o);
                if (Boolean.TRUE.equals(owner.get("controller"))) {
                    if (!"Node".equals(owner.get("kind"))) {
                        name = String.valueOf(owner.get("name"));
                        kind = owner.get("kind") == null ? "Pod" : String.valueOf(owner.get("kind"));
                    }
                    break;
                }
            }
        }
        add(new Workload(name, ns, kind, namespaceLabels(ns), strings(meta.get("labels")),
                containerPorts(map(pod.get("spec")))));
    }

    private void add(Workload w) {
        workloads.putIfAbsent(w.display(), w);
    }

    private Map<String, String> namespaceLabels(String ns) {
        return namespaces.getOrDefault(ns, Map.of("kubernetes.io/metadata.name", ns));
    }

    private static String namespace(Map<String, Object> meta) {
        Object ns = meta.get("namespace");
        return ns == null || String.valueOf(ns).isEmpty() ? "default" : String.valueOf(ns);
    }

    static List<PortSpec> containerPorts(Map<String, Object> podSpec) {
        List<PortSpec> ports = new ArrayList<>();
        for (String field : List.of("initContainers", "containers")) {
            if (!(podSpec.get(field) instanceof List<?> containers)) {
                continue;
            }
            for (Object c : containers) {
                if (!(map(c).get("ports") instanceof List<?> list)) {
                    continue;
                }
                for (Object p : list) {
                    Map<String, Object> port = map(p);
                    if (port.get("containerPort") instanceof Number n) {
                        Object protocol = port.get("protocol");
                        ports.add(new PortSpec(port.get("name") == null ? null : String.valueOf(port.get("name")),
                                n.intValue(), protocol == null ? "TCP" : String.valueOf(protocol)));
                    }
                }
            }
        }
        return ports;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static Map<String, String> strings(Object o) {
        Map<String, String> result = new TreeMap<>();
        map(o).forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    public List<Workload> workloads() {
        return List.copyOf(workloads.values());
    }

    public List<NetworkPolicy> policies() {
        return List.copyOf(policies);
    }

    /**
     * Every NetworkPolicy that converts to the model and has a spec, refused ones included (the rules
     * look at what was written; {@link #policies()} is what the API server would enforce).
     */
    public List<NetworkPolicy> convertiblePolicies() {
        return Collections.unmodifiableList(convertible); // complete once of() returns
    }

    public Map<String, Map<String, String>> namespaces() {
        return namespaces;
    }

    public ConnectivityAnalyzer analyzer() {
        return new ConnectivityAnalyzer(policies, workloads());
    }
}
