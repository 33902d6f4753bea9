package io.aiplatform.security.core.validate.rules;

import static io.aiplatform.security.core.validate.rules.Maps.list;
import static io.aiplatform.security.core.validate.rules.Maps.map;
import static io.aiplatform.security.core.validate.rules.Maps.strings;

import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The logic of the audit policy rules. The API server takes the first rule that matches a request,
 * so the rules are walked in order for requests on Secrets: a rule limited to some users, verbs,
 * namespaces or names matches only some of them, and the walk goes on; the first rule without such
 * limits ends it.
 */
final class AuditChecks {

    private static final Set<String> BODY_LEVELS = Set.of("Request", "RequestResponse");

    private AuditChecks() {
    }

    /** What the walk over the rules found for Secrets. */
    private record SecretsCoverage(List<String> bodiesLogged, String firstFull, boolean anyMatch) {
    }

    static List<Manifest> policies(ValidationContext c) {
        return c.manifests().stream()
                .filter(m -> "Policy".equals(m.kind()) && "audit.k8s.io/v1".equals(m.apiVersion())).toList();
    }

    private static SecretsCoverage secrets(Manifest policy) {
        List<String> logged = new ArrayList<>();
        List<Object> rules = list(policy.content().get("rules"));
        boolean any = false;
        for (int i = 0; i < rules.size(); i++) {
            Map<String, Object> rule = map(rules.get(i));
            if (!matchesSecrets(rule)) {
                continue;
            }
            any = true;
            String level = String.valueOf(rule.get("level"));
            String where = "rules[" + i + "] (level " + level + ")";
            if (BODY_LEVELS.contains(level)) {
                logged.add(where);
            }
            if (unconditional(rule)) {
                return new SecretsCoverage(logged, where, true);
            }
        }
        return new SecretsCoverage(logged, null, any);
    }

    private static boolean matchesSecrets(Map<String, Object> rule) {
        if (!rule.containsKey("resources")) {
            return !rule.containsKey("nonResourceURLs"); // a rule without resources matches every resource request
        }
        for (Object g : list(rule.get("resources"))) {
            Map<String, Object> group = map(g);
            Object name = group.get("group");
            boolean core = name == null || "".equals(name) || "*".equals(name);
            List<String> resources = strings(group.get("resources"));
            if (core && (resources.isEmpty() || resources.contains("secrets") || resources.contains("*"))) {
                return true;
            }
        }
        return false;
    }

    /** A rule that matches every request on Secrets, not only some users', verbs', namespaces' or names'. */
    private static boolean unconditional(Map<String, Object> rule) {
        for (String key : List.of("users", "userGroups", "verbs", "namespaces")) {
            if (!strings(rule.get(key)).isEmpty()) {
                return false;
            }
        }
        for (Object g : list(rule.get("resources"))) {
            if (!strings(map(g).get("resourceNames")).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static List<Hit> secretsLogged(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : policies(c)) {
            for (String where : secrets(m).bodiesLogged()) {
                hits.add(Hit.on(m, where + " logs the bodies of requests on Secrets: their values reach the audit log"));
            }
        }
        return hits;
    }

    static List<Hit> secretsUnaudited(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : policies(c)) {
            SecretsCoverage s = secrets(m);
            if (!s.anyMatch()) {
                hits.add(Hit.on(m, "no rule matches Secrets: nobody's reads or changes of a Secret are audited"));
            } else if (s.firstFull() != null && s.firstFull().endsWith("(level None)")) {
                hits.add(Hit.on(m, s.firstFull() + " drops requests on Secrets: reads and changes are not audited"));
            }
        }
        return hits;
    }
}
