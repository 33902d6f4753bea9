package io.aiplatform.security.core.connectivity;

import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** IPv4 arithmetic for ipBlocks: cidr minus except as ranges, and the cut of the address space. */
public final class IpRanges {

    private IpRanges() {
    }

    public static long parseIpv4(String ip) {
        String[] parts = ip.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + ip);
        }
        long v = 0;
        for (String p : parts) {
            int octet = Integer.parseInt(p);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + ip);
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    public static String format(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    /** The range of an IPv4 CIDR, or null when it is not IPv4 (IPv6 blocks are not cut into ranges). */
    public static long[] cidr(String cidr) {
        if (cidr == null || cidr.contains(":")) {
            return null;
        }
        int slash = cidr.indexOf('/');
        long base = parseIpv4(slash < 0 ? cidr : cidr.substring(0, slash));
        int prefix = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("not an IPv4 prefix length: " + cidr);
        }
        long size = 1L << (32 - prefix);
        long first = base & ~(size - 1) & 0xFFFFFFFFL;
        return new long[] {first, first + size - 1};
    }

    /** {@code cidr} minus every {@code except}, as sorted disjoint ranges. */
    public static List<long[]> pieces(IPBlock block) {
        long[] whole = cidr(block.getCidr());
        List<long[]> pieces = new ArrayList<>();
        if (whole == null) {
            return pieces;
        }
        pieces.add(whole);
        if (block.getExcept() != null) {
            for (String e : block.getExcept()) {
                long[] ex = cidr(e);
                if (ex == null) {
                    continue;
                }
                List<long[]> next = new ArrayList<>();
                for (long[] p : pieces) {
                    if (ex[1] < p[0] || ex[0] > p[1]) {
                        next.add(p);
                        continue;
                    }
                    if (p[0] < ex[0]) {
                        next.add(new long[] {p[0], ex[0] - 1});
                    }
                    if (ex[1] < p[1]) {
                        next.add(new long[] {ex[1] + 1, p[1]});
                    }
                }
                pieces = next;
            }
        }
        pieces.sort((a, b) -> Long.compare(a[0], b[0]));
        return pieces;
    }

    /** True when {@code range} lies entirely inside the block's cidr minus its excepts. */
    public static boolean contains(IPBlock block, IpRange range) {
        for (long[] p : pieces(block)) {
            if (range.first() >= p[0] && range.last() <= p[1]) {
                return true;
            }
        }
        return false;
    }

    /** The address space cut at the start and end+1 of every block piece; the whole space without blocks. */
    public static List<IpRange> cut(List<IPBlock> blocks) {
        TreeSet<Long> cuts = new TreeSet<>();
        cuts.add(0L);
        cuts.add(0x100000000L);
        for (IPBlock b : blocks) {
            for (long[] p : pieces(b)) {
                cuts.add(p[0]);
                cuts.add(p[1] + 1);
            }
        }
        List<IpRange> ranges = new ArrayList<>();
        Long prev = null;
        for (Long c : cuts) {
            if (prev != null) {
                ranges.add(new IpRange(prev, c - 1));
            }
            prev = c;
        }
        return ranges;
    }
}
