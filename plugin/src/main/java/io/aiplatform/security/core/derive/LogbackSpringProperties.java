package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties a module's {@code logback-spring.xml} reads from the Spring environment: the {@code source} of each
 * {@code <springProperty>} (Spring Boot's documented extension, {@code <springProperty name="lokiUrl" source="loki.url"/>}),
 * which makes the key one that something reads. The XML is scanned as text with its comments left out, never parsed
 * with entities; an unreadable file gives nothing (its appenders are read, and warned about, elsewhere).
 */
public final class LogbackSpringProperties {

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SOURCE = Pattern.compile("<springProperty\\b[^>]*?\\bsource\\s*=\\s*\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);

    private LogbackSpringProperties() {
    }

    /**
     * The keys the {@code logback-spring*.xml} files among {@code loggingFiles} (the logging files of a configuration
     * folder, {@link LogAppenderEndpoints#files}) read, in file order.
     */
    public static List<String> sources(List<Path> loggingFiles) {
        List<String> keys = new ArrayList<>();
        for (Path file : loggingFiles) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!n.startsWith("logback-spring") || !n.endsWith(".xml")) {
                continue;
            }
            try {
                String text = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                Matcher m = SOURCE.matcher(text);
                while (m.find()) {
                    keys.add(m.group(1).strip());
                }
            } catch (IOException | RuntimeException e) {
                // not UTF-8 or unreadable: LogAppenderEndpoints warns about the file
            }
        }
        return keys;
    }
}
