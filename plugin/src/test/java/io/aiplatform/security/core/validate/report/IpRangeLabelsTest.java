package io.aiplatform.security.core.validate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.connectivity.ConnectionSet;
import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer.Connection;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.connectivity.Workload;
import java.util.List;
import java.util.Map;
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
    void ipv6RangesAreShownAsTheirBlockToo() {
        assertEquals("::/0 except fc00::/7, fe80::/10", IpRangeLabels.describe(List.of(
                range("fec0::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), range("::", "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
                range("fe00::", "fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))));
        assertEquals("::/0 except fd00:ec2::254/128", IpRangeLabels.describe(List.of(range("::", "fd00:ec2::253"),
                range("fd00:ec2::255", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))));
        assertEquals("2001:db8::/32", IpRangeLabels.describe(List.of(range("2001:db8::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff"),
                range("2001:db8:1::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))));
        assertEquals(List.of("fd00:ec2::1/128", "fd00:ec2::2/127", "fd00:ec2::4/126"), IpRangeLabels.cidrs(true,
                IpRange.address("fd00:ec2::1").first(), IpRange.address("fd00:ec2::7").first()));
    }

    @Test
    void ipv4AndIpv6RangesOfOneWorkloadAndPortsAreNamedApart() {
        Workload web = Workload.of(
                "web", "shop", Map.of(), List.of());
        ConnectionSet all = ConnectionSet.all();
        List<Connection> connections = List.of(new Connection(web, IpRange.ANY, all), new Connection(web, IpRange.ANY_IPV6, all),
                new Connection(IpRange.ANY_IPV6, web, all));
        IpRangeLabels labels = new IpRangeLabels(connections, peer -> "web");
        assertEquals(List.of("0.0.0.0/0", "::/0", "::/0"), connections.stream().map(labels::label).toList());
    }

    @Test
    void cidrsCoverARangeExactly() {
        assertEquals(List.of("10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/30"), IpRangeLabels.cidrs(
                false, IpRange.address("10.0.0.1").first(), IpRange.address("10.0.0.7").first()));
    }
}
