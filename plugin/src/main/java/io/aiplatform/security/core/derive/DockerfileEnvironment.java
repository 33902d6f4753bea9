package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The environment a Dockerfile's image starts its process with: the {@code ENV} instructions of its last stage
 * ({@code ENV KEY=value KEY2="a b"} and the older {@code ENV KEY value}), each variable kept as
 * {@link DeploymentEnvironment} keeps a deployment's (its lower-case name and the property Spring Boot maps it to),
 * with {@code ENV NAME} as its origin. A value that uses a variable ({@code ${X}}) is kept as written.
 */
public final class DockerfileEnvironment {

    private DockerfileEnvironment() {
    }

    /** The variables {@code dockerfile} sets; none when it is absent, too large or unreadable (a warning). */
    public static List<ConfigValue> of(Path dockerfile, Consumer<Problem> warnings) {
        if (dockerfile == null || !Files.isRegularFile(dockerfile)) {
            return List.of();
        }
        List<String> lines;
        try {
            if (Files.size(dockerfile) > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(Problem.at(dockerfile, 0, "the Dockerfile is larger than 4 MiB; it is not read, so the"
                        + " environment its image sets is not known"));
                return List.of();
            }
            lines = List.of(new String(Files.readAllBytes(dockerfile), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            warnings.accept(Problem.at(dockerfile, 0, "cannot read the Dockerfile (" + FileErrors.reason(e)
                    + "), so the environment its image sets is not known"));
            return List.of();
        }
        List<ConfigValue> variables = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (current.isEmpty()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                start = i + 1;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            instruction(current.toString(), dockerfile, start, variables);
            current.setLength(0);
        }
        return variables;
    }

    private static void instruction(String text, Path file, int line, List<ConfigValue> variables) {
        String[] words = text.split("\\s+", 2);
        String word = words[0].toUpperCase(Locale.ROOT);
        if (word.equals("FROM")) {
            variables.clear(); // a new stage: what the image runs with is the last stage's
        } else if (word.equals("ENV") && words.length == 2) {
            List<String[]> pairs = pairs(words[1].strip());
            for (String[] pair : pairs) {
                add(new ConfigValue(pair[0], pair[1], file, line, "ENV " + pair[0], false), variables);
            }
        }
    }

    /** {@code KEY=value …} pairs (values unquoted), or the one pair of the older {@code KEY value} form. */
    private static List<String[]> pairs(String rest) {
        List<String[]> pairs = new ArrayList<>();
        String[] first = rest.split("[\\s=]", 2);
        if (first.length == 2 && rest.charAt(first[0].length()) != '=') {
            pairs.add(new String[] {first[0], unquoted(first[1].strip())});
            return pairs;
        }
        int i = 0;
        while (i < rest.length()) {
            int eq = rest.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = rest.substring(i, eq).strip();
            int end = eq + 1;
            char quote = end < rest.length() && (rest.charAt(end) == '"' || rest.charAt(end) == '\'') ? rest.charAt(end) : 0;
            if (quote != 0) {
                int close = rest.indexOf(quote, end + 1);
                end = close < 0 ? rest.length() : close + 1;
            } else {
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
            }
            pairs.add(new String[] {key, unquoted(rest.substring(eq + 1, end))});
            i = end;
            while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
        }
        return pairs;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static void add(ConfigValue variable, List<ConfigValue> into) {
        String raw = variable.key().toLowerCase(Locale.ROOT);
        into.add(variable.withKey(raw));
        String relaxed = ConfigKeys.ofVariable(variable.key());
        if (!relaxed.equals(raw)) {
            into.add(variable.withKey(relaxed));
        }
    }
}
