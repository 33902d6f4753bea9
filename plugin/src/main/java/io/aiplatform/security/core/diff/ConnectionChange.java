package io.aiplatform.security.core.diff;

import java.util.Comparator;
import java.util.List;

/**
 * A connection one side allows and the other does not: from {@code source} to {@code destination} on
 * {@code ports} ({@code TCP 8080}), in the section of the report it belongs to, with the evidence of the
 * edges of the graph that cause it (empty when the graph says nothing of it).
 */
public record ConnectionChange(Section section, String source, String destination, String ports, List<String> evidence)
        implements Comparable<ConnectionChange> {

    /** Where a change is reported. */
    public enum Section {
        /** Between workloads, and out to other namespaces and to addresses. */
        CONNECTION,
        /** Into the platform from other namespaces or from addresses outside the cluster. */
        EXPOSURE,
        /** Out to the API server's addresses. */
        API_SERVER
    }

    private static final Comparator<ConnectionChange> ORDER = Comparator.comparing(ConnectionChange::section)
            .thenComparing(ConnectionChange::source).thenComparing(ConnectionChange::destination)
            .thenComparing(ConnectionChange::ports);

    public ConnectionChange {
        evidence = List.copyOf(evidence);
    }

    /** {@code gateway → payments : TCP 8080}. */
    public String line() {
        return source + " → " + destination + " : " + ports;
    }

    @Override
    public int compareTo(ConnectionChange o) {
        return ORDER.compare(this, o);
    }
}
