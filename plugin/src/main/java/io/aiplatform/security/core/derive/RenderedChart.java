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
import java.util.regex.Matcher;
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
    /** A name written in a flow mapping: {@code metadata: {name: orders, labels: …}}. */
    private static final Pattern FLOW_NAME = Pattern.compile("[{,]\\s*name\\s*:\\s*((?:\\{\\{.*?}}|[^,}])+)");

    private RenderedChart() {
    }

    /**
     * The documents of {@code rendered}, keys as written, placed in {@code chart}'s templates and shown
     * relative to {@code root}.
     */
    static List<Map<String, ConfigValue>> documents(Path root, Path chart, String rendered, ChartValues values,
                                                    Map<String, Path> localCharts, Consumer<Problem> warnings) {
        List<Map<String, ConfigValue>> documents = new ArrayList<>();
        for (Map.Entry<Path, String> part : parts(chart, rendered, localCharts).entrySet()) {
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

    /**
     * The text of each template's documents by the template's path in the chart's folder, in Helm's order; a
     * template of a dependency taken from a chart of the repository ({@code localCharts}, folder by name) is
     * placed in that chart's folder.
     */
    static Map<Path, String> parts(Path chart, String rendered, Map<String, Path> localCharts) {
        Map<Path, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : rendered.split("\n", -1)) {
            if (line.startsWith(SOURCE)) {
                String source = line.substring(SOURCE.length()).strip();
                int slash = source.indexOf('/');
                Path template = placed(chart, slash < 0 ? source : source.substring(slash + 1), localCharts);
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

    /** Where a template named relative to {@code chart} lies: in a local dependency's own folder when it is one's. */
    private static Path placed(Path chart, String relative, Map<String, Path> localCharts) {
        String[] segments = relative.split("/", 3);
        if (segments.length == 3 && segments[0].equals("charts") && localCharts.containsKey(segments[1])) {
            return localCharts.get(segments[1]).resolve(segments[2]).normalize();
        }
        return chart.resolve(relative).normalize();
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

    /**
     * The line of the template that writes the name of an object of {@code kind} named {@code name} once rendered: of
     * the template's documents (split at {@code ---}) that say {@code kind: <kind>}, the one whose first {@code name:}
     * below {@code metadata:} has, outside its {@code {{ }}} actions, only text the rendered name holds
     * ({@code {{ .Release.Name }}-orders} for {@code shop-orders}); when there is not exactly one,
     * {@link #templateLine} of {@code metadata.name}.
     */
    static int nameLine(String written, String kind, String name, int rendered) {
        List<String> lines = written.lines().toList();
        Pattern kindLine = Pattern.compile("^kind:\\s*[\"']?" + Pattern.quote(kind) + "[\"']?\\s*$");
        List<Integer> found = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith("---")) {
                int at = documentKind(lines, start, i, kindLine);
                int line = at == 0 ? 0 : nameBelowMetadata(lines, start, i, at);
                if (line != 0 && writes(lines.get(line - 1), name)) {
                    found.add(line);
                }
                start = i + 1;
            }
        }
        return found.size() == 1 ? found.get(0) : templateLine(written, "metadata.name", rendered);
    }

    /** Whether a {@code name:} line of a template, its actions left out, holds only text of {@code name}. */
    private static boolean writes(String line, String name) {
        Matcher flow = FLOW_NAME.matcher(line);
        String value = flow.find() ? flow.group(1) : line.substring(line.indexOf(':') + 1).strip();
        for (String literal : value.split("\\{\\{.*?}}")) {
            String text = literal.replace("\"", "").replace("'", "").strip();
            if (!text.isEmpty() && !name.contains(text)) {
                return false;
            }
        }
        return true;
    }

    /** The line of {@code kind:} in lines {@code [from, to)} when it names the kind; 0 when not. */
    private static int documentKind(List<String> lines, int from, int to, Pattern kindLine) {
        for (int i = from; i < to; i++) {
            if (kindLine.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The first {@code name:} line below {@code metadata:} in lines {@code [from, to)}; {@code otherwise} without one. */
    private static int nameBelowMetadata(List<String> lines, int from, int to, int otherwise) {
        boolean metadata = false;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.startsWith("metadata:")) {
                if (FLOW_NAME.matcher(line).find()) {
                    return i + 1; // metadata: {name: orders}
                }
                metadata = true;
            } else if (metadata && line.matches("^\\s+name:.*")) {
                return i + 1;
            } else if (metadata && !line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                metadata = false;
            }
        }
        return otherwise;
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
