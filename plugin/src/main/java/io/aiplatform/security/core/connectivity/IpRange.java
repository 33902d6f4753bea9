package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.descriptor.Cidr;
import io.aiplatform.security.core.support.IpAddress;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A contiguous range of addresses of one family (IPv4 or IPv6) outside the cluster, {@code first}..{@code last}
 * inclusive. Ranges of the two families never overlap or touch: an IPv4 range holds no IPv6 address.
 */
public record IpRange(boolean ipv6, BigInteger first, BigInteger last) implements Peer {

    /** Every IPv4 address. */
    public static final IpRange ANY = new IpRange(false, BigInteger.ZERO, IpAddress.IPV4_SIZE.subtract(BigInteger.ONE));
    /** Every IPv6 address. */
    public static final IpRange ANY_IPV6 = new IpRange(true, BigInteger.ZERO, IpAddress.IPV6_SIZE.subtract(BigInteger.ONE));

    public IpRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /** An IPv4 range from its first and last address as numbers. */
    public IpRange(long first, long last) {
        this(false, BigInteger.valueOf(first), BigInteger.valueOf(last));
    }

    /** The one address {@code ip} (IPv4 or IPv6; an IPv4-mapped IPv6 address is its IPv4 address). */
    public static IpRange address(String ip) {
        return of(Cidr.address(ip));
    }

    /** The addresses of a CIDR block. */
    public static IpRange of(Cidr.Block block) {
        return new IpRange(block.ipv6(), block.first(), block.last());
    }

    /** True when every address of {@code inner} is in this range (same family). */
    public boolean contains(IpRange inner) {
        return ipv6 == inner.ipv6 && first.compareTo(inner.first) <= 0 && last.compareTo(inner.last) >= 0;
    }

    /**
     * {@code FIRST-LAST[External]}: dotted decimal for IPv4 (the netpol corpus's format), the RFC 5952
     * form for IPv6 ({@code ::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External]}).
     */
    @Override
    public String display() {
        return IpAddress.format(ipv6, first) + "-" + IpAddress.format(ipv6, last) + "[External]";
    }

    // equals and hashCode are written out, as the record's own would be: the record's are linked by a
    // bootstrap method on first use, which a fresh JVM (a build) pays for in milliseconds per record class
    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange r && ipv6 == r.ipv6 && first.equals(r.first) && last.equals(r.last);
    }

    @Override
    public int hashCode() {
        return (Boolean.hashCode(ipv6) * 31 + first.hashCode()) * 31 + last.hashCode();
    }
}
