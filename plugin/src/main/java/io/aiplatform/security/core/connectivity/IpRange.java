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
}
