package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Where a module's logging configuration pushes its logs: in {@code logback*.xml} and
 * {@code log4j2*.xml} of its configuration folder, the {@code <url>} of a Loki4j appender (its
 * {@code <http><url>} too), the {@code <destination>} of a Logstash TCP appender, the {@code <endpoint>}
 * of an OpenTelemetry (OTLP) appender, log4j2's {@code <Http url>} and the {@code host}/{@code port} of
 * {@code <Socket>}, {@code <Syslog>} and {@code <Gelf>}; in {@code log4j2*.yaml}/{@code .yml}, the same
 * keys ({@code url}, {@code host} with its {@code port}). Placeholders ({@code ${LOKI_URL:-http://loki:3100}},
 * log4j2's {@code ${env:…}}, logback's {@code <property>} and {@code <springProperty source>}) are resolved
 * from those properties and the module's configuration. The XML is scanned as text (comments left out),
 * never parsed with entities.
 */
public final class LogAppenderEndpoints {

    private static final Pattern ELEMENT = Pattern.compile("<(url|destination|endpoint)>([^<]*)</\\1>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][\\w.:-]*)((?:\\s+[\\w.:-]+\\s*=\\s*\"[^\"]*\")*+)\\s*+/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w.:-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PROPERTY_ELEMENT = Pattern.compile("<Property\\s+name\\s*=\\s*\"([^\"]+)\"\\s*>([^<]*)</Property>",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> HOST_PORT_TAGS = Set.of("socket", "syslog", "gelf");

    private LogAppenderEndpoints() {
    }

    /** The logging files of {@code resources}: {@code logback*.xml}, {@code log4j2*.xml|yaml|yml}, sorted. */
    public static List<Path> files(Path resources) {
        List<Path> files = new ArrayList<>();
        if (resources == null || !Files.isDirectory(resources)) {
            return files;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(resources)) {
            return among(children);
        } catch (IOException e) {
            return files; // the configuration folder's reader reports it
        }
    }

    /** The logging files among the entries of a configuration folder, sorted. */
    static List<Path> among(Iterable<Path> entries) {
        List<Path> files = new ArrayList<>();
        for (Path p : entries) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            // the name first: only a logging file's name costs a look-up of what the entry is
            if ((n.startsWith("logback") && n.endsWith(".xml") || n.startsWith("log4j2")
                    && (n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml"))) && Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * The endpoints {@code file} pushes logs to, each as the value (placeholders resolved from
     * {@code configuration} and the file's own properties) with its line and the element or key that
     * sets it ({@code <url>}); a file that cannot be read is a warning.
     */
    public static List<ConfigValue> of(Path file, Map<String, ConfigValue> configuration, Consumer<Problem> warnings) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml(file, configuration, warnings);
        }
        String text = text(file, warnings);
        if (text == null) {
            return List.of();
        }
        text = withoutComments(text);
        int[] breaks = breaksOf(text);
        Map<String, ConfigValue> props = new LinkedHashMap<>(configuration);
        properties(text, breaks, file, props);
        List<ConfigValue> found = new ArrayList<>();
        Matcher m = ELEMENT.matcher(text);
        while (m.find()) {
            int first = m.start(2) + (m.group(2).length() - m.group(2).stripLeading().length()); // the value's own line
            found.add(resolved("<" + m.group(1) + ">", m.group(2).strip(), file, line(breaks, first), props));
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            int line = line(breaks, tag.start());
            if (element.equals("http") && attributes.containsKey("url")) {
                found.add(resolved("<Http url>", attributes.get("url"), file, line, props));
            } else if (HOST_PORT_TAGS.contains(element) && attributes.containsKey("host")) {
                String port = attributes.get("port");
                found.add(resolved("<" + tag.group(1) + " host>", attributes.get("host") + (port == null ? "" : ":" + port),
                        file, line, props));
            }
        }
        found.sort(Comparator.comparingInt(ConfigValue::line));
        return found;
    }

    private static List<ConfigValue> yaml(Path file, Map<String, ConfigValue> configuration, Consumer<Problem> warnings) {
        List<ConfigValue> found = new ArrayList<>();
        for (ConfigFiles.Document doc : ConfigFiles.read(file, warnings)) {
            Map<String, ConfigValue> props = new LinkedHashMap<>(configuration);
            props.putAll(doc.properties());
            for (ConfigValue v : doc.properties().values()) {
                String key = v.key();
                if (key.endsWith(".url") || key.endsWith(".destination") || key.endsWith(".endpoint")) {
                    found.add(resolved(key, v.value(), file, v.line(), props));
                } else if (key.endsWith(".host")) {
                    ConfigValue port = doc.properties().get(key.substring(0, key.length() - ".host".length()) + ".port");
                    found.add(resolved(key, v.value() + (port == null ? "" : ":" + port.value()), file, v.line(), props));
                }
            }
        }
        return found;
    }

    /** logback's {@code <property name value>} and {@code <springProperty name source defaultValue>}, log4j2's {@code <Property name>}. */
    private static void properties(String text, int[] breaks, Path file, Map<String, ConfigValue> into) {
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            Map<String, String> a = attributes(tag.group(2));
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            String name = a.get("name");
            String value = element.equals("property") ? a.get("value")
                    : element.equals("springproperty") && a.containsKey("source")
                    ? "${" + a.get("source") + (a.containsKey("defaultvalue") ? ":" + a.get("defaultvalue") : "") + "}"
                    : null;
            if (name != null && value != null) {
                into.put(name.toLowerCase(Locale.ROOT), new ConfigValue(name, value, file, line(breaks, tag.start())));
            }
        }
        Matcher p = PROPERTY_ELEMENT.matcher(text);
        while (p.find()) {
            into.put(p.group(1).toLowerCase(Locale.ROOT), new ConfigValue(p.group(1), p.group(2).strip(), file,
                    line(breaks, p.start())));
        }
    }

    private static ConfigValue resolved(String key, String raw, Path file, int line, Map<String, ConfigValue> props) {
        String spring = raw.replaceAll("\\$\\{(?:env|sys|spring|ctx|main):", "\\${").replace(":-", ":");
        Placeholders.Result r = Placeholders.resolve(spring, props);
        return new ConfigValue(key, r.bounded() ? raw : r.value(), file, line);
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        }
        return attributes;
    }

    /** The indexes of the line breaks of {@code text}, in order. */
    private static int[] breaksOf(String text) {
        return IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    /** The line of {@code index}: one more than the line breaks before it. */
    private static int line(int[] breaks, int index) {
        int at = Arrays.binarySearch(breaks, index);
        return (at >= 0 ? at : -at - 1) + 1;
    }

    /** The text with each comment blanked out, its line breaks kept (so lines stay where they were). */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int start = text.indexOf("<!--"); start >= 0; start = text.indexOf("<!--", start + 4)) {
            int end = text.indexOf("-->", start + 4);
            int stop = end < 0 ? text.length() : end + 3;
            for (int i = start; i < stop; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            if (end < 0) {
                break;
            }
        }
        return out.toString();
    }

    private static String text(Path file, Consumer<Problem> warnings) {
        try {
            if (Files.size(file) > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(Problem.at(file, 0, "the logging configuration is larger than 4 MiB; it is not read, so"
                        + " where it sends logs is not derived"));
                return null;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept(Problem.at(file, 0, "cannot read the logging configuration ("
                    + FileErrors.reason(e) + "), so where it sends logs is not derived"));
            return null;
        }
    }
}
