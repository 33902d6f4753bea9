package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate-security's diff: against the GitOps copy it keeps the report generate-security wrote for the same layer
 * (generate has since published it, so comparing again would show nothing), and compares again once the layer changed.
 */
class LayerDiffStepTest {

    @TempDir
    Path dir;

    private static String egress(String port) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web, namespace: shop}\n"
                + "spec:\n  podSelector: {matchLabels: {app.kubernetes.io/name: web}}\n  policyTypes: [Egress]\n"
                + "  egress:\n    - to: [{podSelector: {matchLabels: {app.kubernetes.io/name: api}}}]\n"
                + "      ports: [{port: " + port + "}]\n";
    }

    private Optional<LayerDiffStep.Outcome> validated(Path out, Path gitops) throws Exception {
        ValidateRequest request = ValidateRequest.builder(dir, out).namespace("shop").build();
        ValidationReport report = new ValidationReport(List.of(), List.of(), List.of(), 0, "none", List.of(), Map.of(),
                null, FailOn.ERROR, Map.of());
        return LayerDiffStep.validated(request, report, new DiffSettings(gitops, null, null, false));
    }

    @Test
    void theReportOfTheSameLayerAgainstTheGitOpsCopyIsKeptAndAChangedLayerComparedAgain() throws Exception {
        Path out = dir.resolve("target/ai-security");
        Path gitops = dir.resolve("deploy/security");
        Files.createDirectories(out.resolve("manifests"));
        Files.createDirectories(gitops);
        Files.writeString(out.resolve("manifests/web.yaml"), egress("8081"));
        Files.writeString(gitops.resolve("web.yaml"), egress("8080"));
        LayerDiffStep.Outcome first = validated(out, gitops).orElseThrow();
        assertEquals(List.of("web → api : TCP 8081"), first.widenings());
        LayerDiffStep.write(out, first);
        // generate published the layer into the copy: the report of the change stays
        Files.writeString(gitops.resolve("web.yaml"), egress("8081"));
        LayerDiffStep.Outcome kept = validated(out, gitops).orElseThrow();
        assertEquals(first.markdown(), kept.markdown());
        assertEquals(first.widenings(), kept.widenings());
        // another layer: compared again, with the copy as it is now
        Files.writeString(out.resolve("manifests/web.yaml"), egress("8081") + "---\n" + egress("8081").replace("name: web,",
                "name: web-again,"));
        LayerDiffStep.Outcome again = validated(out, gitops).orElseThrow();
        assertEquals(List.of(), again.widenings());
        assertTrue(again.markdown().contains("\nNo change in what is allowed.\n"), again.markdown());
    }

    @Test
    void noBaseAndNoLayerMeanNoDiff() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(Optional.empty(), validated(out, dir.resolve("deploy/security")));
        Files.createDirectories(out.resolve("manifests"));
        assertEquals(Optional.empty(), validated(out, null));
        assertEquals(Optional.empty(), validated(out, dir.resolve("not-published-yet")));
    }
}
