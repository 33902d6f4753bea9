package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the policies let in from other namespaces (an ingress controller, a cluster-wide Prometheus):
 * peers with a {@code namespaceSelector}, which are outside the validated manifests and so absent
 * from the computed connections, read from each NetworkPolicy's ingress rules.
 */
final class EntryPoints {

    /** One way in: who ({@code from}), to which service or pods, on which ports, by which policy. */
    record Entry(String from, String to, String ports, String policy) {
    }

    private EntryPoints() {
    }

    static List<Entry> of(ValidationReport r) {
        List<Entry> entries = new ArrayList<>();
        for (Manifest m : r.manifests()) {
            if (!"NetworkPolicy".equals(m.kind())) {
                continue;
            }
            Map<String, Object> spec = map(m.content().get("spec"));
            String to = target(r, map(spec.get("podSelector")));
            for (Object rule : list(spec.get("ingress"))) {
                Map<String, Object> ingress = map(rule);
                String ports = ports(list(ingress.get("ports")));
                for (Object peer : list(ingress.get("from"))) {
                    Map<String, Object> p = map(peer);
                    if (!p.containsKey("namespaceSelector")) {
                        continue;
                    }
                    Map<String, Object> nsSelector = map(p.get("namespaceSelector"));
                    Map<String, Object> nsLabels = map(nsSelector.get("matchLabels"));
                    if (m.namespace() != null && m.namespace().equals(nsLabels.get("kubernetes.io/metadata.name"))
                            && nsLabels.size() == 1) {
                        continue; // its own namespace: already in the computed connections
                    }
                    String from = nsSelector.isEmpty() ? "every namespace"
                            : nsLabels.isEmpty() ? "namespaces matching " + nsSelector.get("matchExpressions")
                            : "namespaces " + labels(nsLabels);
                    if (p.containsKey("podSelector")) {
                        Map<String, Object> podLabels = map(map(p.get("podSelector")).get("matchLabels"));
                        from += podLabels.isEmpty() ? ", every pod" : ", pods " + labels(podLabels);
                    }
                    entries.add(new Entry(from, to, ports, m.name()));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::to).thenComparing(Entry::from).thenComparing(Entry::policy));
        return entries;
    }

    private static String target(ValidationReport r, Map<String, Object> podSelector) {
        Map<String, Object> labels = map(podSelector.get("matchLabels"));
        Object name = labels.get(Labels.NAME);
        if (name != null && labels.size() == 1 && r.serviceWorkloads().containsKey(String.valueOf(name))) {
            return String.valueOf(name);
        }
        return labels.isEmpty() ? "every pod" : "pods " + labels(labels);
    }

    private static String ports(List<Object> ports) {
        if (ports.isEmpty()) {
            return "all ports";
        }
        List<String> out = new ArrayList<>();
        for (Object o : ports) {
            Map<String, Object> p = map(o);
            String protocol = p.get("protocol") == null ? "TCP" : String.valueOf(p.get("protocol"));
            Object port = p.get("port");
            out.add(protocol + " " + (port == null ? "all" : port) + (p.get("endPort") == null ? "" : "-" + p.get("endPort")));
        }
        return String.join(", ", out);
    }

    private static String labels(Map<String, Object> labels) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join(",", pairs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
