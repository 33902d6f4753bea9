package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * A file of variables in the format Docker Compose reads for its {@code .env} file and a service's {@code env_file}:
 * one {@code VAR=VAL} a line ({@code export VAR=VAL} too), blank lines and {@code #} comments left out; a value in
 * double quotes keeps its {@code #} and spaces and reads the escapes {@code \n}, {@code \t}, {@code \"} and
 * {@code \\}; a value in single quotes is taken literally; an unquoted value ends at a {@code #} that follows a blank.
 * Unquoted and double-quoted values are interpolated ({@code URL=http://${HOST}:${PORT}}) with the variables given
 * and those defined above them, as Compose does. A line without {@code =} sets nothing. The file is read within the
 * bound of every deployment file ({@link ConfigFiles#MAX_FILE_BYTES}); bytes that are not UTF-8 are replaced (only
 * hosts and ports are read from the values). Values are never shown in a message.
 */
final class EnvFile {

    private static final Pattern LINE = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*=\\s*(.*)$");

    private EnvFile() {
    }

    /**
     * The variables of {@code file} in file order, each with its line; {@code known}: the variables its values may
     * name besides those above them. A file that is absent is empty; one that cannot be read or is too large is a
     * warning to {@code warnings} and empty.
     */
    static List<ConfigValue> read(Path file, Map<String, String> known, Consumer<Problem> warnings) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text;
        try {
            long size = Files.size(file);
            if (size > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(Problem.at(file, 0, "the file is " + size + " bytes, more than the "
                        + ConfigFiles.MAX_FILE_BYTES + " (4 MiB) read from an environment file; it is not read, so the"
                        + " variables it sets are unknown").withRule(DerivationRule.INPUT_UNREAD));
                return List.of();
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (IOException e) {
            warnings.accept(Problem.at(file, 0, "the environment file cannot be read (" + e.getClass().getSimpleName()
                    + "); the variables it sets are unknown").withRule(DerivationRule.INPUT_UNREAD));
            return List.of();
        }
        return parse(file, text, known);
    }

    /** The variables of {@code text}, the content of {@code file}. */
    static List<ConfigValue> parse(Path file, String text, Map<String, String> known) {
        Map<String, String> defined = new LinkedHashMap<>(known);
        List<ConfigValue> variables = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = value(m.group(2), defined);
            if (value != null) {
                defined.put(m.group(1), value);
                variables.add(new ConfigValue(m.group(1), value, file, i + 1));
            }
        }
        return variables;
    }

    /** A value as written after '=', unquoted and interpolated as its quoting says; null when it passes a bound. */
    private static String value(String written, Map<String, String> defined) {
        String raw = written.strip();
        if (raw.startsWith("'")) {
            int end = raw.indexOf('\'', 1);
            return end < 0 ? raw.substring(1) : raw.substring(1, end);
        }
        String text;
        if (raw.startsWith("\"")) {
            text = doubleQuoted(raw);
        } else {
            int comment = raw.indexOf(" #");
            int tab = raw.indexOf("\t#");
            int cut = comment < 0 ? tab : tab < 0 ? comment : Math.min(comment, tab);
            text = (cut < 0 ? raw : raw.substring(0, cut)).strip();
        }
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate(text, defined);
        return r.exceeded() != null ? null : r.value();
    }

    /** The text between the double quotes, escapes read; up to the line's end when the quote is not closed. */
    private static String doubleQuoted(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
