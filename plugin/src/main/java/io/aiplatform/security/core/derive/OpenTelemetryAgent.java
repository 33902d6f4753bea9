package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenTelemetry Java agent ({@code -javaagent:…/opentelemetry-javaagent.jar}) and the OTLP endpoints it exports
 * to, as its SDK autoconfiguration documents them: the variables {@code OTEL_EXPORTER_OTLP_ENDPOINT} and
 * {@code OTEL_EXPORTER_OTLP_{TRACES,METRICS,LOGS}_ENDPOINT}, or the system properties {@code otel.exporter.otlp[.signal].endpoint}.
 */
public final class OpenTelemetryAgent {

    /** The variables the JVM (JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS) or a start script (JAVA_OPTS) takes options from. */
    public static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS");

    /** The agent's endpoint variables. */
    public static final List<String> ENDPOINT_VARIABLES = List.of("OTEL_EXPORTER_OTLP_ENDPOINT",
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT");

    private static final Pattern AGENT = Pattern.compile("-javaagent:(\\S*opentelemetry\\S*\\.jar)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROPERTY = Pattern.compile(
            "-Dotel\\.exporter\\.otlp(?:\\.(?:traces|metrics|logs))?\\.endpoint=(\\S+)");

    private OpenTelemetryAgent() {
    }

    /** The agent jar that JVM options or a Dockerfile line load ({@code -javaagent:<path with opentelemetry>.jar}), if any. */
    public static Optional<String> loadedBy(String text) {
        Matcher m = AGENT.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The line of {@code dockerfile} that loads the agent (an {@code ENTRYPOINT}, {@code CMD} or {@code ENV}
     * with {@code -javaagent:}), if any; a file too large or unreadable is a warning naming it.
     */
    public static Optional<Integer> lineLoadingIt(Path dockerfile, Consumer<Problem> warnings) {
        try {
            if (Files.size(dockerfile) > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(Problem.at(dockerfile, 0, "the Dockerfile is larger than 4 MiB; it is not read, so"
                        + " whether it loads the OpenTelemetry Java agent is not known"));
                return Optional.empty();
            }
            List<String> lines = new String(Files.readAllBytes(dockerfile), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (loadedBy(lines.get(i)).isPresent()) {
                    return Optional.of(i + 1);
                }
            }
        } catch (IOException e) {
            warnings.accept(Problem.at(dockerfile, 0, "cannot read the Dockerfile (" + FileErrors.reason(e)
                    + "), so whether it loads the OpenTelemetry Java agent is not known"));
        }
        return Optional.empty();
    }

    /** The endpoints JVM options set as system properties ({@code -Dotel.exporter.otlp.endpoint=http://collector:4318}). */
    public static List<String> endpointProperties(String options) {
        return PROPERTY.matcher(options).results().map(r -> r.group(1).replaceAll("^[\"']|[\"']$", "")).toList();
    }

    /** Whether {@code variable} is one of the agent's endpoint variables. */
    public static boolean endpointVariable(String variable) {
        return ENDPOINT_VARIABLES.contains(variable.toUpperCase(Locale.ROOT));
    }
}
