package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.rules.RuleDescription;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code junit.xml} in the common JUnit XML format that CI test views read: one test suite, a test
 * case per rule without findings ("all objects") and per finding. A finding at or above
 * {@code failOn} is a {@code <failure>}; one below it (a warning when only errors fail) is a
 * {@code <skipped>} case with the finding as its message, which CI views list, where a passing
 * case's output stays hidden. Every {@code time} is 0: the file is byte-for-byte deterministic
 * (stage times are in the debug log).
 */
final class JunitReport {

    private JunitReport() {
    }

    static String render(ValidationReport r) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        r.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        List<String> ruleIds = new ArrayList<>(RuleRegistry.documented().stream().map(RuleDescription::id).toList());
        byRule.keySet().stream().filter(id -> !ruleIds.contains(id)).forEach(ruleIds::add);
        StringBuilder body = new StringBuilder();
        int failures = 0;
        int skipped = 0;
        int tests = 0;
        for (String id : ruleIds) {
            List<Finding> fs = byRule.getOrDefault(id, List.of());
            String classname = "ai-security." + id;
            if (fs.isEmpty()) {
                tests++;
                body.append("    <testcase classname=\"").append(xml(classname)).append("\" name=\"all objects\" time=\"0\"/>\n");
                continue;
            }
            for (Finding f : fs) {
                tests++;
                body.append("    <testcase classname=\"").append(xml(classname)).append("\" name=\"")
                        .append(xml(f.object() == null ? String.valueOf(f.file()) : f.object())).append("\" time=\"0\">\n");
                String detail = xml(f.describe() + "\nRemediation: " + f.remediation());
                if (f.severity().failsAt(r.failOn())) {
                    failures++;
                    body.append("      <failure type=\"").append(xml(f.severity().id())).append("\" message=\"")
                            .append(xml(f.message())).append("\">").append(detail).append("</failure>\n");
                } else {
                    skipped++;
                    body.append("      <skipped message=\"").append(xml(f.severity().id() + ": " + f.message()))
                            .append("\"/>\n");
                    body.append("      <system-out>").append(detail).append("</system-out>\n");
                }
                body.append("    </testcase>\n");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ai-security\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\" time=\"0\">\n"
                + "  <testsuite name=\"ai-security validate-security\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"" + skipped + "\" time=\"0\">\n" + body + "  </testsuite>\n</testsuites>\n";
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
