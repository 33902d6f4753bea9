package io.aiplatform.security.core.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.connectivity.IpRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpRangeLabelsTest {

    private static IpRange range(String first, String last) {
        return new IpRange(IpRange.address(first).ipv6(), IpRange.address(first).first(), IpRange.address(last).first());
    }

    @Test
    void theRangesOfAnIpBlockWithExceptAreShownAsThatBlock() {
        assertEquals("0.0.0.0/0 except 10.0.0.0/8", IpRangeLabels.describe(List.of(
                range("11.0.0.0", "255.255.255.255"), range("0.0.0.0", "9.255.255.255"))));
        assertEquals("0.0.0.0/0 except 10.0.0.0/8, 169.254.0.0/16, 172.16.0.0/12", IpRangeLabels.describe(List.of(
                range("0.0.0.0", "9.255.255.255"), range("11.0.0.0", "169.253.255.255"),
                range("169.255.0.0", "172.15.255.255"), range("172.32.0.0", "255.255.255.255"))));
    }

    @Test
    void adjacentRangesMergeIntoOneCidr() {
        assertEquals("10.0.0.0/8", IpRangeLabels.describe(List.of(range("10.0.0.0", "10.127.255.255"),
                range("10.128.0.0", "10.255.255.255"))));
        assertEquals("192.168.1.7/32", IpRangeLabels.describe(List.of(range("192.168.1.7", "192.168.1.7"))));
    }

    @Test
    void cidrsCoverARangeExactly() {
        assertEquals(List.of("10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/30"), IpRangeLabels.cidrs(
                false, IpRange.address("10.0.0.1").first(), IpRange.address("10.0.0.7").first()));
    }
}
