package io.aiplatform.security.core.io;

import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.convention.OutputFolders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells, for a folder without an {@link OwnershipRecord} (written by an earlier plugin version), which
 * of its files the plugin generates: a file carrying the label {@code app.kubernetes.io/managed-by:
 * ai-security-maven-plugin} as the generator writes it, or one with a file name of the layer
 * ({@code kustomization.yaml}, {@code encryption-config.yaml}, a chart's {@code Chart.yaml}, a report).
 */
final class LayerFiles {

    /** What a file found in a folder without a record is to the plugin. */
    enum Verdict {
        /** The plugin generates it: adopted into the record. */
        GENERATED,
        /** Never replaced nor removed by the plugin (a README beside the GitOps copy, the plugin's own bookkeeping). */
        LEFT_ALONE,
        /** Someone else's: the folder is not adopted. */
        FOREIGN
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?m)^\\s*[\"']?" + Pattern.quote(Labels.MANAGED_BY) + "[\"']?\\s*:\\s*[\"']?"
                    + Pattern.quote(Labels.MANAGED_BY_PLUGIN) + "[\"']?\\s*$");
    private static final Pattern ROTATION_STEP = Pattern.compile("step-[0-9]{2}-[a-z0-9-]+\\.yaml");
    private static final Set<String> NAMES = Set.of("kustomization.yaml", "network-policy.yaml", "namespace.yaml",
            "encryption-config.yaml", "audit-policy.yaml", "Chart.yaml", "values.yaml", "values.schema.json",
            "NOTES.txt", "_helpers.tpl", "verify.sh", "checks.tsv", "validation.json", "junit.xml", "results.sarif",
            "connlist.txt", "connectivity.md", "connectivity.dot", "rbac.md", "compliance.md", "compliance.json",
            "PLAN.md", "plan.json", "key-metadata.yaml");
    /** The top folders of the output folder that the plugin writes. */
    static final Set<String> OUTPUT_FOLDERS = Set.copyOf(OutputFolders.ALL);
    /** Files the plugin keeps at the top of the output folder for itself (locks, stamps, the journal, temporaries). */
    private static final Set<String> BOOKKEEPING = Set.of(".lock", ".generate.stamp", ".validate.stamp",
            OutputWriter.JOURNAL, OutputWriter.JOURNAL + ".tmp", OwnershipRecord.FILE + ".tmp",
            io.aiplatform.security.core.convention.OutputFolders.INTENTS);
    /** A stamp's temporary file (RunStamp), left by a run cut off while writing it. */
    private static final Pattern STAMP_TEMPORARY = Pattern.compile("\\.(stamp|intents)-[0-9]+\\.tmp");
    private static final Pattern LEFTOVER = Pattern.compile("\\.staging-[^/]*|\\.[a-z-]+\\.old(-[0-9]+)?");
    private static final int MAX_LABEL_READ = 1024 * 1024;

    private LayerFiles() {
    }

    /** A file of the GitOps copy ({@code path} inside it): only YAML is the plugin's business there. */
    static Verdict inGitOpsCopy(Path file, String path) throws IOException {
        if (!isYaml(path)) {
            return Verdict.LEFT_ALONE;
        }
        return generated(file, path) ? Verdict.GENERATED : Verdict.FOREIGN;
    }

    /** A file of the output folder ({@code path} inside it). */
    static Verdict inOutput(Path file, String path) throws IOException {
        int slash = path.indexOf('/');
        String top = slash < 0 ? path : path.substring(0, slash);
        if (slash < 0) {
            return BOOKKEEPING.contains(path) || STAMP_TEMPORARY.matcher(path).matches() ? Verdict.LEFT_ALONE
                    : Verdict.FOREIGN;
        }
        if (isLeftover(top)) {
            return Verdict.LEFT_ALONE; // removed by the writer's clean-up
        }
        return OUTPUT_FOLDERS.contains(top) && generated(file, path) ? Verdict.GENERATED : Verdict.FOREIGN;
    }

    /** A staging folder or a replaced folder the writer left behind and removes on its next run. */
    static boolean isLeftover(String name) {
        return LEFTOVER.matcher(name).matches();
    }

    private static boolean generated(Path file, String path) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (NAMES.contains(name) || ROTATION_STEP.matcher(name).matches()) {
            return true;
        }
        return isYaml(name) && LABEL.matcher(head(file)).find();
    }

    private static boolean isYaml(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    /** The first {@link #MAX_LABEL_READ} bytes of the file as text: enough for the labels of a generated object. */
    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_LABEL_READ), StandardCharsets.UTF_8);
        }
    }
}
