package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer.Connection;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.connectivity.IpRanges;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name for the address ranges that reach (or are reached by) the same workload on the same
 * ports: the analyzer cuts an {@code ipBlock} with {@code except} into several ranges, which the
 * reports show again as the block they came from, {@code 0.0.0.0/0 except 10.0.0.0/8}.
 */
final class IpRangeLabels {

    private final Map<Connection, String> labels = new HashMap<>();

    IpRangeLabels(List<Connection> connections, java.util.function.Function<Object, String> workloadName) {
        Map<String, List<Connection>> groups = new HashMap<>();
        for (Connection c : connections) {
            if (c.source() instanceof IpRange) {
                groups.computeIfAbsent("in " + workloadName.apply(c.destination()) + " " + c.allowed(),
                        k -> new ArrayList<>()).add(c);
            } else if (c.destination() instanceof IpRange) {
                groups.computeIfAbsent("out " + workloadName.apply(c.source()) + " " + c.allowed(),
                        k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Connection> group : groups.values()) {
            List<IpRange> ranges = new ArrayList<>();
            group.forEach(c -> ranges.add((IpRange) (c.source() instanceof IpRange r ? r : c.destination())));
            String label = describe(ranges);
            group.forEach(c -> labels.put(c, label));
        }
    }

    /** The merged label of the connection's address end, or null when neither end is an address range. */
    String label(Connection c) {
        return labels.get(c);
    }

    /** {@code a.b.c.d/n}, or the smallest CIDR holding the ranges with what it does not hold as {@code except}. */
    static String describe(List<IpRange> ranges) {
        List<long[]> merged = merge(ranges);
        long first = merged.get(0)[0];
        long last = merged.get(merged.size() - 1)[1];
        int prefix = 32;
        while (prefix > 0 && !(start(first, prefix) <= first && end(first, prefix) >= last)) {
            prefix--;
        }
        long blockStart = start(first, prefix);
        long blockEnd = end(first, prefix);
        List<String> except = new ArrayList<>();
        long next = blockStart;
        for (long[] r : merged) {
            if (r[0] > next) {
                except.addAll(cidrs(next, r[0] - 1));
            }
            next = r[1] + 1;
        }
        if (next <= blockEnd) {
            except.addAll(cidrs(next, blockEnd));
        }
        String block = IpRanges.format(blockStart) + "/" + prefix;
        return except.isEmpty() ? block : block + " except " + String.join(", ", except);
    }

    private static List<long[]> merge(List<IpRange> ranges) {
        List<IpRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(IpRange::first));
        List<long[]> merged = new ArrayList<>();
        for (IpRange r : sorted) {
            long[] lastRange = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (lastRange != null && r.first() <= lastRange[1] + 1) {
                lastRange[1] = Math.max(lastRange[1], r.last());
            } else {
                merged.add(new long[] {r.first(), r.last()});
            }
        }
        return merged;
    }

    private static long start(long address, int prefix) {
        long size = 1L << (32 - prefix);
        return address & ~(size - 1) & 0xFFFFFFFFL;
    }

    private static long end(long address, int prefix) {
        return start(address, prefix) + (1L << (32 - prefix)) - 1;
    }

    /** The fewest CIDRs that cover exactly {@code from..to}. */
    static List<String> cidrs(long from, long to) {
        List<String> out = new ArrayList<>();
        long at = from;
        while (at <= to) {
            int prefix = 32;
            while (prefix > 0 && start(at, prefix - 1) == at && end(at, prefix - 1) <= to) {
                prefix--;
            }
            out.add(IpRanges.format(at) + "/" + prefix);
            at = end(at, prefix) + 1;
        }
        return out;
    }
}
