package io.aiplatform.security.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.validate.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerComparisonTest {

    private static final String HEAD = "# Connectivity diff\n\nWhat the new security layer allows that the base does not,"
            + " and the reverse, computed from what the NetworkPolicies and RBAC allow (not from the text of the files)."
            + " Base: base.\n";
    private static final String TCP_8080 = "[{port: 8080, protocol: TCP}]";

    private static String report(List<Manifest> base, List<Manifest> now) {
        return DiffReport.markdown(diff(base, now, List.of()));
    }

    private static LayerDiff diff(List<Manifest> base, List<Manifest> now, List<Workload> known) {
        return new LayerComparison(Set.of(Layers.NS), List.of(), ChangeEvidence.NONE).compare("base", base, now, known);
    }

    private static List<Manifest> gatewayToPayments(String ports) {
        return Layers.of(Layers.denyAll(), Layers.egress("gateway-out", "gateway", "payments", ports),
                Layers.ingress("payments-in", "payments", "gateway", ports));
    }

    @Test
    void renamingAndReorderingPoliciesThatAllowTheSameIsNoChange() {
        List<Manifest> renamed = Layers.of(Layers.ingress("payments-from-gateway", "payments", "gateway", TCP_8080),
                Layers.egress("gateway-to-payments", "gateway", "payments", "[{port: 8080}]"), Layers.denyAll());
        assertEquals(HEAD + "\nNo change in what is allowed.\n\n## Not compared\n\n"
                + "- encryption at rest: neither side holds EncryptionConfiguration\n",
                report(gatewayToPayments(TCP_8080), renamed));
    }

    @Test
    void anAddedCallIsAnOpenedConnectionAndARemovedOneClosed() {
        List<Manifest> base = gatewayToPayments(TCP_8080);
        List<Manifest> now = Layers.of(Layers.denyAll(), Layers.egress("orders-out", "orders", "payments", TCP_8080),
                Layers.ingress("payments-in", "payments", "orders", TCP_8080));
        assertEquals(HEAD + "\n## Connections opened\n\n- `orders` → `payments`: TCP 8080\n"
                + "\n## Connections closed\n\n- `gateway` → `payments`: TCP 8080\n"
                + "\n## Not compared\n\n- encryption at rest: neither side holds EncryptionConfiguration\n", report(base, now));
    }

    @Test
    void aWiderPortRangeOpensOnlyThePortsItAdds() {
        LayerDiff diff = diff(gatewayToPayments(TCP_8080), gatewayToPayments("[{port: 8080, endPort: 8090}]"), List.of());
        assertEquals(List.of("gateway → payments : TCP 8081-8090"), diff.widenings());
        assertEquals(List.of(), diff.connections().removed());
    }

    @Test
    void anExceptAddedToACidrClosesThatBlockOnly() {
        String before = egressToInternet("[10.0.0.0/8]");
        String after = egressToInternet("[10.0.0.0/8, 192.168.0.0/16]");
        LayerDiff diff = diff(Layers.of(Layers.denyAll(), before), Layers.of(Layers.denyAll(), after), List.of());
        assertEquals(List.of(), diff.widenings());
        assertEquals(List.of(new ConnectionChange(ConnectionChange.Section.CONNECTION, "orders", "192.168.0.0/16",
                "TCP 443", List.of())), diff.connections().removed());
    }

    private static String egressToInternet(String except) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: orders-internet, namespace: shop}\n"
                + "spec:\n  podSelector: {matchLabels: {app.kubernetes.io/name: orders}}\n  policyTypes: [Egress]\n"
                + "  egress:\n    - to: [{ipBlock: {cidr: 0.0.0.0/0, except: " + except + "}}]\n"
                + "      ports: [{port: 443}]\n";
    }

    @Test
    void anotherNamespaceSelectorMovesTheExposure() {
        String before = fromNamespace("ingress-nginx");
        String after = fromNamespace("traefik");
        assertEquals(HEAD + "\n## Exposure (from other namespaces and outside the cluster) opened\n\n"
                + "- `traefik/*` → `billing`: TCP 8443\n"
                + "\n## Exposure (from other namespaces and outside the cluster) closed\n\n"
                + "- `ingress-nginx/*` → `billing`: TCP 8443\n"
                + "\n## Not compared\n\n- encryption at rest: neither side holds EncryptionConfiguration\n",
                report(Layers.of(Layers.denyAll(), before), Layers.of(Layers.denyAll(), after)));
    }

    private static String fromNamespace(String ns) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: billing-in, namespace: shop}\n"
                + "spec:\n  podSelector: {matchLabels: {app.kubernetes.io/name: billing}}\n"
                + "  ingress:\n    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: " + ns + "}}}]\n"
                + "      ports: [{port: 8443}]\n";
    }

    @Test
    void theWorkloadsOfTheGraphAreJudgedWithTheirOwnLabels() {
        List<Workload> known = List.of(Workload.of("gateway", Layers.NS, Map.of("app.kubernetes.io/name", "gateway",
                "tier", "edge"), List.of(new PortSpec("http", 8080, "TCP"))), Workload.of("payments", Layers.NS,
                Map.of("app.kubernetes.io/name", "payments"), List.of(new PortSpec("http", 8080, "TCP"))));
        LayerDiff diff = diff(gatewayToPayments(TCP_8080), gatewayToPayments("[{port: http}]"), known);
        assertEquals(List.of(), diff.widenings());
        assertEquals(List.of(), diff.connections().removed());
    }

    @Test
    void anOpenedConnectionCarriesTheEvidenceOfItsEdgeAndAClosedOneNone() {
        ChangeEvidence graph = new ChangeEvidence() {
            @Override
            public List<String> connection(String source, String destination) {
                return List.of(source + "/src/main/resources/application.yml:12 " + destination + ".url");
            }
        };
        List<Manifest> now = Layers.of(Layers.denyAll(), Layers.egress("orders-out", "orders", "payments", TCP_8080),
                Layers.ingress("payments-in", "payments", "orders", TCP_8080));
        LayerDiff diff = new LayerComparison(Set.of(Layers.NS), List.of(), graph)
                .compare("base", gatewayToPayments(TCP_8080), now, List.of());
        assertEquals(List.of(new ConnectionChange(ConnectionChange.Section.CONNECTION, "orders", "payments", "TCP 8080",
                List.of("orders/src/main/resources/application.yml:12 payments.url"))), diff.connections().added());
        assertEquals(List.of(), diff.connections().removed().get(0).evidence());
        assertEquals("  - because orders/src/main/resources/application.yml:12 payments.url",
                DiffReport.markdown(diff).lines().filter(l -> l.contains("because")).findFirst().orElseThrow());
    }

    @Test
    void theJsonReportListsEachChangeWithItsSectionAndIsTheSameForTheSameDiff() throws Exception {
        List<Manifest> now = Layers.of(Layers.denyAll(), egressToInternet("[10.0.0.0/8]"));
        LayerDiff diff = diff(Layers.of(Layers.denyAll()), now, List.of());
        java.io.StringWriter a = new java.io.StringWriter();
        io.aiplatform.security.core.io.JsonOutput.write(a, DiffReport.json(diff), io.aiplatform.security.core.io.JsonOutput.Style.COLON_SPACE_LF);
        java.io.StringWriter b = new java.io.StringWriter();
        io.aiplatform.security.core.io.JsonOutput.write(b, DiffReport.json(diff(Layers.of(Layers.denyAll()), now, List.of())),
                io.aiplatform.security.core.io.JsonOutput.Style.COLON_SPACE_LF);
        assertEquals(a.toString(), b.toString());
        assertEquals(List.of("orders → 0.0.0.0/0 except 10.0.0.0/8 : TCP 443"), diff.widenings());
        assertEquals(true, a.toString().contains("\"section\": \"connection\",\n    \"source\": \"orders\",\n"
                + "    \"destination\": \"0.0.0.0/0 except 10.0.0.0/8\""), a.toString());
    }
}
