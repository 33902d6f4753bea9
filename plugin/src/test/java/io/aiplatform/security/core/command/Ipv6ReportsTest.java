package io.aiplatform.security.core.command;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform whose descriptor or hand-written policy names IPv6 blocks: validated, and shown in
 * connlist.txt and connectivity.md, as the same platform with the IPv4 blocks.
 */
class Ipv6ReportsTest {

    @TempDir
    Path dir;

    private record Run(ValidationReport report, SortedMap<String, String> files) {
    }

    /** generate, then validate with {@code extraPolicy} (if any) beside the layer, for a web service with the given egress. */
    private Run run(String name, String webEgress, String extraPolicy) throws Exception {
        Path root = dir.resolve(name);
        Fixtures fixtures = new Fixtures(root.resolve("src"))
                .service("web", "role: api\nports: [{name: http, port: 8080}]\n" + webEgress, dep("api"))
                .service("api", "role: api\nports: [{name: http, port: 9000}]\n");
        Path layer = root.resolve("out");
        new OutputWriter().write(layer, new SecurityLayerGenerator(new PlatformSettings("shop", "shop", true, true, Map.of()),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null)).generate(fixtures.graph()));
        Path extra = Files.createDirectories(root.resolve("extra"));
        if (extraPolicy != null) {
            Files.writeString(extra.resolve("office.yaml"), extraPolicy);
        }
        ValidationReport report = new ValidateCommand().run(ValidateRequest.builder(root, layer)
                .manifestDirectories(List.of(extra)).modules(fixtures.modules()).namespace("shop").failOn(FailOn.NEVER)
                .build());
        return new Run(report, new ReportWriter("1.0.0", root).render(report, layer));
    }

    private static List<String> findings(Run run) {
        return run.report().findings().stream().map(f -> f.ruleId() + " " + f.object() + " " + f.message()).toList();
    }

    @Test
    void aDescriptorEgressToTheWholeIpv6SpaceIsValidatedAsTheWholeIpv4Space() throws Exception {
        Run v4 = run("v4", "egress: [{cidr: 0.0.0.0/0, ports: [443]}]\n", null);
        Run v6 = run("v6", "egress: [{cidr: '::/0', ports: [443]}]\n", null);
        List<String> expected = findings(v4).stream().map(f -> f.replace("0.0.0.0/0", "::/0")
                .replace("169.254.169.254", "fd00:ec2::254")).toList();
        assertTrue(expected.stream().anyMatch(f -> f.startsWith("NETPOL-METADATA-EGRESS NetworkPolicy/shop/web-network-policy")
                && f.endsWith("ipBlock ::/0 includes the cloud metadata address fd00:ec2::254")), expected.toString());
        assertEquals(expected, findings(v6));

        String connlist = v6.files().get("connlist.txt");
        assertTrue(connlist.contains("=> ::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] : TCP 443\n"), connlist);
        assertEquals(v4.files().get("connlist.txt").lines().filter(l -> l.startsWith("shop/web") && l.contains("[External]"))
                        .map(l -> l.replace("0.0.0.0-255.255.255.255", "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).toList(),
                connlist.lines().filter(l -> l.startsWith("shop/web") && l.contains(":ffff[External]")).toList());
        String md = v6.files().get("connectivity.md");
        assertEquals(v4.files().get("connectivity.md").replace("0.0.0.0/0", "::/0").replace("169.254.169.254", "fd00:ec2::254"),
                md, "connectivity.md names ::/0 where it named 0.0.0.0/0");
        assertTrue(md.contains("| ::/0 |"), md);
    }

    @Test
    void anIpv6IngressBlockIsAnUndeclaredSourceAndOneNodeOfTheReports() throws Exception {
        Run run = run("in", "", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: office, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: api}}
                  policyTypes: [Ingress]
                  ingress: [{from: [{ipBlock: {cidr: '::/0', except: ['fc00::/7']}}], ports: [{port: 9000}]}]
                """);
        List<String> found = findings(run);
        assertTrue(found.contains("NETPOL-UNDECLARED-ALLOWED Service/api allowed but not declared: outside addresses -> api"
                + " are allowed (::-fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] (TCP 9000),"
                + " fe00::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] (TCP 9000)), but api declares no ingress from"
                + " outside addresses; allowed by office"), String.join("\n", found));
        String connlist = run.files().get("connlist.txt");
        assertTrue(connlist.contains("::-fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] => shop/api"), connlist);
        assertTrue(connlist.contains("fe00::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] => shop/api"), connlist);
        String md = run.files().get("connectivity.md");
        assertTrue(md.contains("::/0 except fc00::/7"), md);
        assertEquals(1, md.split("::/0 except fc00::/7\"\\]", -1).length - 1, "one Mermaid node for the block: " + md);
    }
}
