package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The call URLs that a module's Kotlin sources ({@code src/main/kotlin/**.kt}) write as string literals —
 * {@code restTemplate.getForObject("http://employee-service:8080/employees/{id}", …)}, {@code WebClient.create("http://orders")},
 * {@code "lb://orders"} — read as {@link JavaSourceReferences} reads a Java literal (the schemes http, https, lb and grpc;
 * evidence showing scheme, host, port and path only). The caller keeps those that name a service. Annotations and
 * configuration keys of Kotlin code are not read.
 */
public final class KotlinSourceReferences {

    /** The largest Kotlin file read (1 MiB, as for Java); a larger one is a warning. */
    static final long MAX_FILE_BYTES = JavaSourceFiles.MAX_FILE_BYTES;

    private static final String NOT_DERIVED = " the calls it names are not derived";

    private KotlinSourceReferences() {
    }

    /**
     * The hosts the literals of the {@code .kt} files below {@code sources} name, in file and line order; a file or
     * folder not read (too large, unreadable, templates nested too deep) is a warning to {@code warnings}.
     */
    public static List<HostReference> of(Path sources, Function<Path, String> shown, Consumer<Problem> warnings) {
        List<HostReference> references = new ArrayList<>();
        if (sources == null || !Files.isDirectory(sources)) {
            return references;
        }
        for (Path file : files(sources, warnings)) {
            String text = text(file, warnings);
            if (text == null || !text.contains("://")) {
                continue;
            }
            try {
                for (KotlinStringLiterals.Literal literal : KotlinStringLiterals.of(text)) {
                    references.addAll(JavaSourceReferences.literalReferences(literal.value(),
                            shown.apply(file) + ":" + literal.line()));
                }
            } catch (KotlinStringLiterals.TooDeep e) {
                warnings.accept(Problem.at(file, e.line(), "the file nests string templates more than "
                        + KotlinStringLiterals.MAX_NESTING + " deep, so it is not read and" + NOT_DERIVED));
            }
        }
        return references;
    }

    private static List<Path> files(Path sources, Consumer<Problem> warnings) {
        List<Path> files = new ArrayList<>();
        TreeMap<Path, Problem> unreadable = new TreeMap<>();
        try {
            FolderWalk.walk(sources, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile() && file.toString().endsWith(".kt")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.put(file, Problem.at(file, 0, "cannot read this path of the Kotlin sources ("
                            + FileErrors.reason(e) + "), so the calls its files name are not derived"));
                    return FileVisitResult.CONTINUE;
                }
            }, folder -> false);
        } catch (IOException e) {
            warnings.accept(Problem.at(sources, 0, "cannot read the Kotlin sources (" + FileErrors.reason(e)
                    + "), so the calls they name are not derived"));
        }
        files.sort(null);
        unreadable.values().forEach(warnings);
        return files;
    }

    private static String text(Path file, Consumer<Problem> warnings) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                warnings.accept(Problem.at(file, 0, "the file is " + size + " bytes, more than the " + MAX_FILE_BYTES
                        + " (1 MiB) read from a Kotlin source, so it is not read and" + NOT_DERIVED));
                return null;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // malformed bytes replaced
        } catch (IOException e) {
            warnings.accept(Problem.at(file, 0, "cannot read the file (" + FileErrors.reason(e) + "), so"
                    + NOT_DERIVED));
            return null;
        }
    }
}
