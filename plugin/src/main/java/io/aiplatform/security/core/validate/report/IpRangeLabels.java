package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer.Connection;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.support.IpAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One name for the address ranges of one family that reach (or are reached by) the same workload on
 * the same ports: the analyzer cuts an {@code ipBlock} with {@code except} into several ranges, which
 * the reports show again as the block they came from, {@code 0.0.0.0/0 except 10.0.0.0/8} or
 * {@code ::/0 except fc00::/7}. IPv4 and IPv6 ranges are named apart.
 */
public final class IpRangeLabels {

    private final Map<Connection, String> labels = new HashMap<>();

    IpRangeLabels(List<Connection> connections, Function<Object, String> workloadName) {
        Map<String, List<Connection>> groups = new HashMap<>();
        for (Connection c : connections) {
            if (c.source() instanceof IpRange r) {
                groups.computeIfAbsent(family(r) + "in " + workloadName.apply(c.destination()) + " " + c.allowed(),
                        k -> new ArrayList<>()).add(c);
            } else if (c.destination() instanceof IpRange r) {
                groups.computeIfAbsent(family(r) + "out " + workloadName.apply(c.source()) + " " + c.allowed(),
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

    private static String family(IpRange r) {
        return r.ipv6() ? "6 " : "4 ";
    }

    /** The merged label of the connection's address end, or null when neither end is an address range. */
    String label(Connection c) {
        return labels.get(c);
    }

    /**
     * {@code address/n}, or the smallest CIDR holding the ranges with what it does not hold as
     * {@code except}; the ranges are of one family.
     */
    public static String describe(List<IpRange> ranges) {
        boolean ipv6 = ranges.get(0).ipv6();
        int bits = IpAddress.bits(ipv6);
        List<BigInteger[]> merged = merge(ranges);
        BigInteger first = merged.get(0)[0];
        BigInteger last = merged.get(merged.size() - 1)[1];
        int prefix = bits;
        while (prefix > 0 && end(first, prefix, bits).compareTo(last) < 0) {
            prefix--;
        }
        BigInteger blockStart = start(first, prefix, bits);
        BigInteger blockEnd = end(first, prefix, bits);
        List<String> except = new ArrayList<>();
        BigInteger next = blockStart;
        for (BigInteger[] r : merged) {
            if (r[0].compareTo(next) > 0) {
                except.addAll(cidrs(ipv6, next, r[0].subtract(BigInteger.ONE)));
            }
            next = r[1].add(BigInteger.ONE);
        }
        if (next.compareTo(blockEnd) <= 0) {
            except.addAll(cidrs(ipv6, next, blockEnd));
        }
        String block = IpAddress.format(ipv6, blockStart) + "/" + prefix;
        return except.isEmpty() ? block : block + " except " + String.join(", ", except);
    }

    private static List<BigInteger[]> merge(List<IpRange> ranges) {
        List<IpRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(IpRange::first));
        List<BigInteger[]> merged = new ArrayList<>();
        for (IpRange r : sorted) {
            BigInteger[] lastRange = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (lastRange != null && r.first().compareTo(lastRange[1].add(BigInteger.ONE)) <= 0) {
                lastRange[1] = lastRange[1].max(r.last());
            } else {
                merged.add(new BigInteger[] {r.first(), r.last()});
            }
        }
        return merged;
    }

    private static BigInteger start(BigInteger address, int prefix, int bits) {
        return address.andNot(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
    }

    private static BigInteger end(BigInteger address, int prefix, int bits) {
        return start(address, prefix, bits).add(BigInteger.ONE.shiftLeft(bits - prefix)).subtract(BigInteger.ONE);
    }

    /** The fewest CIDRs that cover exactly {@code from..to} (addresses of one family). */
    static List<String> cidrs(boolean ipv6, BigInteger from, BigInteger to) {
        int bits = IpAddress.bits(ipv6);
        List<String> out = new ArrayList<>();
        BigInteger at = from;
        while (at.compareTo(to) <= 0) {
            int prefix = bits;
            while (prefix > 0 && start(at, prefix - 1, bits).equals(at) && end(at, prefix - 1, bits).compareTo(to) <= 0) {
                prefix--;
            }
            out.add(IpAddress.format(ipv6, at) + "/" + prefix);
            at = end(at, prefix, bits).add(BigInteger.ONE);
        }
        return out;
    }
}
