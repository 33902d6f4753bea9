package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.io.JsonInput;
import io.aiplatform.security.core.support.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The connections that Kubernetes workloads in the repository declare with OpenShift's topology
 * annotation {@code app.openshift.io/connects-to} on a Deployment, StatefulSet, DaemonSet or
 * DeploymentConfig: a JSON list of the workloads it connects to
 * ({@code [{"apiVersion":"apps/v1","kind":"Deployment","name":"orders"}]}), or their names separated by
 * commas. A value that is neither is a warning naming the file and line.
 */
public final class WorkloadConnections {

    /** The annotation, as the configuration reader keys it below {@code metadata.annotations}. */
    public static final String ANNOTATION = "app.openshift.io/connects-to";

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "DeploymentConfig");

    /** Workload {@code workload} connects to workload {@code target}, as {@code source} (file:line annotation) says. */
    public record Connection(String workload, String target, String source) {
    }

    private WorkloadConnections() {
    }

    /**
     * The connections the workloads of {@code files} declare, in file order; a file that cannot be read is
     * passed over (the deployment's scan reports it), a malformed annotation is a warning to {@code warnings}.
     */
    public static List<Connection> scan(List<Path> files, Function<Path, String> shown, Consumer<Problem> warnings) {
        List<Connection> found = new ArrayList<>();
        for (Path file : files) {
            if (!mentionsAnnotation(file)) {
                continue;
            }
            for (ConfigFiles.Document doc : ConfigFiles.read(file, p -> { })) {
                Map<String, ConfigValue> props = doc.properties();
                ConfigValue kind = props.get("kind");
                ConfigValue name = props.get("metadata.name");
                ConfigValue value = props.get("metadata.annotations." + ANNOTATION);
                if (kind != null && name != null && value != null && WORKLOADS.contains(kind.value())) {
                    String source = shown.apply(file) + ":" + value.line() + " " + ANNOTATION;
                    List<String> targets = targets(value.value());
                    if (targets == null) {
                        warnings.accept(Problem.at(file, value.line(), ANNOTATION + " of " + kind.value() + " "
                                + name.value() + " is neither a JSON list of workloads ([{\"kind\": \"Deployment\","
                                + " \"name\": \"orders\"}]) nor names separated by commas; the connections it"
                                + " declares are not derived"));
                        continue;
                    }
                    String workload = name.value().toLowerCase(Locale.ROOT);
                    targets.forEach(t -> found.add(new Connection(workload, t.toLowerCase(Locale.ROOT), source)));
                }
            }
        }
        return found;
    }

    /** The workload names of the annotation's value, or null when it is malformed. */
    static List<String> targets(String value) {
        String v = value.strip();
        if (!v.startsWith("[")) {
            List<String> names = new ArrayList<>();
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            return names.stream().allMatch(Authority::isRegName) ? names : null;
        }
        Object json;
        try {
            json = JsonInput.read(new ByteArrayInputStream(v.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return null;
        }
        if (!(json instanceof List<?> items)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            Object n = item instanceof Map<?, ?> m ? m.get("name") : item;
            if (!(n instanceof String s) || !Authority.isRegName(s.strip())) {
                return null;
            }
            names.add(s.strip());
        }
        return names;
    }

    /** Whether the file holds the annotation at all (most deployment files do not: they are not parsed again). */
    private static boolean mentionsAnnotation(Path file) {
        try {
            return Files.size(file) <= ConfigFiles.MAX_FILE_BYTES
                    && new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(ANNOTATION);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
