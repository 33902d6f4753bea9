package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.validate.rules.RuleRegistry;
import io.aiplatform.security.core.validate.schema.ApiServerChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NetworkPolicy rules and the API server's ipBlock check look at IPv6 blocks as at IPv4 ones. */
class Ipv6PolicyChecksTest {

    @TempDir
    Path dir;

    private Path policy(String rules) throws Exception {
        Path f = dir.resolve("policy.yaml");
        Files.writeString(f, """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                """ + rules);
        return f;
    }

    private List<String> messages(String ruleId, String rules) throws Exception {
        return RuleRegistryTest.run(RuleRegistry.byId(ruleId).orElseThrow(), policy(rules), null).stream()
                .map(Finding::message).toList();
    }

    @Test
    void allowAllFiresOnTheWholeIpv6SpaceAsOnTheWholeIpv4Space() throws Exception {
        assertEquals(List.of("ingress[0].from[0] ipBlock ::/0 allows every IPv6 source"), messages("NETPOL-ALLOW-ALL",
                "  ingress: [{from: [{ipBlock: {cidr: '::/0'}}], ports: [{port: 8080}]}]\n"));
        assertEquals(List.of("ingress[0].from[1] ipBlock 0.0.0.0/0 allows every IPv4 source"), messages("NETPOL-ALLOW-ALL",
                "  ingress: [{from: [{ipBlock: {cidr: '2001:db8::/32'}}, {ipBlock: {cidr: 0.0.0.0/0}}]}]\n"));
        assertEquals(List.of("egress[0].to[0] ipBlock 0:0:0:0:0:0:0:0/0 allows every IPv6 destination"),
                messages("NETPOL-ALLOW-ALL", "  policyTypes: [Egress]\n"
                        + "  egress: [{to: [{ipBlock: {cidr: '0:0:0:0:0:0:0:0/0'}}]}]\n"));
        // as an egress rule without 'to' that names its ports, a whole-space block on named ports is not flagged
        assertEquals(List.of(), messages("NETPOL-ALLOW-ALL", "  policyTypes: [Egress]\n"
                + "  egress: [{to: [{ipBlock: {cidr: '::/0'}}], ports: [{port: 443}]}]\n"));
        assertEquals(List.of(), messages("NETPOL-ALLOW-ALL",
                "  ingress: [{from: [{ipBlock: {cidr: '::/0', except: ['fc00::/7']}}, {ipBlock: {cidr: '2001:db8::/32'}}]}]\n"));
    }

    @Test
    void theIpv6MetadataAddressIsAMetadataAddress() throws Exception {
        assertEquals(List.of("egress[0].to[0] ipBlock ::/0 includes the cloud metadata address fd00:ec2::254"),
                messages("NETPOL-METADATA-EGRESS", "  policyTypes: [Egress]\n"
                        + "  egress: [{to: [{ipBlock: {cidr: '::/0'}}], ports: [{port: 443}]}]\n"));
        assertEquals(List.of("egress[0].to[1] ipBlock FD00:EC2:0:0:0:0:0:0/32 includes the cloud metadata address"
                        + " fd00:ec2::254"), messages("NETPOL-METADATA-EGRESS", "  policyTypes: [Egress]\n"
                        + "  egress: [{to: [{ipBlock: {cidr: '2001:db8::/32'}}, {ipBlock: {cidr: 'FD00:EC2:0:0:0:0:0:0/32'}}]}]\n"));
        assertEquals(List.of("egress[0].to[0] ipBlock ::ffff:169.254.0.0/112 includes the cloud metadata address"
                        + " 169.254.169.254"), messages("NETPOL-METADATA-EGRESS", "  policyTypes: [Egress]\n"
                        + "  egress: [{to: [{ipBlock: {cidr: '::ffff:169.254.0.0/112'}}]}]\n"));
        for (String except : List.of("fd00:ec2::254/128", "fc00::/7", "fd00:ec2::/32")) {
            assertEquals(List.of(), messages("NETPOL-METADATA-EGRESS", "  policyTypes: [Egress]\n"
                    + "  egress: [{to: [{ipBlock: {cidr: '::/0', except: ['" + except + "']}}], ports: [{port: 443}]}]\n"), except);
        }
    }

    @Test
    void theApiServerCheckReadsIpv6Blocks() throws Exception {
        ManifestLoader.Result loaded = new ManifestLoader(dir).load(List.of(policy("""
                  ingress:
                    - from:
                        - {ipBlock: {cidr: 'fd00::ec2::254/128'}}
                        - {ipBlock: {cidr: '::/0', except: [10.0.0.0/8, 'fc00::/7', '::/0']}}
                        - {ipBlock: {cidr: '2001:db8::/32', except: ['2001:db8:1::/48']}}
                """)));
        List<String> found = new ApiServerChecks().check(loaded.manifests()).stream().map(Finding::message).toList();
        assertEquals(List.of(
                "spec.ingress[0].from[0].ipBlock.cidr 'fd00::ec2::254/128' is not a CIDR (an IPv6 address has at most one '::')",
                "spec.ingress[0].from[1].ipBlock.except '10.0.0.0/8' is not a strict subset of ::/0",
                "spec.ingress[0].from[1].ipBlock.except '::/0' is not a strict subset of ::/0"), found);
        assertTrue(found.stream().noneMatch(m -> m.contains("fc00::/7") || m.contains("2001:db8:1::/48")), found.toString());
    }

    @Test
    void blocksTheApiServerAcceptsWithAWarningAreWarnings() throws Exception {
        ManifestLoader.Result loaded = new ManifestLoader(dir).load(List.of(policy("""
                  policyTypes: [Egress]
                  egress:
                    - to:
                        - {ipBlock: {cidr: '2001:db8::1/32', except: ['::ffff:10.0.0.0/104']}}
                        - {ipBlock: {cidr: '::ffff:0.0.0.0/96', except: ['::ffff:169.254.0.0/112']}}
                """)));
        List<String> found = new ApiServerChecks().check(loaded.manifests()).stream().map(f -> f.ruleId() + " "
                + f.severity().name().toLowerCase(Locale.ROOT) + " " + f.message()).toList();
        assertEquals(List.of(
                "API-NETPOL-CIDR-FORM warning spec.egress[0].to[0].ipBlock.cidr '2001:db8::1/32' has bits set beyond the"
                        + " prefix length: the API server takes it as 2001:db8::/32, not as the one address 2001:db8::1/128",
                "API-NETPOL-CIDR-FORM warning spec.egress[0].to[0].ipBlock.except '::ffff:10.0.0.0/104' is an IPv4-mapped"
                        + " IPv6 block, which the API server reads as the IPv4 block 10.0.0.0/8 and will refuse in a future release",
                "API-NETPOL-IPBLOCK error spec.egress[0].to[0].ipBlock.except '::ffff:10.0.0.0/104' is not a strict subset"
                        + " of 2001:db8::1/32",
                "API-NETPOL-CIDR-FORM warning spec.egress[0].to[1].ipBlock.cidr '::ffff:0.0.0.0/96' is an IPv4-mapped IPv6"
                        + " block, which the API server reads as the IPv4 block 0.0.0.0/0 and will refuse in a future release",
                "API-NETPOL-CIDR-FORM warning spec.egress[0].to[1].ipBlock.except '::ffff:169.254.0.0/112' is an"
                        + " IPv4-mapped IPv6 block, which the API server reads as the IPv4 block 169.254.0.0/16 and will"
                        + " refuse in a future release"), found);
        assertEquals(List.of("egress[0].to[0] ipBlock ::ffff:0.0.0.0/96 allows every IPv4 destination"),
                messages("NETPOL-ALLOW-ALL", "  policyTypes: [Egress]\n  egress: [{to: [{ipBlock: {cidr: '::ffff:0.0.0.0/96'}}]}]\n"));
    }
}
