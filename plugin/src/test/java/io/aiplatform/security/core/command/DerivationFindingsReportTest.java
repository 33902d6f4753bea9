package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.EncryptionKey;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the derivation could not decide (here a typo'd host) in every report, under failOn and suppress. */
class DerivationFindingsReportTest {

    @TempDir
    Path dir;

    /** A key of the right length, so that the only warning is the derivation's. */
    private static final String KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    private static final String WEB = "role: api\nports: [{name: http, port: 8080}]\n";

    /** The platform: web's configuration names ordrs, a typo of the service orders. */
    private ValidationReport validate(String webDescriptor, FailOn failOn) throws Exception {
        Fixtures fixtures = new Fixtures(dir).service("web", webDescriptor)
                .service("orders", "role: api\nports: [{name: http, port: 8081}]\n");
        Path config = dir.resolve("web/src/main/resources/application.yml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "server.port: 8080\norders.url: http://ordrs:8081/orders\n");
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Path out = dir.resolve("target/ai-security");
        EncryptionKey key = EncryptionKey.of(KEY, "a test key", EncryptionProvider.SECRETBOX);
        new OutputWriter().write(out, new SecurityLayerGenerator(new PlatformSettings("shop", "shop", true, true, Map.of()),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", key, null, null, null))
                .generate(fixtures.graph()));
        return new ValidateCommand().run(ValidateRequest.builder(dir, out).modules(fixtures.modules()).namespace("shop")
                .failOn(failOn).build());
    }

    private SortedMap<String, String> reports(ValidationReport report) {
        return new ReportWriter("1.0.0", dir).render(report, dir.resolve("target/ai-security"));
    }

    private static final String MESSAGE = "web/src/main/resources/application.yml:2 orders.url names host 'ordrs',"
            + " which is no service of the platform; if it is outside, declare it under 'egress:'";

    private static final String REMEDY = "correct the host to a service's name (or <service>.<namespace>.svc); if it"
            + " is outside the platform, declare it under 'egress:' in the service's descriptor";

    @Test
    void aTypodHostIsAWarningThatFailsTheBuildAtFailOnWarningOnly() throws Exception {
        ValidationReport atWarning = validate(WEB, FailOn.WARNING);
        assertEquals(1, atWarning.failures().size(), atWarning.failures().toString());
        assertEquals("web/src/main/resources/application.yml:2: warning DERIVE-UNKNOWN-HOST service web: " + MESSAGE,
                atWarning.failures().get(0).describe());
        ValidationReport atError = validate(WEB, FailOn.ERROR);
        assertEquals(false, atError.failed(), atError.findings().toString());
        assertEquals(1, atError.findings().stream().filter(f -> f.ruleId().equals("DERIVE-UNKNOWN-HOST")).count());
    }

    @Test
    void theServicesDescriptorSuppressesItWithItsReason() throws Exception {
        // a Role (for the Secret) carries the descriptor's other suppressions as its annotation
        ValidationReport report = validate(WEB + "secrets: [web-db]\nautomountServiceAccountToken: false\n"
                + "suppress: {DERIVE-UNKNOWN-HOST: ordrs is the partner's host, RBAC-ROLE-UNBOUND: kept for the test}\n",
                FailOn.WARNING);
        assertEquals(false, report.failed(), report.findings().toString());
        assertEquals(0, report.findings().stream().filter(f -> f.ruleId().startsWith("DERIVE-")).count());
        assertEquals(1, report.suppressions().size(), report.suppressions().toString());
        assertEquals("DERIVE-UNKNOWN-HOST service web web/src/main/ai-security/service.yaml ordrs is the partner's host",
                report.suppressions().stream().map(s -> s.ruleId() + " " + s.object() + " " + s.file() + " " + s.reason())
                        .findFirst().orElseThrow());
        String md = reports(report).get("connectivity.md");
        assertEquals("## What the derivation could not decide\n\n- suppressed **DERIVE-UNKNOWN-HOST** for service web"
                + " (web/src/main/ai-security/service.yaml): ordrs is the partner's host\n", section(md));
        String role = Files.readString(dir.resolve("target/ai-security/manifests/services/web/role.yaml"));
        assertEquals(true, role.contains("ai-security.io/suppress: 'RBAC-ROLE-UNBOUND: kept for the test'"), role);
        assertEquals(false, role.contains("DERIVE-"), "a derivation rule concerns no generated object: " + role);
    }

    @Test
    void sarifLocatesItAtItsEvidenceAndLinksTheRulesDocumentation() throws Exception {
        JsonNode run = new ObjectMapper().readTree(reports(validate(WEB, FailOn.WARNING)).get("results.sarif"))
                .path("runs").get(0);
        String site = "https://aiplatform.github.io/ai-security-maven-plugin/ai-security-maven-plugin";
        assertEquals(site, run.at("/tool/driver/informationUri").asText());
        JsonNode result = null;
        for (JsonNode r : run.path("results")) {
            if (r.path("ruleId").asText().startsWith("DERIVE-")) {
                assertEquals(null, result, "one derivation result");
                result = r;
            }
        }
        assertEquals("{\"ruleId\":\"DERIVE-UNKNOWN-HOST\",\"ruleIndex\":" + result.path("ruleIndex").asInt()
                + ",\"level\":\"warning\",\"message\":{\"text\":\"service web: " + MESSAGE
                + " Remediation: " + REMEDY + "\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":"
                + "{\"uri\":\"web/src/main/resources/application.yml\"},\"region\":{\"startLine\":2}}}]}", result.toString());
        JsonNode rule = run.at("/tool/driver/rules/" + result.path("ruleIndex").asInt());
        assertEquals("DERIVE-UNKNOWN-HOST", rule.path("id").asText());
        assertEquals(site + "/rules.html#derive-unknown-host", rule.path("helpUri").asText());
        assertEquals("Host that names no service of the platform.", rule.at("/fullDescription/text").asText());
        assertEquals("Remediation: " + REMEDY, rule.at("/help/text").asText());
        assertEquals("[\"security\",\"kubernetes\",\"derivation\",\"derive\"]", rule.at("/properties/tags").toString());
        for (JsonNode any : run.at("/tool/driver/rules")) {
            assertEquals(site + "/rules.html#" + any.path("id").asText().toLowerCase(java.util.Locale.ROOT),
                    any.path("helpUri").asText(), "every rule links its anchor on the rules page");
        }
    }

    @Test
    void junitFailsItAtFailOnWarningAndListsItAsSkippedBelow() throws Exception {
        String failing = reports(validate(WEB, FailOn.WARNING)).get("junit.xml");
        String detail = "web/src/main/resources/application.yml:2: warning DERIVE-UNKNOWN-HOST service web: "
                + xml(MESSAGE) + "\nRemediation: " + xml(REMEDY);
        assertContains(failing, "    <testcase classname=\"ai-security.DERIVE-UNKNOWN-HOST\" name=\"service web\" time=\"0\">\n"
                + "      <failure type=\"warning\" message=\"" + xml(MESSAGE) + "\">" + detail + "</failure>\n"
                + "    </testcase>\n");
        assertContains(failing, "    <testcase classname=\"ai-security.DERIVE-PORT-UNKNOWN\" name=\"all objects\" time=\"0\"/>\n");
        String skipped = reports(validate(WEB, FailOn.ERROR)).get("junit.xml");
        assertContains(skipped, "    <testcase classname=\"ai-security.DERIVE-UNKNOWN-HOST\" name=\"service web\" time=\"0\">\n"
                + "      <skipped message=\"warning: " + xml(MESSAGE) + "\"/>\n"
                + "      <system-out>" + detail + "</system-out>\n    </testcase>\n");
    }

    @Test
    void connectivityMarkdownListsItWithItsRemedy() throws Exception {
        String md = reports(validate(WEB, FailOn.WARNING)).get("connectivity.md");
        assertEquals("## What the derivation could not decide\n\n- **DERIVE-UNKNOWN-HOST** (warning)"
                + " `web/src/main/resources/application.yml:2`, service web: " + MESSAGE + " Remedy: " + REMEDY + "\n",
                section(md));
    }

    @Test
    void validationJsonCountsItInTheDerivationStage() throws Exception {
        JsonNode json = new ObjectMapper().readTree(reports(validate(WEB, FailOn.WARNING)).get("validation.json"));
        assertEquals("{\"error\":0,\"warning\":1,\"info\":0}", json.at("/summary/stages/derivation").toString());
        assertEquals("{\"rule\":\"DERIVE-UNKNOWN-HOST\",\"severity\":\"warning\",\"stage\":\"derivation\",\"file\":"
                + "\"web/src/main/resources/application.yml\",\"line\":2,\"object\":\"service web\",\"message\":\""
                + MESSAGE + "\",\"remediation\":\"" + REMEDY + "\",\"reference\":null}", json.at("/findings/0").toString());
    }

    private static String section(String md) {
        int at = md.indexOf("## What the derivation could not decide");
        return at < 0 ? md : md.substring(at);
    }

    private static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("expected\n" + part + "\nin\n" + text);
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
