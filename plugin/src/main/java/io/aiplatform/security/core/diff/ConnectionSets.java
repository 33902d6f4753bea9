package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.connectivity.ConnectionSet;

/** Set difference of {@link ConnectionSet}s: what one side allows and the other does not. */
final class ConnectionSets {

    private ConnectionSets() {
    }

    /** The (protocol, port) pairs of {@code a} that are not in {@code b}. */
    static ConnectionSet minus(ConnectionSet a, ConnectionSet b) {
        ConnectionSet result = ConnectionSet.none();
        for (String protocol : ConnectionSet.PROTOCOLS) {
            for (int[] range : a.ranges(protocol)) {
                int from = range[0];
                for (int[] cut : b.ranges(protocol)) {
                    if (cut[1] < from || cut[0] > range[1]) {
                        continue;
                    }
                    if (cut[0] > from) {
                        result = result.union(ConnectionSet.of(protocol, from, cut[0] - 1));
                    }
                    from = Math.max(from, cut[1] + 1);
                }
                if (from <= range[1]) {
                    result = result.union(ConnectionSet.of(protocol, from, range[1]));
                }
            }
        }
        return result;
    }
}
