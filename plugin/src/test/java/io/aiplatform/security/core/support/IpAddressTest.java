package io.aiplatform.security.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IpAddressTest {

    private static String text(String address) {
        IpAddress a = IpAddress.parse(address);
        return IpAddress.format(a.ipv6(), a.value());
    }

    @Test
    void everyTextualFormOfAnIpv6AddressIsTheSameNumber() {
        BigInteger metadata = IpAddress.parse("fd00:ec2::254").value();
        for (String same : new String[] {"fd00:ec2:0:0:0:0:0:254", "FD00:0EC2:0000:0000:0000:0000:0000:0254",
                "fd00:ec2::0:254", "fd00:ec2:0::254", "fd00:ec2::0.0.2.84"}) {
            IpAddress a = IpAddress.parse(same);
            assertTrue(a.ipv6(), same);
            assertEquals(metadata, a.value(), same);
        }
        assertEquals(BigInteger.ZERO, IpAddress.parse("::").value());
        assertEquals(BigInteger.ONE, IpAddress.parse("::1").value());
        assertEquals(new BigInteger("20010db8000000000000000000000000", 16), IpAddress.parse("2001:db8::").value());
    }

    @Test
    void ipv6IsWrittenInTheRfc5952Form() {
        assertEquals("fd00:ec2::254", text("FD00:0EC2:0:0:0:0:0:0254"));
        assertEquals("::", text("0:0:0:0:0:0:0:0"));
        assertEquals("::1", text("0:0:0:0:0:0:0:1"));
        assertEquals("2001:db8::", text("2001:db8:0:0:0:0:0:0"));
        assertEquals("2001:db8:0:1:1:1:1:1", text("2001:db8::1:1:1:1:1"), "one zero group is not shortened");
        assertEquals("2001:0:0:1::1", text("2001:0:0:1:0:0:0:1"), "the longest run of zeros is shortened");
        assertEquals("2001:db8::1:0:0:1", text("2001:db8:0:0:1:0:0:1"), "of two equal runs, the first");
        assertEquals("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", text("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertEquals("::ffff:a00:1", text("::ffff:10.0.0.1"));
    }

    @Test
    void ipv4IsDottedDecimalAndTheFamiliesStayApart() {
        IpAddress v4 = IpAddress.parse("169.254.169.254");
        assertFalse(v4.ipv6());
        assertEquals("169.254.169.254", text("169.254.169.254"));
        assertEquals("10.1.2.3", text("010.001.002.003"), "leading zeros are decimal, as the API server's legacy parsing");
        IpAddress mapped = IpAddress.parse("::ffff:169.254.169.254");
        assertTrue(mapped.ipv6());
        assertTrue(mapped.mappedIpv4());
        assertEquals(v4, mapped.unmapped());
        assertFalse(IpAddress.parse("::169.254.169.254").mappedIpv4());
        assertFalse(v4.mappedIpv4());
    }

    @Test
    void malformedAddressesAreRefusedSayingWhy() {
        for (String bad : new String[] {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.-4", "+1.2.3.4", "1..2.3",
                "fd00::ec2::254", ":::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7::8", "12345::",
                "fe80::1%eth0", "g::1", ":1::", "1::2:", "1.2.3.4::", "::1.2.3", "::ffff:1.2.3.4:5", "example.com"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(bad), bad);
            assertFalse(e.getMessage().isBlank(), bad);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IpAddress.parse("fd00::ec2::254")).getMessage()
                .contains("at most one '::'"));
    }

    @Property
    void anIpv6AddressReadsBackFromItsText(@ForAll long high, @ForAll long low, @ForAll @IntRange(min = 0, max = 7) int zeros) {
        // runs of zero groups make the shortened forms likely
        BigInteger value = new BigInteger(1, ByteBuffer.allocate(16).putLong(high).putLong(low).array());
        BigInteger mask = BigInteger.ONE.shiftLeft(16 * zeros).subtract(BigInteger.ONE).shiftLeft(16 * (zeros / 2));
        value = value.andNot(mask).and(IpAddress.IPV6_SIZE.subtract(BigInteger.ONE));
        String written = IpAddress.format(true, value);
        IpAddress read = IpAddress.parse(written);
        assertTrue(read.ipv6(), written);
        assertEquals(value, read.value(), written);
        assertEquals(written, IpAddress.format(true, IpAddress.parse(written.toUpperCase(Locale.ROOT)).value()));
    }

    @Property
    void anIpv4AddressReadsBackFromItsText(@ForAll @IntRange(min = 0, max = 255) int a, @ForAll @IntRange(min = 0, max = 255) int b,
                                           @ForAll @IntRange(min = 0, max = 255) int c, @ForAll @IntRange(min = 0, max = 255) int d) {
        String written = a + "." + b + "." + c + "." + d;
        IpAddress read = IpAddress.parse(written);
        assertFalse(read.ipv6());
        assertEquals(written, IpAddress.format(false, read.value()));
        assertEquals(read, IpAddress.parse("::ffff:" + written).unmapped());
    }
}
