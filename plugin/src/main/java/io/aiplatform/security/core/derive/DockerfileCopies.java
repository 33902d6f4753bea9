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
 * The files of a build context that a Dockerfile puts into its image: the sources of every {@code COPY}
 * and {@code ADD} (shell and JSON forms, flags such as {@code --chown} stepped over), resolved against
 * the build context. A {@code COPY --from=…} copies from another stage, not from the context, and is left
 * out; so are URLs and sources with wildcards or variables.
 */
public final class DockerfileCopies {

    private DockerfileCopies() {
    }

    /** The host paths {@code dockerfile} copies from {@code context}; none when it is absent, too large or unreadable (a warning). */
    public static List<Path> sources(Path dockerfile, Path context, Consumer<Problem> warnings) {
        if (dockerfile == null || !Files.isRegularFile(dockerfile)) {
            return List.of();
        }
        String text;
        try {
            if (Files.size(dockerfile) > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(Problem.at(dockerfile, 0, "the Dockerfile is larger than 4 MiB; it is not read, so the"
                        + " files it copies into its image are not known"));
                return List.of();
            }
            text = new String(Files.readAllBytes(dockerfile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept(Problem.at(dockerfile, 0, "cannot read the Dockerfile (" + FileErrors.reason(e)
                    + "), so the files it copies into its image are not known"));
            return List.of();
        }
        List<Path> copied = new ArrayList<>();
        for (String instruction : instructions(text)) {
            List<String> args = arguments(instruction);
            String word = args.isEmpty() ? "" : args.get(0).toUpperCase(Locale.ROOT);
            if (!(word.equals("COPY") || word.equals("ADD")) || args.stream().anyMatch(a -> a.startsWith("--from"))) {
                continue;
            }
            List<String> paths = args.subList(1, args.size()).stream().filter(a -> !a.startsWith("--")).toList();
            for (String source : paths.subList(0, Math.max(0, paths.size() - 1))) {
                if (!source.contains("://") && !source.contains("$") && !source.contains("*") && !source.contains("?")) {
                    copied.add(context.resolve(source.startsWith("/") ? source.substring(1) : source).normalize());
                }
            }
        }
        return copied;
    }

    /** The instructions, continuation lines joined, comments left out. */
    private static List<String> instructions(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("#") && current.isEmpty()) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            out.add(current.toString());
            current.setLength(0);
        }
        return out;
    }

    /** The words of an instruction: the JSON form's strings, else the blank-separated words. */
    private static List<String> arguments(String instruction) {
        String[] words = instruction.strip().split("\\s+", 2);
        if (words.length < 2) {
            return List.of(words);
        }
        List<String> args = new ArrayList<>(List.of(words[0]));
        String rest = words[1].strip();
        List<String> flags = new ArrayList<>();
        while (rest.startsWith("--")) {
            String[] flag = rest.split("\\s+", 2);
            flags.add(flag[0]);
            rest = flag.length > 1 ? flag[1].strip() : "";
        }
        args.addAll(flags);
        if (rest.startsWith("[") && rest.endsWith("]")) {
            for (String item : rest.substring(1, rest.length() - 1).split(",")) {
                args.add(item.strip().replaceAll("^\"|\"$", ""));
            }
        } else if (!rest.isEmpty()) {
            args.addAll(List.of(rest.split("\\s+")));
        }
        return args;
    }
}
