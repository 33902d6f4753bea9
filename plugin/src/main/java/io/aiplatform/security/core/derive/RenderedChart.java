package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What {@code helm template} printed for a chart, read document by document as manifests of the
 * templates they come from: Helm heads each document with {@code # Source: <chart>/templates/<file>}, which
 * is that template in the chart's folder (a dependency's: {@code <chart>/charts/<dependency>/templates/…}).
 * A setting's line is the template's line that writes its field when only one does, else its line in the
 * rendered document (counted from the first line after that comment); a setting whose value comes from a values file names it too:
 * {@code helm/shop/templates/config.yaml from values helm/shop/values.yaml:7}, at the values file's line.
 */
final class RenderedChart {

    private static final String SOURCE = "# Source: ";

    private RenderedChart() {
    }

    /**
     * The documents of {@code rendered}, keys as written, placed in {@code chart}'s templates and shown
     * relative to {@code root}.
     */
    static List<Map<String, ConfigValue>> documents(Path root, Path chart, String rendered, ChartValues values,
                                                    Consumer<Problem> warnings) {
        List<Map<String, ConfigValue>> documents = new ArrayList<>();
        for (Map.Entry<Path, String> part : parts(chart, rendered).entrySet()) {
            Path template = part.getKey();
            String written = templateText(template);
            for (ConfigFiles.Document doc : ConfigFiles.yamlKeysAsWritten(template, part.getValue(), warnings)) {
                Map<String, ConfigValue> props = new LinkedHashMap<>();
                doc.properties().forEach((key, v) -> {
                    ConfigValue placed = new ConfigValue(v.key(), v.value(), v.file(),
                            templateLine(written, key, v.line()), v.origin(), v.secret());
                    props.put(key, written.contains(v.value()) ? placed : traced(root, template, placed, values));
                });
                documents.add(props);
            }
        }
        return documents;
    }

    /** The text of each template's documents by the template's path in the chart's folder, in Helm's order. */
    static Map<Path, String> parts(Path chart, String rendered) {
        Map<Path, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : rendered.split("\n", -1)) {
            if (line.startsWith(SOURCE)) {
                String source = line.substring(SOURCE.length()).strip();
                int slash = source.indexOf('/');
                Path template = chart.resolve(slash < 0 ? source : source.substring(slash + 1)).normalize();
                current = parts.computeIfAbsent(template, t -> new StringBuilder());
                if (!current.isEmpty()) {
                    current.append("---\n"); // a second document of the same template
                }
            } else if (current != null && !line.equals("---")) {
                current.append(line).append('\n');
            }
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        parts.forEach((template, text) -> texts.put(template, text.toString()));
        return texts;
    }

    /**
     * The line of the template that sets {@code key}: the only line that writes its last field
     * ({@code catalog-jdbc-url:} for {@code data.catalog-jdbc-url}); else the line in the rendered document.
     */
    static int templateLine(String written, String key, int rendered) {
        String field = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        Pattern writes = Pattern.compile("^[\\s-]*[{]?\\s*[\"']?" + Pattern.quote(field) + "[\"']?\\s*:");
        List<String> lines = written.lines().toList();
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (writes.matcher(lines.get(i)).find()) {
                if (found != 0) {
                    return rendered;
                }
                found = i + 1;
            }
        }
        return found == 0 ? rendered : found;
    }

    /** The template as written, to tell its literal values from those of the values files; "" when unread. */
    static String templateText(Path template) {
        try {
            return Files.size(template) > ConfigFiles.MAX_FILE_BYTES ? "" : Files.readString(template);
        } catch (IOException | UncheckedIOException e) {
            return ""; // a dependency kept as an archive: its templates are no files of the repository
        }
    }

    /**
     * The value placed in its template, when the template does not write it out; one of an object's data or a container's settings whose value comes
     * from a values file also names that file, at its line. Names and kinds stay in the template: they
     * decide which ConfigMap a workload reads.
     */
    private static ConfigValue traced(Path root, Path template, ConfigValue v, ChartValues values) {
        if (v.key().startsWith("metadata.") || v.key().equals("kind") || v.key().equals("apiVersion")) {
            return v;
        }
        return values.source(v.value()).map(from -> new ConfigValue(v.key(), v.value(),
                        Path.of(template + " from values " + shown(root, from.file())), from.line(), v.origin(),
                        v.secret()))
                .orElse(v);
    }

    private static String shown(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
