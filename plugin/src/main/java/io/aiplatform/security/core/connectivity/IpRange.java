package io.aiplatform.security.core.connectivity;

/** A contiguous range of IPv4 addresses outside the cluster, {@code first}..{@code last} inclusive. */
public record IpRange(long first, long last) implements Peer {

    public static final IpRange ANY = new IpRange(0, 0xFFFFFFFFL);

    public static IpRange address(String ip) {
        long a = IpRanges.parseIpv4(ip);
        return new IpRange(a, a);
    }

    @Override
    public String display() {
        return IpRanges.format(first) + "-" + IpRanges.format(last) + "[External]";
    }

    // equals and hashCode are written out, as the record's own would be: the record's are linked by a
    // bootstrap method on first use, which a fresh JVM (a build) pays for in milliseconds per record class
    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange r && first == r.first && last == r.last;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(first) * 31 + Long.hashCode(last);
    }
}
