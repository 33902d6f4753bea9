package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.validate.report.ReportWriter;
import io.aiplatform.security.core.validate.rules.Rule;
import io.aiplatform.security.core.validate.rules.RuleDescription;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * compliance.md counts each rule's findings under the controls the rule's reference cites, and
 * nowhere else: what a finding says it is evidence for is what the report shows failing.
 */
class ComplianceFromRulesTest {

    @TempDir
    Path dir;

    /** The rows of compliance.md: control id to the whole row. */
    private Map<String, String> rows(List<Finding> findings, List<Manifest> manifests) {
        ValidationReport report = new ValidationReport(findings, List.of(), manifests, manifests.size(), "none",
                List.of(), Map.of(), null, FailOn.ERROR, Map.of());
        String md = new ReportWriter("1.0.0", dir).render(report, dir.resolve("out")).get("compliance.md");
        Map<String, String> rows = new LinkedHashMap<>();
        md.lines().filter(l -> l.startsWith("| CIS ") || l.startsWith("| Guide: "))
                .forEach(l -> rows.put(l.substring(2, l.indexOf(" |", 2)), l));
        return rows;
    }

    /** The parts of a reference that name a compliance control ("CIS ..." or "Guide: ..."). */
    private static List<String> controlsCited(String reference) {
        if (reference == null) {
            return List.of();
        }
        return Arrays.stream(reference.split("; ")).filter(p -> p.startsWith("CIS ") || p.startsWith("Guide: ")).toList();
    }

    @Test
    void everyControlARuleCitesIsARowOfTheReport() {
        Map<String, String> rows = rows(List.of(), List.of());
        for (RuleDescription d : RuleRegistry.documented()) {
            for (String control : controlsCited(d.reference())) {
                assertTrue(rows.containsKey(control), d.id() + " cites " + control + ", which compliance.md does not list: "
                        + rows.keySet());
            }
        }
    }

    @Test
    void everyRowIsCitedByARuleOrIsOneOfTheNamedNonRuleChecks() {
        List<String> cited = RuleRegistry.documented().stream().flatMap(d -> controlsCited(d.reference()).stream()).toList();
        Map<String, String> rows = rows(List.of(), List.of());
        for (Map.Entry<String, String> row : rows.entrySet()) {
            boolean nonRule = row.getValue().contains("evidence lies outside the layer")
                    || row.getValue().contains("key-metadata.yaml");
            assertTrue(cited.contains(row.getKey()) != nonRule, row.getKey() + " must be cited by a rule or be a named"
                    + " check other than a rule, not both or neither: " + row.getValue());
        }
        assertEquals(List.of("CIS 1.2.29", "CIS 5.7.1", "Guide: key rotation", "Guide: image scanning"),
                rows.keySet().stream().filter(id -> !cited.contains(id)).toList(), "the controls no rule decides");
    }

    @Test
    void withoutFindingsNoControlFails() {
        rows(List.of(), List.of()).values().forEach(row -> assertFalse(row.contains("**fail**"), row));
    }

    @TestFactory
    Stream<DynamicTest> aFindingOfARuleFailsEveryControlItCitesAndNoOther() throws Exception {
        Path fixtures = RuleRegistryTest.fixtures();
        return RuleRegistry.all().stream().filter(r -> Files.exists(fixtures.resolve(r.id()).resolve("fires.yaml")))
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
                    Path file = fixtures.resolve(rule.id()).resolve("fires.yaml");
                    List<Finding> findings = RuleRegistryTest.run(rule, file, null);
                    assertFalse(findings.isEmpty(), rule.id() + " did not fire");
                    List<Manifest> manifests = new ManifestLoader(file.getParent()).load(List.of(file)).manifests();
                    Map<String, String> rows = rows(findings, manifests);
                    List<String> cited = controlsCited(rule.reference());
                    for (Map.Entry<String, String> row : rows.entrySet()) {
                        boolean counted = row.getValue().contains("**fail**") && row.getValue().contains(rule.id() + " ");
                        assertEquals(cited.contains(row.getKey()), counted, rule.id() + " cites " + cited + "; row: "
                                + row.getValue());
                    }
                }));
    }

    @Test
    void theDefaultNamespaceControlIsDecidedByTheRuleNamespaceDefault() throws Exception {
        Rule rule = RuleRegistry.byId("NAMESPACE-DEFAULT").orElseThrow();
        Path file = dir.resolve("cm.yaml");
        Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: default}\n");
        List<Manifest> manifests = new ManifestLoader(dir).load(List.of(file)).manifests();
        List<Finding> findings = rule.evaluate(new ValidationContext(manifests, null, "app", Map.of(), false));
        assertTrue(rows(findings, manifests).get("CIS 5.7.4").contains("**fail**"));
        assertTrue(rows(List.of(), manifests).get("CIS 5.7.4").contains("**pass**"), "suppressed or disabled, the rule"
                + " decides, not a second look at the namespaces");
    }

    @Test
    void podControlsAreNotCheckedWithoutAWorkloadAndDecidedByTheirRulesWithOne() throws Exception {
        List<String> podControls = List.of("CIS 5.2.3-5.2.5", "CIS 5.2.6", "CIS 5.2.7", "CIS 5.2.8-5.2.10", "CIS 5.2.12",
                "CIS 5.4.1", "CIS 5.7.2", "CIS 5.7.3", "Guide: container security");
        Path file = dir.resolve("cm.yaml");
        Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: app}\n");
        Map<String, String> none = rows(List.of(), new ManifestLoader(dir).load(List.of(file)).manifests());
        for (String control : podControls) {
            assertTrue(none.get(control).contains("**not checked**") && none.get(control).contains("no workload"),
                    none.get(control));
        }
        Path pod = dir.resolve("job.yaml");
        Files.writeString(pod, "apiVersion: batch/v1\nkind: Job\nmetadata: {name: once, namespace: app}\n"
                + "spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}\n");
        List<Manifest> manifests = new ManifestLoader(dir).load(List.of(pod)).manifests();
        Map<String, String> one = rows(List.of(), manifests);
        for (String control : podControls) {
            assertTrue(one.get(control).contains("**pass**") && one.get(control).contains("on 1 workload object(s)"),
                    one.get(control));
        }
        assertTrue(none.get("CIS 1.2.29").contains("**not checked**"), "other controls keep their own evidence");
    }
}
