package io.aiplatform.security.core.rotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.io.GeneratedHeader;
import io.aiplatform.security.core.io.KeyMetadata;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.support.EncryptionProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a plan: PLAN.md and plan.json (no key material), one owner-only
 * EncryptionConfiguration per step that installs one (headed by the generated-file comment), and the updated
 * key metadata (which keeps its own header: it is committed and kept up to date by hand between plans).
 */
public final class PlanWriter {

    private final GeneratedHeader header;

    public PlanWriter(GeneratedHeader header) {
        this.header = header;
    }

    public List<GeneratedFile> files(RotationPlan plan, KeyMetadata metadata, List<String> ages) {
        List<GeneratedFile> files = new ArrayList<>();
        ManifestSerializer serializer = new ManifestSerializer();
        for (RotationStep step : plan.steps()) {
            if (step.fileName() != null) {
                files.add(new GeneratedFile("rotation/" + step.fileName(),
                        serializer.toYaml(plan.configurationOf(step).toMap(), header), true));
            }
        }
        files.add(new GeneratedFile("rotation/PLAN.md", markdown(plan, ages), false));
        files.add(new GeneratedFile("rotation/plan.json", json(plan), false));
        files.add(new GeneratedFile("rotation/key-metadata.yaml", metadata.toYaml(), false));
        return files;
    }

    /** Providers by type and key names only: what plan.json and PLAN.md say about a configuration. */
    static String describe(List<ProviderConfig> providers) {
        List<String> parts = new ArrayList<>();
        for (ProviderConfig p : providers) {
            if (p.isIdentity()) {
                parts.add(EncryptionProvider.IDENTITY.id());
            } else if (p.isKms()) {
                parts.add("kms v2 (" + p.kms().get("name") + ")");
            } else {
                parts.add(p.type() + " [" + String.join(", ", p.keys().stream().map(EncryptionKeyEntry::name).toList()) + "]");
            }
        }
        return String.join(" → ", parts);
    }

    private static String markdown(RotationPlan plan, List<String> ages) {
        StringBuilder sb = new StringBuilder("# Secrets encryption key rotation plan\n\n");
        sb.append("- Resources: ").append(plan.document().rotatedBlock().resources()).append('\n');
        sb.append("- From: ").append(describe(plan.current())).append('\n');
        sb.append("- To: ").append(plan.toProvider()).append(plan.newKey() == null ? "" : " with the new key `"
                + plan.newKey().name() + "`").append('\n');
        sb.append("- API servers: ").append(plan.apiServers()).append('\n');
        ages.forEach(a -> sb.append("- ").append(a).append('\n'));
        plan.notes().forEach(n -> sb.append("- Note: ").append(n).append('\n'));
        sb.append("\nDo the steps in order and finish each on every API server before the next. The `step-NN-*.yaml`"
                + " files hold key material: they are owner-only, never commit them, and delete them when done.\n");
        for (RotationStep step : plan.steps()) {
            sb.append("\n## ").append(step.number()).append(". ").append(step.title()).append("\n\n").append(step.why()).append("\n\n");
            if (step.fileName() != null) {
                sb.append("Install `").append(step.fileName()).append("` (providers: ").append(describe(step.providers()))
                        .append(") as `").append(RotationPlanner.TARGET).append("`, one API server at a time:\n\n");
            }
            sb.append("```sh\n");
            step.commands().forEach(c -> sb.append(c).append('\n'));
            sb.append("```\n\nVerify:\n\n");
            step.checks().forEach(c -> sb.append("- ").append(c).append('\n'));
            sb.append("\nRoll back:\n\n");
            step.rollback().forEach(c -> sb.append("- ").append(c).append('\n'));
        }
        sb.append("\n## Afterwards\n\nCopy `key-metadata.yaml` over the recorded key metadata and commit it, so that the"
                + " next build knows the new key's age. Delete the `step-*.yaml` files.\n");
        return sb.toString();
    }

    private static String json(RotationPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", plan.fromProvider());
        root.put("to", plan.toProvider());
        root.put("apiServers", plan.apiServers());
        root.put("newKeyName", plan.newKey() == null ? null : plan.newKey().name());
        root.put("resources", plan.document().rotatedBlock().resources());
        root.put("current", describe(plan.current()));
        List<Map<String, Object>> untouched = new ArrayList<>();
        for (ResourceBlock b : plan.document().untouched()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("resources", b.resources());
            m.put("providers", describe(b.providers()));
            untouched.add(m);
        }
        root.put("untouched", untouched);
        root.put("notes", plan.notes());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (RotationStep s : plan.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", s.number());
            m.put("id", s.slug());
            m.put("title", s.title());
            m.put("file", s.fileName());
            m.put("providers", s.providers() == null ? null : describe(s.providers()));
            m.put("commands", s.commands());
            m.put("checks", s.checks());
            m.put("rollback", s.rollback());
            steps.add(m);
        }
        root.put("steps", steps);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
