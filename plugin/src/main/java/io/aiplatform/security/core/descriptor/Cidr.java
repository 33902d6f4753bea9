package io.aiplatform.security.core.descriptor;

import io.aiplatform.security.core.support.IpAddress;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * CIDR blocks (IPv4 and IPv6), read as the API server reads a NetworkPolicy's {@code ipBlock}
 * (Kubernetes' legacy CIDR validation, the default): {@code address/prefix} with the prefix at most
 * 32 (IPv4) or 128 (IPv6); bits set beyond the prefix are accepted and ignored
 * ({@code 10.0.0.1/8} is {@code 10.0.0.0/8}); every textual IPv6 form ({@code ::/0},
 * {@code fd00:ec2::254/128}, uncompressed, upper case). An IPv4-mapped block
 * {@code ::ffff:a.b.c.d/n} with {@code n >= 96} is the IPv4 block {@code a.b.c.d/(n-96)}, as Go's
 * {@code net} package, and so the API server's own except check and Go-based network plugins, read
 * it; with a shorter prefix it is an IPv6 block. The two families never overlap: an IPv4 block
 * holds no IPv6 address. No name is ever looked up.
 */
public final class Cidr {

    /** A parsed block: its family, its prefix length in that family, and its first and last address. */
    public record Block(boolean ipv6, int prefix, BigInteger first, BigInteger last) {

        /** True when every address of {@code inner} is in this block (same family). */
        public boolean contains(Block inner) {
            return ipv6 == inner.ipv6 && first.compareTo(inner.first) <= 0 && last.compareTo(inner.last) >= 0;
        }

        /** True when the block is a whole address family, {@code 0.0.0.0/0} or {@code ::/0}. */
        public boolean everything() {
            return prefix == 0;
        }
    }

    private Cidr() {
    }

    public static boolean isValid(String cidr) {
        try {
            parse(cidr);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The block, or an IllegalArgumentException saying what is wrong with the text. */
    public static Block parse(String cidr) {
        if (cidr == null) {
            throw new IllegalArgumentException("no CIDR");
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("no '/prefix'");
        }
        IpAddress address = IpAddress.parse(cidr.substring(0, slash));
        String length = cidr.substring(slash + 1);
        int bits = IpAddress.bits(address.ipv6());
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(length) > bits) {
            throw new IllegalArgumentException("the prefix length '" + length + "' is not a number from 0 to " + bits);
        }
        int prefix = Integer.parseInt(length);
        if (address.mappedIpv4() && prefix >= 96) {
            return block(address.unmapped(), prefix - 96);
        }
        return block(address, prefix);
    }

    /** The block of one address ({@code /32}, {@code /128}; a mapped IPv6 address is its IPv4 address). */
    public static Block address(String ip) {
        IpAddress address = IpAddress.parse(ip);
        return address.mappedIpv4() ? block(address.unmapped(), 32) : block(address, IpAddress.bits(address.ipv6()));
    }

    private static Block block(IpAddress address, int prefix) {
        int hostBits = IpAddress.bits(address.ipv6()) - prefix;
        BigInteger hosts = BigInteger.ONE.shiftLeft(hostBits).subtract(BigInteger.ONE);
        BigInteger first = address.value().andNot(hosts);
        return new Block(address.ipv6(), prefix, first, first.or(hosts));
    }

    /**
     * What the API server warns about in a CIDR it accepts (legacy validation), and will refuse once its
     * strict validation is on: bits set beyond the prefix (ambiguous: a network or one address?), an
     * IPv4-mapped IPv6 block, leading zeros; null for a CIDR in standard form or no CIDR at all.
     */
    public static String nonStandard(String cidr) {
        Block block;
        try {
            block = parse(cidr);
        } catch (IllegalArgumentException notACidr) {
            return null;
        }
        String canonical = IpAddress.format(block.ipv6(), block.first()) + "/" + block.prefix();
        int slash = cidr.indexOf('/');
        IpAddress written = IpAddress.parse(cidr.substring(0, slash));
        if (written.mappedIpv4() && !block.ipv6()) {
            return "is an IPv4-mapped IPv6 block, which the API server reads as the IPv4 block " + canonical
                    + " and will refuse in a future release";
        }
        if (!written.value().equals(block.first())) {
            return "has bits set beyond the prefix length: the API server takes it as " + canonical + ", not as the one"
                    + " address " + IpAddress.format(written.ipv6(), written.value()) + "/" + IpAddress.bits(written.ipv6());
        }
        String[] decimals = written.ipv6() ? new String[] {cidr.substring(slash + 1)} : cidr.split("[./]");
        if (Arrays.stream(decimals).anyMatch(part -> part.length() > 1 && part.startsWith("0"))) {
            return "has leading zeros, which the API server reads as decimal and other software as octal; it will"
                    + " refuse them in a future release";
        }
        return null;
    }

    /** True when block {@code inner} lies within block {@code outer} (false when either is no CIDR). */
    public static boolean contains(String outer, String inner) {
        try {
            return parse(outer).contains(parse(inner));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code inner} lies within {@code outer} and is smaller: what the API server asks of an except. */
    public static boolean strictlyContains(String outer, String inner) {
        try {
            Block o = parse(outer);
            Block i = parse(inner);
            return o.contains(i) && i.prefix() > o.prefix();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
