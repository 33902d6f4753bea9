package io.aiplatform.security.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import io.aiplatform.security.core.support.YamlBombs;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescriptorParserTest {

    private static final Path FILE = Path.of("svc/src/main/ai-security/service.yaml");
    private final DescriptorParser parser = new DescriptorParser();

    private ServiceDescriptor parse(String yaml) throws InvalidInputException {
        return parser.parse(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Problem failure(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(yaml));
        assertFalse(e.problems().isEmpty());
        return e.problems().get(0);
    }

    @Test
    void readsEveryField() throws Exception {
        ServiceDescriptor d = parse("""
                name: orders
                role: api
                ports:
                  - {name: http, port: 8080}
                  - {name: metrics, port: 9090, protocol: TCP}
                labels: {app: orders, tier: backend}
                provides:
                  - postgresql
                  - {product: qdrant, port: grpc, clients: ["com.example:qdrant-lite"]}
                calls:
                  - redis
                  - {service: kafka, port: 9092}
                ingress:
                  external: true
                  fromNamespaces: {team: edge}
                  fromCidrs: [203.0.113.0/24]
                  from: [kong]
                egress:
                  - {cidr: 0.0.0.0/0, except: [10.0.0.0/8], ports: [{port: 443}]}
                secrets: [db, {name: tls, watch: true}]
                configMaps: [orders-config]
                kubernetesApi:
                  - {resources: [pods], verbs: [get, list], scope: cluster}
                serviceAccountAnnotations: {iam.gke.io/gcp-service-account: orders@p.iam}
                automountServiceAccountToken: false
                """);
        assertEquals("orders", d.name());
        assertEquals(ServiceRole.API, d.role());
        assertEquals(List.of(new PortSpec("http", 8080, "TCP"), new PortSpec("metrics", 9090, "TCP")), d.ports());
        assertEquals(Map.of("app", "orders", "tier", "backend"), d.labels());
        assertEquals("postgresql", d.provides().get(0).product());
        assertEquals(new PortRef("grpc", null), d.provides().get(1).port());
        assertEquals(List.of("com.example:qdrant-lite"), d.provides().get(1).clients());
        assertEquals("redis", d.calls().get(0).service());
        assertEquals(new PortRef(null, 9092), d.calls().get(1).port());
        assertTrue(d.ingress().external());
        assertEquals(Map.of("team", "edge"), d.ingress().fromNamespaces());
        assertEquals(List.of("203.0.113.0/24"), d.ingress().fromCidrs());
        assertEquals("kong", d.ingress().from().get(0).name());
        assertEquals(List.of("10.0.0.0/8"), d.egress().get(0).except());
        assertEquals(443, d.egress().get(0).ports().get(0).port());
        assertEquals(List.of(new ObjectAccess("db", false, 20), new ObjectAccess("tls", true, 20)), d.secrets());
        assertTrue(d.kubernetesApi().get(0).clusterScope());
        assertEquals("", d.kubernetesApi().get(0).apiGroup());
        assertEquals(Boolean.FALSE, d.automountServiceAccountToken());
    }

    @Test
    void emptyFileMeansAllDefaults() throws Exception {
        ServiceDescriptor d = parse("# only a comment\n");
        assertNull(d.name());
        assertNull(d.role());
        assertNull(d.labels());
        assertTrue(d.ports().isEmpty());
    }

    @Test
    void malformedYamlNamesTheLine() {
        Problem p = failure("role: api\nports:\n  - name: http\n   port: [8080\n");
        assertEquals(FILE, p.file());
        assertTrue(p.line() >= 3, p.describe());
        assertTrue(p.message().startsWith("malformed YAML"), p.message());
    }

    @Test
    void nonUtf8IsRefusedWithItsLine() {
        byte[] bytes = "role: api\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(FILE, bytes));
        Problem p = e.problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("not valid UTF-8"), p.message());
    }

    @Test
    void unknownFieldSuggestsTheKnownOne() {
        Problem p = failure("role: api\nprots:\n  - port: 80\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("unknown field 'prots'"), p.message());
        assertTrue(p.message().contains("did you mean 'ports'?"), p.message());
    }

    @Test
    void unknownNestedFieldIsReported() {
        Problem p = failure("ports:\n  - {name: http, port: 80, protcol: TCP}\n");
        assertTrue(p.message().contains("did you mean 'protocol'?"), p.message());
    }

    @Test
    void nameMustBeDns1123Label() {
        Problem p = failure("name: Orders_Service\n");
        assertEquals(1, p.line());
        assertTrue(p.message().contains("not a DNS-1123 label"), p.message());
        assertTrue(p.message().contains("try 'orders-service'"), p.message());
    }

    @Test
    void aPortThatIsNoNumberShowsTheValueWritten() {
        Problem p = failure("ports:\n  - {name: http, port: 80a}\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("port must be a whole number, not '80a'"), p.message());
        assertTrue(failure("ports:\n  - {name: http, port: [8080]}\n").message()
                .contains("port must be a whole number, not a list"));
    }

    @Test
    void portMustBeInRange() {
        assertTrue(failure("ports:\n  - port: 0\n").message().contains("outside 1-65535"));
        Problem p = failure("ports:\n  - name: http\n    port: 70000\n");
        assertEquals(3, p.line());
        assertTrue(p.message().contains("70000 is outside 1-65535"), p.message());
    }

    @Test
    void unknownRoleListsTheRoles() {
        Problem p = failure("role: databse\n");
        assertTrue(p.message().contains("did you mean 'database'?"), p.message());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        Problem p = failure(yaml.toString());
        assertTrue(p.message().contains("aliases"), p.message());
    }

    @Test
    void arbitraryTypesAreNeverConstructed() {
        Problem p = failure("name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n");
        assertEquals(1, p.line());
        assertTrue(p.message().contains("YAML tags (!!type) are not allowed"), p.message());
    }

    @Test
    void duplicateKeysAreRefused() {
        Problem p = failure("role: api\nrole: worker\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("'role' appears twice"), p.message());
        assertTrue(failure("labels: {app: a, app: b}\n").message().contains("appears twice"));
    }

    @Test
    void onlyOneDocument() {
        assertTrue(failure("role: api\n---\nrole: worker\n").message().contains("2 YAML documents"));
    }

    @Test
    void wildcardsAndSecretListingAreRefused() {
        assertTrue(failure("kubernetesApi:\n  - {resources: ['*'], verbs: [get]}\n").message().contains("'*'"));
        assertTrue(failure("kubernetesApi:\n  - {resources: [secrets], verbs: [list]}\n").message()
                .contains("list or watch on secrets"));
        assertTrue(failure("secrets: ['*']\n").message().contains("wildcard"));
        assertTrue(failure("kubernetesApi:\n  - {resources: [pods], verbs: [escalate]}\n").message()
                .contains("verb 'escalate' is not allowed"));
    }

    @Test
    void egressNeedsPortsAndValidBlocks() {
        assertTrue(failure("egress:\n  - {cidr: 0.0.0.0/0}\n").message().contains("has no 'ports'"));
        assertTrue(failure("egress:\n  - {cidr: 300.0.0.0/8, ports: [{port: 443}]}\n").message()
                .contains("not a CIDR block"));
        assertTrue(failure("egress:\n  - {cidr: 10.0.0.0/8, except: [192.168.0.0/16], ports: [{port: 443}]}\n")
                .message().contains("is not inside"));
    }

    @Test
    void ipv6EgressAndIngressBlocksAreReadAsIpv4Ones() throws Exception {
        ServiceDescriptor d = parse("egress:\n  - {cidr: '::/0', except: ['fc00::/7', 'FE80:0:0:0:0:0:0:0/10'], ports: [443]}\n"
                + "  - {cidr: 0.0.0.0/0, ports: [443]}\n"
                + "ingress: {external: true, fromCidrs: ['2001:db8::/32', '::ffff:203.0.113.0/120']}\n");
        assertEquals(new EgressSpec("::/0", List.of("fc00::/7", "FE80:0:0:0:0:0:0:0/10"), List.of(new PortSpec(null, 443, "TCP")), 2),
                d.egress().get(0));
        assertEquals(List.of("2001:db8::/32", "::ffff:203.0.113.0/120"), d.ingress().fromCidrs());
    }

    @Test
    void aMalformedIpv6BlockIsAnErrorAtItsLineSayingWhy() {
        Problem p = failure("ports: [8080]\negress:\n  - cidr: 'fd00::ec2::254/128'\n    ports: [443]\n");
        assertEquals(FILE, p.file());
        assertEquals(3, p.line());
        assertEquals("egress cidr 'fd00::ec2::254/128' is not a CIDR block (an IPv6 address has at most one '::'); write"
                + " address/prefix, e.g. 203.0.113.0/24 or 2001:db8::/32", p.message());
        assertTrue(failure("egress: [{cidr: '::/129', ports: [443]}]\n").message()
                .contains("the prefix length '129' is not a number from 0 to 128"));
        assertTrue(failure("egress: [{cidr: '::/0', except: ['fe80::1%eth0/128'], ports: [443]}]\n").message()
                .startsWith("egress except 'fe80::1%eth0/128' is not a CIDR block"));
        assertEquals("except block 10.0.0.0/8 is not inside ::/0 (one is IPv4, the other IPv6)",
                failure("egress: [{cidr: '::/0', except: [10.0.0.0/8], ports: [443]}]\n").message());
        assertTrue(failure("ingress: {external: true, fromCidrs: ['2001:db8:::/32']}\n").message()
                .startsWith("ingress.fromCidrs '2001:db8:::/32' is not a CIDR block"));
    }

    @Test
    void everyProblemOfAFileIsReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse("name: Bad_Name\nrole: boss\nports:\n  - port: 99999\n"));
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void suppressNeedsARuleIdAndAReason() throws Exception {
        assertEquals(Map.of("RBAC-WORKLOAD-CREATE", "launches Jobs"),
                parse("suppress: {RBAC-WORKLOAD-CREATE: launches Jobs}\n").suppress());
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> parse("suppress: {RBAC-WORKLOAD-CREATE: ' '}\n"));
        assertTrue(noReason.getMessage().contains("suppress RBAC-WORKLOAD-CREATE has no reason"), noReason.getMessage());
        InvalidInputException notAnId = assertThrows(InvalidInputException.class,
                () -> parse("suppress: {workload create: because}\n"));
        assertTrue(notAnId.getMessage().contains("which is not a rule id"), notAnId.getMessage());
        InvalidInputException semicolon = assertThrows(InvalidInputException.class,
                () -> parse("suppress: {RBAC-NODE-PROXY: 'a; b'}\n"));
        assertTrue(semicolon.getMessage().contains("contains ';'"), semicolon.getMessage());
    }

    @Test
    void secretAndConfigMapNamesAreKubernetesObjectNames() throws Exception {
        assertEquals("orders.db-credentials", parse("secrets: [orders.db-credentials]\n").secrets().get(0).name());
        for (String bad : List.of("'../../etc'", "'UPPER Case'", "'a:b'")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("secrets: [" + bad + "]\n"));
            assertTrue(e.getMessage().contains("is not a Kubernetes object name"), e.getMessage());
            InvalidInputException c = assertThrows(InvalidInputException.class,
                    () -> parse("configMaps: [{name: " + bad + "}]\n"));
            assertTrue(c.getMessage().contains("configMaps entry"), c.getMessage());
        }
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private String refusal(Path descriptor) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parser.parse(descriptor));
        assertTrue(e.getMessage().contains(descriptor.toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aDescriptorThatIsNoRegularFileIsRefusedWithWhatItIs() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("a/service.yaml"));
        assertTrue(refusal(directory).contains("is a directory"));
        Path dangling = Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("nothing-here"));
        assertTrue(refusal(dangling).contains("a dangling symbolic link"));
        Path device = Files.createSymbolicLink(dir.resolve("c.yaml"), Path.of("/dev/null"));
        assertTrue(refusal(device).contains("not a regular file"), "a link to a device is never read");
        Path fifo = dir.resolve("d.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available: the FIFO case is skipped");
        assertTrue(refusal(fifo).contains("FIFO"), "a FIFO is refused without blocking on it");
    }

    @Test
    void aHugeDescriptorIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // 3 GB, sparse: reading it would exhaust the heap
        }
        String message = refusal(huge);
        assertTrue(message.contains("3221225472 bytes") && message.contains("a few dozen lines"), message);
    }

    @Test
    void aNumberWithALeadingZeroIsRefused() {
        Problem p = failure("ports: [{name: http, port: 017620}]\n");
        assertTrue(p.message().contains("017620 has a leading zero"), p.message());
    }

    @Test
    void manyAliasesThatStandForLittleAreAccepted() throws Exception {
        StringBuilder yaml = new StringBuilder("egress:\n  - &e {cidr: 10.0.0.0/8, ports: [443]}\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  - *e\n"); // more than the 20 aliases once refused by count
        }
        assertEquals(31, parse(yaml.toString()).egress().size());
    }

    @Test
    void anAliasInsideWhatItNamesIsRefusedAtItsLine() {
        Problem p = failure("labels: &l\n  app: x\n  more: *l\n");
        assertEquals(3, p.line());
        assertTrue(p.message().contains("alias *l names a collection it is part of"), p.message());
    }

    @Test
    void limitsWithoutAParserPositionStillNameALine() {
        Problem aliases = failure(YamlBombs.laughs());
        assertTrue(aliases.message().contains("the YAML aliases up to *l9 stand for more than 200000 values once"
                + " expanded"), aliases.message());
        assertEquals(11, aliases.line(), "the line of the alias that passes the bound");

        StringBuilder deep = new StringBuilder("labels:\n");
        String indent = "  ";
        for (int i = 0; i < 25; i++) {
            deep.append(indent).append("k").append(i).append(":\n");
            indent += "  ";
        }
        deep.append(indent).append("v\n");
        Problem nesting = failure(deep.toString());
        assertTrue(nesting.line() > 1, "a line for the nesting limit: " + nesting);
    }

    @Test
    void aTypedLabelValueIsOneProblemNotAlsoAnEmptyLabelSet() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("labels: {tier: 1}\n"));
        assertFalse(e.getMessage().contains("labels is empty"), e.getMessage());
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void portsTakeTheShorthandNumberAndPeersNameOrNumber() throws Exception {
        ServiceDescriptor d = parse("ports: [{name: http, port: 8080}, 9093]\npeers: [http, 9093]\n"
                + "egress: [{cidr: 0.0.0.0/0, ports: [443]}]\n");
        assertEquals(List.of(new PortSpec("http", 8080, "TCP"), new PortSpec(null, 9093, "TCP")), d.ports());
        assertEquals(List.of(new PortSpec(null, 443, "TCP")), d.egress().get(0).ports());
        assertEquals(List.of(new PortRef("http", null), new PortRef(null, 9093)), d.peers());
        assertTrue(failure("egress: [{cidr: 0.0.0.0/0, ports: [443, 443]}]\n").message().contains("listed twice"));
    }

    @Test
    void platformInfrastructureHasRolesThatMountNoToken() throws Exception {
        for (String role : List.of("gateway", "config-server", "registry", "broker")) {
            ServiceDescriptor d = parse("role: " + role + "\n");
            assertEquals(role, d.role().id());
            assertFalse(d.role().mountsTokenByDefault(), role);
        }
        assertTrue(failure("role: config_server\n").message().contains("did you mean 'config-server'"));
    }

    @Test
    void callsAndCallersInOtherNamespacesNameTheNamespaceAndTheServiceOrLabels() throws Exception {
        ServiceDescriptor d = parse("ports: [{name: http, port: 8080}, {name: metrics, port: 9100}]\n"
                + "calls:\n  - {service: my-cluster-kafka-bootstrap, namespace: kafka, port: 9092}\n"
                + "  - {namespace: db, labels: {cnpg.io/cluster: main}, port: 5432}\n"
                + "ingress:\n  from:\n    - gateway\n    - {namespace: monitoring, labels: {app.kubernetes.io/name: prometheus},"
                + " port: metrics}\n    - {namespace: ingress-nginx}\n");
        assertEquals(new OutsidePeer("kafka", "my-cluster-kafka-bootstrap", Map.of(), new PortRef(null, 9092), 3),
                d.calls().get(0).outside());
        assertEquals("db/{cnpg.io/cluster=main}", d.calls().get(1).outside().display());
        assertEquals(List.of("gateway"), d.ingress().from().stream().map(NamedRef::name).toList());
        assertEquals(List.of("monitoring/{app.kubernetes.io/name=prometheus}", "ingress-nginx/*"),
                d.ingress().fromOutside().stream().map(OutsidePeer::display).toList());
        assertEquals(new PortRef("metrics", null), d.ingress().fromOutside().get(0).port());
        assertNull(d.ingress().fromOutside().get(1).port(), "no port: every port of the service");

        String errors = assertThrows(InvalidInputException.class, () -> parse("calls:\n"
                + "  - {service: kafka, namespace: kafka}\n"
                + "  - {namespace: db, port: 5432}\n"
                + "  - {service: x, namespace: Bad_NS, port: 1}\n"
                + "  - {service: x, namespace: other, port: http}\n"
                + "  - {service: x, labels: {a: b}}\n"
                + "ingress:\n  from: [{service: gateway}]\n")).getMessage();
        assertTrue(errors.contains(":2: an entry of calls in namespace kafka has no 'port'"), errors);
        assertTrue(errors.contains(":3: an entry of calls in namespace db names neither 'service' nor 'labels'"), errors);
        assertTrue(errors.contains(":4: namespace 'Bad_NS' is not a DNS-1123 label"), errors);
        assertTrue(errors.contains(":5: port 'http' is a name; a call into namespace other gives the port number"), errors);
        assertTrue(errors.contains(":6: labels in calls name pods of another namespace"), errors);
        assertTrue(errors.contains(":8: an entry of ingress.from is a service name, or pods of another namespace"), errors);
    }

    @Test
    void aSecretThatNeverChangesIsImmutableAndCannotBeWatched() throws Exception {
        ServiceDescriptor d = parse("secrets: [db, {name: tls, immutable: true}]\n");
        assertEquals(List.of(false, true), d.secrets().stream().map(ObjectAccess::immutable).toList());
        String e = assertThrows(InvalidInputException.class,
                () -> parse("secrets: [{name: tls, immutable: true, watch: true}]\n")).getMessage();
        assertTrue(e.contains(":1: secrets entry 'tls' is immutable and watched"), e);
    }
}
