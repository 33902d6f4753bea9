package io.aiplatform.security.it;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A generated chart driven through the real Helm library (helm-java): lint, and template with values. */
public final class HelmChart {

    private final Path chart;
    private final String namespace;

    /** The chart released into {@code namespace} ({@code helm -n}), as an operator installs it. */
    public HelmChart(Path chart, String namespace) {
        this.chart = chart;
        this.namespace = namespace;
    }

    /** Whether helm-java's native Helm loads on this machine (it ships one per OS and CPU). */
    public static boolean available() {
        try {
            return Helm.version().call() != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static String version() {
        return Helm.version().call();
    }

    /** {@code helm lint}'s messages, less the one recommendation the issue accepts (an icon). */
    public List<String> lintProblems() {
        LintResult result = new Helm(chart).lint().call();
        List<String> problems = result.getMessages().stream()
                .filter(m -> !m.equals("[INFO] Chart.yaml: icon is recommended")).toList();
        if (result.isFailed() && problems.isEmpty()) {
            return List.of("helm lint failed without a message");
        }
        return problems;
    }

    /** {@code helm template} with {@code --set key=value} for each entry. */
    public String template(Map<String, Object> set) {
        TemplateCommand template = new Helm(chart).template().withName("security").withNamespace(namespace);
        set.forEach(template::set);
        return template.call();
    }

    /** The release notes {@code helm install --dry-run} would print (client only, no cluster). */
    public String notes(Map<String, Object> set) {
        var install = new Helm(chart).install().withName("security").withNamespace(namespace).dryRun().clientOnly();
        set.forEach(install::set);
        return install.call().getOutput();
    }

    /** The rendered objects by {@code Kind/namespace/name}. */
    public static Map<String, Map<String, Object>> objects(String multiDocument) {
        Map<String, Map<String, Object>> byKey = new TreeMap<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Object doc : yaml.loadAll(multiDocument)) {
            if (doc != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) doc;
                put(byKey, object);
            }
        }
        return byKey;
    }

    /** The objects of a generated {@code manifests/} folder, by {@code Kind/namespace/name}. */
    public static Map<String, Map<String, Object>> objects(Path manifests) throws IOException {
        Map<String, Map<String, Object>> byKey = new TreeMap<>();
        for (Map<String, Object> object : new GeneratedLayer(manifests).objects()) {
            put(byKey, object);
        }
        return byKey;
    }

    /** Where two renderings differ, one line per object: missing, extra, or the two versions. */
    public static List<String> differences(Map<String, Map<String, Object>> expected,
                                           Map<String, Map<String, Object>> actual) {
        List<String> diffs = new ArrayList<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            if (!actual.containsKey(key)) {
                diffs.add("missing " + key);
            } else if (!expected.containsKey(key)) {
                diffs.add("extra " + key);
            } else if (!expected.get(key).equals(actual.get(key))) {
                diffs.add(key + ": expected " + expected.get(key) + " but was " + actual.get(key));
            }
        }
        return diffs;
    }

    /** Writes rendered output where validate-security can read it. */
    public static Path write(String rendered, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, rendered, StandardCharsets.UTF_8);
    }

    private static void put(Map<String, Map<String, Object>> byKey, Map<String, Object> object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) object.get("metadata");
        String key = object.get("kind") + "/" + meta.getOrDefault("namespace", "") + "/" + meta.get("name");
        if (byKey.put(key, object) != null) {
            throw new AssertionError("two objects are " + key);
        }
    }
}
