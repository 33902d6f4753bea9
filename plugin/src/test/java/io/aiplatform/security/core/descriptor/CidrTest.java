package io.aiplatform.security.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CidrTest {

    private static BigInteger hex(String digits) {
        return new BigInteger(digits, 16);
    }

    @Test
    void ipv6BlocksInEveryTextualForm() {
        Cidr.Block all = Cidr.parse("::/0");
        assertTrue(all.ipv6());
        assertTrue(all.everything());
        assertEquals(BigInteger.ZERO, all.first());
        assertEquals(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), all.last());
        Cidr.Block metadata = Cidr.parse("fd00:ec2::254/128");
        assertEquals(hex("fd000ec2000000000000000000000254"), metadata.first());
        assertEquals(metadata.first(), metadata.last());
        Cidr.Block doc = Cidr.parse("2001:db8::/32");
        assertEquals(new Cidr.Block(true, 32, hex("20010db8000000000000000000000000"), hex("20010db8ffffffffffffffffffffffff")), doc);
        assertEquals(doc, Cidr.parse("2001:0DB8:0000:0000:0000:0000:0000:0000/32"));
        assertEquals(doc, Cidr.parse("2001:db8:0:0:0:0:0:0/32"));
        assertEquals(Cidr.address("fd00:ec2::254"), metadata);
    }

    @Test
    void bitsBeyondThePrefixAreIgnoredAsTheApiServerDoes() {
        assertEquals(Cidr.parse("2001:db8::/32"), Cidr.parse("2001:db8::1/32"));
        assertEquals(Cidr.parse("10.0.0.0/8"), Cidr.parse("10.1.2.3/8"));
        assertEquals(Cidr.parse("0.0.0.0/0"), Cidr.parse("1.2.3.4/0"));
    }

    @Test
    void anIpv4MappedBlockOfPrefix96OrMoreIsTheIpv4Block() {
        Cidr.Block mapped = Cidr.parse("::ffff:10.0.0.0/104");
        assertFalse(mapped.ipv6());
        assertEquals(Cidr.parse("10.0.0.0/8"), mapped);
        assertEquals(Cidr.parse("169.254.169.254/32"), Cidr.parse("::ffff:169.254.169.254/128"));
        assertEquals(Cidr.parse("169.254.169.254/32"), Cidr.address("::ffff:169.254.169.254"));
        assertEquals(Cidr.parse("0.0.0.0/0"), Cidr.parse("::ffff:0:0/96"));
        Cidr.Block shorter = Cidr.parse("::ffff:10.0.0.0/95");
        assertTrue(shorter.ipv6(), "below /96 the block reaches beyond the mapped addresses: IPv6");
        assertEquals(Cidr.parse("::fffe:0:0/95"), shorter);
    }

    @Test
    void theFamiliesNeverContainEachOther() {
        assertFalse(Cidr.contains("0.0.0.0/0", "::/128"));
        assertFalse(Cidr.contains("::/0", "0.0.0.0/32"));
        assertFalse(Cidr.contains("::/0", "10.0.0.0/8"), "the number 10.0.0.0 is in ::/0, the address is not");
        assertFalse(Cidr.contains("::/96", "0.0.0.0/0"));
        assertTrue(Cidr.contains("::/0", "fd00:ec2::254/128"));
        assertTrue(Cidr.contains("0.0.0.0/0", "::ffff:169.254.0.0/112"), "a mapped block is IPv4");
        assertTrue(Cidr.strictlyContains("fc00::/7", "fd00:ec2::/32"));
        assertFalse(Cidr.strictlyContains("fc00::/7", "fc00::/7"));
        assertFalse(Cidr.strictlyContains("fc00::/7", "fe80::/10"));
        assertFalse(Cidr.strictlyContains("::/0", "10.0.0.0/8"));
    }

    @Test
    void theFormsTheApiServerWarnsAboutAreNamed() {
        for (String standard : new String[] {"10.0.0.0/8", "0.0.0.0/0", "::/0", "fd00:ec2::254/128", "2001:DB8::/32",
                "not a cidr"}) {
            assertEquals(null, Cidr.nonStandard(standard), standard);
        }
        assertEquals("has bits set beyond the prefix length: the API server takes it as 10.0.0.0/8, not as the one address"
                + " 10.0.0.1/32", Cidr.nonStandard("10.0.0.1/8"));
        assertEquals("has bits set beyond the prefix length: the API server takes it as 2001:db8::/32, not as the one"
                + " address 2001:db8::1/128", Cidr.nonStandard("2001:db8::1/32"));
        assertEquals("is an IPv4-mapped IPv6 block, which the API server reads as the IPv4 block 10.0.0.0/8 and will"
                + " refuse in a future release", Cidr.nonStandard("::ffff:10.0.0.0/104"));
        assertTrue(Cidr.nonStandard("010.0.0.0/8").startsWith("has leading zeros"));
        assertTrue(Cidr.nonStandard("10.0.0.0/08").startsWith("has leading zeros"));
        assertTrue(Cidr.nonStandard("::/00").startsWith("has leading zeros"));
    }

    @Test
    void malformedBlocksAreRefusedSayingWhy() {
        for (String bad : new String[] {"::", "::/129", "10.0.0.0/33", "::/-1", "::/", "::/1a", "fd00::ec2::254/128",
                "2001:db8::/32/1", "fe80::/10%eth0", "1:2:3:4:5:6:7:8:9/64", "10.0.0/8", "/8", "0.0.0.0/0000"}) {
            assertFalse(Cidr.isValid(bad), bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cidr.parse(bad), bad);
            assertFalse(e.getMessage().isBlank(), bad);
        }
        assertEquals("no '/prefix'", assertThrows(IllegalArgumentException.class, () -> Cidr.parse("::")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cidr.parse("::/129")).getMessage()
                .contains("not a number from 0 to 128"));
        assertTrue(Cidr.isValid("10.0.0.0/08"), "a leading zero in the prefix, as the API server's legacy parsing");
    }
}
