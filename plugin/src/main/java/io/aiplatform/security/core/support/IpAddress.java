package io.aiplatform.security.core.support;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address as a number, read from and written as text without any name lookup.
 * IPv4: four decimal parts of one to three digits, each at most 255 (leading zeros are read as
 * decimal, as the API server's legacy parsing does). IPv6: up to eight groups of one to four hex
 * digits, at most one {@code ::} standing for one or more zero groups, and optionally the last 32
 * bits in dotted form ({@code ::ffff:10.0.0.1}); no zone. An IPv6 address stays IPv6 here, an
 * IPv4-mapped one included ({@link #mappedIpv4()} tells it).
 */
public record IpAddress(boolean ipv6, BigInteger value) {

    /** Number of IPv4 addresses, 2^32. */
    public static final BigInteger IPV4_SIZE = BigInteger.ONE.shiftLeft(32);
    /** Number of IPv6 addresses, 2^128. */
    public static final BigInteger IPV6_SIZE = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger MAPPED_PREFIX = BigInteger.valueOf(0xFFFFL).shiftLeft(32);

    public IpAddress {
        Objects.requireNonNull(value, "value");
    }

    /** 32 or 128. */
    public static int bits(boolean ipv6) {
        return ipv6 ? 128 : 32;
    }

    /** The address, or an IllegalArgumentException saying what is wrong with the text. */
    public static IpAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("no address");
        }
        if (text.indexOf(':') < 0) {
            return new IpAddress(false, BigInteger.valueOf(ipv4(text)));
        }
        return new IpAddress(true, ipv6(text));
    }

    /** True for an IPv6 address of {@code ::ffff:0:0/96}, which stands for an IPv4 address. */
    public boolean mappedIpv4() {
        return ipv6 && value.shiftRight(32).equals(BigInteger.valueOf(0xFFFFL));
    }

    /** The IPv4 address a mapped one stands for (its last 32 bits). */
    public IpAddress unmapped() {
        return new IpAddress(false, value.subtract(MAPPED_PREFIX));
    }

    /** Dotted decimal for IPv4; for IPv6 the RFC 5952 form (lower case, the longest run of zero groups as ::). */
    public static String format(boolean ipv6, BigInteger value) {
        return ipv6 ? formatIpv6(value) : formatIpv4(value.longValue());
    }

    private static long ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("an IPv4 address has four parts separated by dots");
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("'" + p + "' is not a number from 0 to 255");
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException(octet + " is more than 255");
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    private static BigInteger ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException("an IPv6 address has at most one '::'");
        }
        long[] head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        long[] tail = gap < 0 ? new long[0] : groups(text.substring(gap + 2), true);
        int count = head.length + tail.length;
        if (gap < 0 && count != 8) {
            throw new IllegalArgumentException("an IPv6 address without '::' has eight groups");
        }
        if (gap >= 0 && count > 7) {
            throw new IllegalArgumentException("an IPv6 address with '::' has at most seven groups");
        }
        BigInteger v = BigInteger.ZERO;
        for (long g : head) {
            v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        v = v.shiftLeft(16 * (8 - count));
        for (long g : tail) {
            v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return v;
    }

    /** The 16-bit groups of one side of {@code ::}; the last may be dotted IPv4 (two groups) when {@code last}. */
    private static long[] groups(String side, boolean last) {
        if (side.isEmpty()) {
            return new long[0];
        }
        String[] parts = side.split(":", -1);
        int dotted = last && parts[parts.length - 1].indexOf('.') >= 0 ? 1 : 0;
        long[] out = new long[parts.length + dotted];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (dotted == 1 && i == parts.length - 1) {
                long v4 = ipv4(p);
                out[i] = v4 >>> 16;
                out[i + 1] = v4 & 0xFFFF;
            } else if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(IpAddress::hex)) {
                throw new IllegalArgumentException("'" + p + "' is not a group of one to four hex digits");
            } else {
                out[i] = Long.parseLong(p, 16);
            }
        }
        return out;
    }

    private static boolean hex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String formatIpv4(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    private static String formatIpv6(BigInteger value) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
        }
        int bestStart = -1;
        int bestLength = 1; // a single zero group is not shortened (RFC 5952 4.2.2)
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
