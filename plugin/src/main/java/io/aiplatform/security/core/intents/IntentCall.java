package io.aiplatform.security.core.intents;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One outgoing connection of a service: to a service ({@code service}, in this repository, in another one
 * named by host, or in another namespace when {@code namespace} is set, then with its pods' {@code labels})
 * or to whatever provides a {@code product}; on {@code ports} (empty: the callee's call ports), with the
 * evidence that implies it, sorted and without repeats.
 */
public record IntentCall(String service, String product, String namespace, Map<String, String> labels,
                         List<Integer> ports, List<String> evidence) {

    /** Calls by service or product name, then namespace, services before products, then ports. */
    public static final Comparator<IntentCall> ORDER = Comparator.comparing(IntentCall::target)
            .thenComparing(c -> c.namespace == null ? "" : c.namespace)
            .thenComparing(c -> c.service == null)
            .thenComparing(c -> c.labels.toString())
            .thenComparing(c -> c.ports.toString());

    public IntentCall {
        if ((service == null) == (product == null)) {
            throw new IllegalArgumentException("a call names a service or a product, exactly one");
        }
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        ports = List.copyOf(new TreeSet<>(ports));
        evidence = List.copyOf(new TreeSet<>(evidence));
    }

    /** The service's or the product's name. */
    public String target() {
        return service != null ? service : product;
    }

    /** The same call with {@code more} evidence. */
    IntentCall withEvidence(List<String> more) {
        List<String> all = new java.util.ArrayList<>(evidence);
        all.addAll(more);
        return new IntentCall(service, product, namespace, labels, ports, all);
    }

    /** The call without its evidence: two calls with the same key are one. */
    String key() {
        return (service != null ? "service " + service : "product " + product) + "|" + Objects.toString(namespace, "")
                + "|" + labels + "|" + ports;
    }

    /** {@code payments:8080}, {@code compliance/audit:9000} or {@code postgresql:5432} (product), for messages. */
    public String describe() {
        String ports = this.ports.isEmpty() ? "" : ":" + String.join(",", this.ports.stream().map(String::valueOf).toList());
        return (namespace != null ? namespace + "/" : "") + target() + ports + (product != null ? " (product)" : "");
    }
}
