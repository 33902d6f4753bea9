package io.aiplatform.security.core.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Schema validation by a real {@code kubeconform}: builds its command line ({@code -strict -summary
 * -output json}, Kubernetes version, schema locations with the bundled schemas last) and turns its
 * JSON result into findings.
 */
public final class KubeconformValidator implements SchemaValidator {

    private final String executable;
    private final SchemaLocations locations;
    private final Path bundledSchemas;
    private final boolean ignoreMissingSchemas;
    private final Path workingDirectory;

    /**
     * @param bundledSchemas   a folder holding the bundled schemas in kubeconform's layout
     * @param workingDirectory folder the manifests' file names are relative to
     */
    public KubeconformValidator(String executable, SchemaLocations locations, Path bundledSchemas,
                                boolean ignoreMissingSchemas, Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        this.executable = executable;
        this.locations = locations;
        this.bundledSchemas = bundledSchemas;
        this.ignoreMissingSchemas = ignoreMissingSchemas;
    }

    @Override
    public String describe() {
        return "kubeconform (" + executable + ", Kubernetes " + locations.kubernetesVersion() + ", strict)";
    }

    /** The command that validates {@code files}. */
    public List<String> command(List<Path> files) {
        List<String> cmd = new ArrayList<>(List.of(executable, "-strict", "-summary", "-output", "json",
                "-kubernetes-version", locations.kubernetesVersion()));
        for (String location : locations.locations()) {
            cmd.add("-schema-location");
            cmd.add(location);
        }
        if (bundledSchemas != null) {
            cmd.add("-schema-location");
            cmd.add(SchemaLocations.template(bundledSchemas.toString()));
        }
        cmd.add("-skip");
        cmd.add("EncryptionConfiguration,Kustomization,audit.k8s.io/v1/Policy");
        if (ignoreMissingSchemas) {
            cmd.add("-ignore-missing-schemas");
        }
        files.forEach(f -> cmd.add(f.toString()));
        return cmd;
    }

    @Override
    public List<Finding> validate(List<Manifest> manifests) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        manifests.forEach(m -> files.add(m.file()));
        if (files.isEmpty()) {
            return List.of();
        }
        Process p = new ProcessBuilder(command(new ArrayList<>(files))).directory(workingDirectory == null ? null
                : workingDirectory.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("kubeconform did not finish in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for kubeconform", e);
        }
        String json = new String(out, StandardCharsets.UTF_8);
        if (json.isBlank()) {
            throw new IOException("kubeconform printed no result (exit " + p.exitValue() + "): " + err.strip());
        }
        return parse(json, manifests);
    }

    /** Turns kubeconform's {@code -output json} into findings, attached to the manifest each resource came from. */
    public List<Finding> parse(String json, List<Manifest> manifests) throws IOException {
        JsonNode root = new PlainJsonTree().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        List<Finding> findings = new ArrayList<>();
        for (JsonNode r : root.path("resources")) {
            String status = r.path("status").asText("").toLowerCase(Locale.ROOT).replace("status", "");
            if (!status.equals("invalid") && !status.equals("error")) {
                continue;
            }
            String file = r.path("filename").asText("");
            String kind = r.path("kind").asText("");
            String name = r.path("name").asText("");
            Manifest m = manifests.stream()
                    .filter(x -> x.file().toString().equals(file) || Path.of(file).endsWith(x.file()))
                    .filter(x -> kind.isEmpty() || kind.equals(x.kind()))
                    .filter(x -> name.isEmpty() || name.equals(x.name()))
                    .findFirst().orElse(null);
            String msg = r.path("msg").asText("");
            boolean missing = msg.contains("could not find schema");
            String rule = missing ? "SCHEMA-MISSING" : "SCHEMA";
            Severity severity = missing ? (ignoreMissingSchemas ? Severity.INFO : Severity.WARNING) : Severity.ERROR;
            List<String> messages = new ArrayList<>();
            for (JsonNode e : r.path("validationErrors")) {
                messages.add(e.path("path").asText("") + ": " + e.path("msg").asText(""));
            }
            if (messages.isEmpty()) {
                messages.add(msg);
            }
            for (String message : messages) {
                findings.add(new Finding(rule, severity, Stage.SCHEMA, m == null ? Path.of(file) : m.file(),
                        m == null ? 0 : m.line(), m == null ? kind + "/" + name : m.objectRef(), message,
                        missing ? "add a schema location for this kind, or set ignoreMissingSchemas"
                                : "correct the field as the schema requires", null));
            }
        }
        return findings;
    }

    /** The kubeconform to use: the configured one, else one on the PATH, else null. */
    public static String find(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubeconform");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
