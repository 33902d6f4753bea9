package io.aiplatform.security.core.descriptor;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** CIDR notation helpers (IPv4 and IPv6), without any name lookup. */
public final class Cidr {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-fA-F:.]+/[0-9]{1,3}");

    private Cidr() {
    }

    public static boolean isValid(String cidr) {
        return parse(cidr) != null;
    }

    /** True when block {@code inner} lies within block {@code outer}. */
    public static boolean contains(String outer, String inner) {
        Object[] o = parse(outer);
        Object[] i = parse(inner);
        if (o == null || i == null || ((byte[]) o[0]).length != ((byte[]) i[0]).length) {
            return false;
        }
        int op = (Integer) o[1];
        int ip = (Integer) i[1];
        if (ip < op) {
            return false;
        }
        int bits = ((byte[]) o[0]).length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - op).subtract(BigInteger.ONE));
        return new BigInteger(1, (byte[]) o[0]).and(mask).equals(new BigInteger(1, (byte[]) i[0]).and(mask));
    }

    private static Object[] parse(String cidr) {
        if (cidr == null || !SHAPE.matcher(cidr).matches()) {
            return null;
        }
        int slash = cidr.indexOf('/');
        String address = cidr.substring(0, slash);
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        boolean v4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (v4) {
            for (String octet : address.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return null;
                }
            }
        } else if (!address.contains(":")) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (prefix > bytes.length * 8 || (v4 && bytes.length != 4)) {
                return null;
            }
            return new Object[] {bytes, prefix};
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
