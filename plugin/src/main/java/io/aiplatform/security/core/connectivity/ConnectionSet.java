package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.support.Protocols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of (protocol, port) pairs over TCP, UDP and SCTP, ports 1-65535, kept per protocol as
 * sorted, disjoint, non-adjacent ranges. Immutable.
 */
public final class ConnectionSet {

    public static final List<String> PROTOCOLS = Protocols.ALL;
    public static final int MIN_PORT = 1;
    public static final int MAX_PORT = 65535;

    private static final ConnectionSet NONE = new ConnectionSet(Map.of());
    private static final ConnectionSet ALL;

    static {
        Map<String, List<int[]>> all = new TreeMap<>();
        for (String p : PROTOCOLS) {
            all.put(p, List.of(new int[] {MIN_PORT, MAX_PORT}));
        }
        ALL = new ConnectionSet(all);
    }

    /** protocol → ranges; protocols without ports are absent. */
    private final Map<String, List<int[]>> ranges;

    private ConnectionSet(Map<String, List<int[]>> ranges) {
        this.ranges = ranges;
    }

    public static ConnectionSet none() {
        return NONE;
    }

    public static ConnectionSet all() {
        return ALL;
    }

    /** Ports {@code from}..{@code to} of {@code protocol} (clamped to 1-65535). */
    public static ConnectionSet of(String protocol, int from, int to) {
        int lo = Math.max(from, MIN_PORT);
        int hi = Math.min(to, MAX_PORT);
        if (lo > hi || !PROTOCOLS.contains(protocol)) {
            return NONE;
        }
        Map<String, List<int[]>> m = new TreeMap<>();
        m.put(protocol, List.of(new int[] {lo, hi}));
        return new ConnectionSet(m);
    }

    public static ConnectionSet allOf(String protocol) {
        return of(protocol, MIN_PORT, MAX_PORT);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean isAll() {
        for (String p : PROTOCOLS) {
            List<int[]> r = ranges.get(p);
            if (r == null || r.size() != 1 || r.get(0)[0] != MIN_PORT || r.get(0)[1] != MAX_PORT) {
                return false;
            }
        }
        return true;
    }

    public boolean contains(String protocol, int port) {
        List<int[]> r = ranges.get(protocol);
        if (r == null) {
            return false;
        }
        for (int[] range : r) {
            if (port >= range[0] && port <= range[1]) {
                return true;
            }
        }
        return false;
    }

    public ConnectionSet union(ConnectionSet other) {
        if (other.isEmpty() || this == ALL) {
            return this;
        }
        if (isEmpty() || other == ALL) {
            return other;
        }
        Map<String, List<int[]>> m = new TreeMap<>();
        for (String p : PROTOCOLS) {
            List<int[]> all = new ArrayList<>();
            all.addAll(ranges.getOrDefault(p, List.of()));
            all.addAll(other.ranges.getOrDefault(p, List.of()));
            if (all.isEmpty()) {
                continue;
            }
            all.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            int[] cur = all.get(0).clone();
            for (int i = 1; i < all.size(); i++) {
                int[] next = all.get(i);
                if (next[0] <= cur[1] + 1) {
                    cur[1] = Math.max(cur[1], next[1]);
                } else {
                    merged.add(cur);
                    cur = next.clone();
                }
            }
            merged.add(cur);
            m.put(p, List.copyOf(merged));
        }
        return new ConnectionSet(m);
    }

    public ConnectionSet intersect(ConnectionSet other) {
        if (isEmpty() || other == ALL) {
            return this;
        }
        if (other.isEmpty() || this == ALL) {
            return other;
        }
        Map<String, List<int[]>> m = new TreeMap<>();
        for (String p : PROTOCOLS) {
            List<int[]> a = ranges.get(p);
            List<int[]> b = other.ranges.get(p);
            if (a == null || b == null) {
                continue;
            }
            List<int[]> out = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() && j < b.size()) {
                int lo = Math.max(a.get(i)[0], b.get(j)[0]);
                int hi = Math.min(a.get(i)[1], b.get(j)[1]);
                if (lo <= hi) {
                    out.add(new int[] {lo, hi});
                }
                if (a.get(i)[1] < b.get(j)[1]) {
                    i++;
                } else {
                    j++;
                }
            }
            if (!out.isEmpty()) {
                m.put(p, List.copyOf(out));
            }
        }
        return m.isEmpty() ? NONE : new ConnectionSet(m);
    }

    /** Ports allowed for {@code protocol} as {@code [from, to]} pairs. */
    public List<int[]> ranges(String protocol) {
        return ranges.getOrDefault(protocol, List.of()).stream().map(int[]::clone).toList();
    }

    /**
     * {@code All Connections}, or groups such as {@code TCP 80,8081-8082,UDP 53} (protocols in
     * the order SCTP, TCP, UDP), or the empty string for no connection.
     */
    @Override
    public String toString() {
        if (isAll()) {
            return "All Connections";
        }
        StringBuilder sb = new StringBuilder();
        for (String p : PROTOCOLS) {
            List<int[]> r = ranges.get(p);
            if (r == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p).append(' ');
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(r.get(i)[0]);
                if (r.get(i)[1] != r.get(i)[0]) {
                    sb.append('-').append(r.get(i)[1]);
                }
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionSet c && toString().equals(c.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
