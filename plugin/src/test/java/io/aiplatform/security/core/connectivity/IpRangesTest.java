package io.aiplatform.security.core.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.IpAddress;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IpRangesTest {

    private static IpRange range(String first, String last) {
        return new IpRange(IpRange.address(first).ipv6(), IpRange.address(first).first(), IpRange.address(last).first());
    }

    @Test
    void anIpv6BlockWithExceptIsItsPieces() {
        IPBlock block = new IPBlock("::/0", List.of("fe80::/10", "fc00::/7"));
        assertEquals(List.of(range("::", "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
                range("fe00::", "fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
                range("fec0::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")), IpRanges.pieces(block));
        assertTrue(IpRanges.contains(block, IpRange.address("2001:db8::1")));
        assertFalse(IpRanges.contains(block, IpRange.address("fd00:ec2::254")));
        assertFalse(IpRanges.contains(block, IpRange.address("fe80::1")));
        assertFalse(IpRanges.contains(block, IpRange.address("8.8.8.8")), "an IPv6 block holds no IPv4 address");
    }

    @Test
    void theFamiliesStayApart() {
        IPBlock v4 = new IPBlock("0.0.0.0/0", List.of());
        IPBlock v6 = new IPBlock("::/0", List.of());
        assertFalse(IpRanges.contains(v4, IpRange.address("::1")));
        assertFalse(IpRanges.contains(v4, IpRange.ANY_IPV6));
        assertFalse(IpRanges.contains(v6, IpRange.ANY));
        assertFalse(IpRanges.contains(v6, IpRange.address("0.0.0.1")));
        assertTrue(IpRanges.contains(v4, IpRange.address("::ffff:169.254.169.254")), "a mapped address is IPv4");
        assertEquals(List.of(IpRange.ANY_IPV6), IpRanges.pieces(new IPBlock("::/0", List.of("10.0.0.0/8"))),
                "an except of the other family removes nothing");
        assertEquals(List.of(IpRange.ANY), IpRanges.pieces(new IPBlock("0.0.0.0/0", List.of("::/1"))));
    }

    @Test
    void theIpv6SpaceIsCutOnlyWhenABlockIsIpv6() {
        assertEquals(List.of(IpRange.ANY), IpRanges.cut(List.of()));
        assertEquals(List.of(range("0.0.0.0", "9.255.255.255"), range("10.0.0.0", "10.255.255.255"),
                range("11.0.0.0", "255.255.255.255")), IpRanges.cut(List.of(new IPBlock("10.0.0.0/8", List.of()))));
        assertEquals(List.of(IpRange.ANY, IpRange.ANY_IPV6), IpRanges.cut(List.of(new IPBlock("::/0", List.of()))));
        assertEquals(List.of(IpRange.ANY, range("::", "fd00:ec2::253"), range("fd00:ec2::254", "fd00:ec2::254"),
                        range("fd00:ec2::255", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")),
                IpRanges.cut(List.of(new IPBlock("::/0", List.of("fd00:ec2::254/128")))));
    }

    @Test
    void rangesAreShownWithBothEnds() {
        assertEquals("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External]", IpRange.ANY_IPV6.display());
        assertEquals("0.0.0.0-255.255.255.255[External]", IpRange.ANY.display());
        assertEquals("fd00:ec2::254-fd00:ec2::254[External]", IpRange.address("FD00:EC2:0:0:0:0:0:254").display());
    }

    @Test
    void aMalformedBlockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IpRanges.block("fd00::ec2::254/128"));
        assertThrows(IllegalArgumentException.class, () -> IpRanges.block("::/129"));
        assertEquals(IpRange.address("10.0.0.1"), IpRanges.block("10.0.0.1"), "an address without prefix is that address");
        assertEquals(IpRange.address("::1"), IpRanges.block("::1"));
    }

    /** A block's text: a random address of the family and prefix, host bits included (the API server ignores them). */
    private static Arbitrary<String> blocks(boolean ipv6) {
        int bits = IpAddress.bits(ipv6);
        Arbitrary<BigInteger> address = Arbitraries.bigIntegers().between(BigInteger.ZERO,
                BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return Combinators.combine(address, Arbitraries.integers().between(0, bits))
                .as((a, p) -> IpAddress.format(ipv6, a) + "/" + p);
    }

    @Provide
    Arbitrary<IPBlock> ipBlocks() {
        return Arbitraries.of(true, false).flatMap(ipv6 -> Combinators.combine(blocks(ipv6),
                blocks(ipv6).list().ofMaxSize(4), blocks(!ipv6).list().ofMaxSize(1))
                .as((cidr, same, other) -> {
                    List<String> except = new ArrayList<>(same);
                    except.addAll(other);
                    return new IPBlock(cidr, except);
                }));
    }

    @Provide
    Arbitrary<IpRange> addresses() {
        return Arbitraries.of(true, false).flatMap(ipv6 -> blocks(ipv6).map(b -> {
            IpRange r = IpRanges.block(b);
            return new IpRange(ipv6, r.first(), r.first());
        }));
    }

    @Property(tries = 500)
    void anAddressIsInThePiecesExactlyWhenInTheCidrAndInNoExceptOfItsFamily(@ForAll("ipBlocks") IPBlock block,
                                                                              @ForAll("addresses") IpRange address) {
        boolean inCidr = IpRanges.block(block.getCidr()).contains(address);
        boolean excepted = block.getExcept().stream().anyMatch(e -> IpRanges.block(e).contains(address));
        assertEquals(inCidr && !excepted, IpRanges.contains(block, address), block + " " + address.display());
        List<IpRange> pieces = IpRanges.pieces(block);
        for (int i = 1; i < pieces.size(); i++) {
            assertTrue(pieces.get(i - 1).last().compareTo(pieces.get(i).first()) < 0, "sorted and disjoint: " + pieces);
        }
    }

    @Property(tries = 300)
    void theCutCoversEachFamilyOnceAndNoRangeStraddlesABlock(@ForAll("ipBlocks") IPBlock a, @ForAll("ipBlocks") IPBlock b) {
        List<IpRange> cut = IpRanges.cut(List.of(a, b));
        for (boolean ipv6 : List.of(false, true)) {
            List<IpRange> family = cut.stream().filter(r -> r.ipv6() == ipv6).toList();
            if (family.isEmpty()) {
                assertTrue(ipv6 && !IpRanges.block(a.getCidr()).ipv6() && !IpRanges.block(b.getCidr()).ipv6());
                continue;
            }
            assertEquals(BigInteger.ZERO, family.get(0).first());
            assertEquals((ipv6 ? IpRange.ANY_IPV6 : IpRange.ANY).last(), family.get(family.size() - 1).last());
            for (int i = 1; i < family.size(); i++) {
                assertEquals(family.get(i - 1).last().add(BigInteger.ONE), family.get(i).first(), "contiguous: " + family);
            }
        }
        for (IpRange r : cut) {
            for (IPBlock block : List.of(a, b)) {
                boolean inside = IpRanges.contains(block, r);
                boolean first = IpRanges.contains(block, new IpRange(r.ipv6(), r.first(), r.first()));
                boolean last = IpRanges.contains(block, new IpRange(r.ipv6(), r.last(), r.last()));
                assertEquals(inside, first, r.display() + " " + block);
                assertEquals(inside, last, r.display() + " " + block);
            }
        }
    }
}
