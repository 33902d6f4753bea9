package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.descriptor.Cidr;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Address arithmetic for ipBlocks, IPv4 and IPv6 alike: cidr minus except as ranges, and the cut of
 * the address space. The families stay apart: an except of the other family removes nothing.
 */
public final class IpRanges {

    /** Most block texts remembered: a platform's policies name a few, each looked at once per peer pair. */
    private static final int REMEMBERED = 4_096;
    private static final ConcurrentHashMap<String, IpRange> BLOCKS = new ConcurrentHashMap<>();

    private IpRanges() {
    }

    /**
     * The addresses of a CIDR ({@link Cidr#parse}); an address without {@code /prefix} is that one
     * address. Throws IllegalArgumentException, saying why, when it is neither.
     */
    public static IpRange block(String cidr) {
        if (cidr == null) {
            throw new IllegalArgumentException("no CIDR");
        }
        IpRange known = BLOCKS.get(cidr);
        if (known != null) {
            return known;
        }
        IpRange range = IpRange.of(cidr.indexOf('/') < 0 ? Cidr.address(cidr) : Cidr.parse(cidr));
        if (BLOCKS.size() < REMEMBERED) {
            BLOCKS.putIfAbsent(cidr, range);
        }
        return range;
    }

    /** {@code cidr} minus every {@code except} of its family, as sorted disjoint ranges (none without a cidr). */
    public static List<IpRange> pieces(IPBlock block) {
        List<IpRange> pieces = new ArrayList<>();
        if (block.getCidr() == null) {
            return pieces;
        }
        IpRange whole = block(block.getCidr());
        pieces.add(whole);
        for (String e : block.getExcept() == null ? List.<String>of() : block.getExcept()) {
            IpRange ex = block(e);
            if (ex.ipv6() != whole.ipv6()) {
                continue;
            }
            List<IpRange> next = new ArrayList<>();
            for (IpRange p : pieces) {
                if (ex.last().compareTo(p.first()) < 0 || ex.first().compareTo(p.last()) > 0) {
                    next.add(p);
                    continue;
                }
                if (p.first().compareTo(ex.first()) < 0) {
                    next.add(new IpRange(p.ipv6(), p.first(), ex.first().subtract(BigInteger.ONE)));
                }
                if (ex.last().compareTo(p.last()) < 0) {
                    next.add(new IpRange(p.ipv6(), ex.last().add(BigInteger.ONE), p.last()));
                }
            }
            pieces = next;
        }
        pieces.sort((a, b) -> a.first().compareTo(b.first()));
        return pieces;
    }

    /** True when {@code range} lies entirely inside the block's cidr minus its excepts (same family). */
    public static boolean contains(IPBlock block, IpRange range) {
        for (IpRange p : pieces(block)) {
            if (p.contains(range)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The address space cut at the start and end+1 of every block piece: the IPv4 space always (the
     * whole of it without blocks), the IPv6 space only when a block is IPv6, IPv4 ranges first.
     */
    public static List<IpRange> cut(List<IPBlock> blocks) {
        TreeSet<BigInteger> v4 = new TreeSet<>(List.of(BigInteger.ZERO, IpRange.ANY.last().add(BigInteger.ONE)));
        TreeSet<BigInteger> v6 = new TreeSet<>();
        for (IPBlock b : blocks) {
            if (b.getCidr() != null && block(b.getCidr()).ipv6()) {
                v6.add(BigInteger.ZERO);
            }
            for (IpRange p : pieces(b)) {
                TreeSet<BigInteger> cuts = p.ipv6() ? v6 : v4;
                cuts.add(p.first());
                cuts.add(p.last().add(BigInteger.ONE));
            }
        }
        List<IpRange> ranges = new ArrayList<>();
        add(ranges, v4, false);
        if (!v6.isEmpty()) {
            v6.add(BigInteger.ZERO);
            v6.add(IpRange.ANY_IPV6.last().add(BigInteger.ONE));
            add(ranges, v6, true);
        }
        return ranges;
    }

    private static void add(List<IpRange> ranges, TreeSet<BigInteger> cuts, boolean ipv6) {
        BigInteger prev = null;
        for (BigInteger c : cuts) {
            if (prev != null) {
                ranges.add(new IpRange(ipv6, prev, c.subtract(BigInteger.ONE)));
            }
            prev = c;
        }
    }
}
