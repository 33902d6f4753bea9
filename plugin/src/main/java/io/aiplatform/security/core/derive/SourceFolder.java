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

/**
 * A module's source folder of one language ({@code src/main/java}, {@code src/main/kotlin}) as the source readers read
 * it: the files of that language below it, sorted, and each file's text within {@link #MAX_FILE_BYTES}; what cannot be
 * read is a warning that names the file and says that the calls it names are not derived.
 */
final class SourceFolder {

    /** The largest source file read (1 MiB); a larger one is a warning. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final String NOT_DERIVED = " the calls it names are not derived";

    private SourceFolder() {
    }

    /**
     * The files below {@code sources} whose name ends with {@code extension} ({@code .java}), sorted; a path that cannot
     * be read is a warning naming the {@code language}'s sources ("cannot read this path of the Java sources …").
     */
    static List<Path> files(Path sources, String extension, String language, Consumer<Problem> warnings) {
        List<Path> files = new ArrayList<>();
        TreeMap<Path, Problem> unreadable = new TreeMap<>(); // in path order, not the listing's
        try {
            FolderWalk.walk(sources, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile() && file.toString().endsWith(extension)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.put(file, Problem.at(file, 0, "cannot read this path of the " + language + " sources ("
                            + FileErrors.reason(e) + "), so the calls its files name are not derived"));
                    return FileVisitResult.CONTINUE;
                }
            }, folder -> false); // as Files.walkFileTree (which it was): every folder is entered
        } catch (IOException e) {
            warnings.accept(Problem.at(sources, 0, "cannot read the " + language + " sources (" + FileErrors.reason(e)
                    + "), so the calls they name are not derived"));
        }
        files.sort(null);
        unreadable.values().forEach(warnings);
        return files;
    }

    /**
     * The text of {@code file} (malformed bytes replaced), or null after a warning: larger than {@link #MAX_FILE_BYTES}
     * ("… (1 MiB) {@code readAs}", e.g. "parsed from a Java source"), or unreadable.
     */
    static String text(Path file, String readAs, Consumer<Problem> warnings) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                warnings.accept(Problem.at(file, 0, "the file is " + size + " bytes, more than the " + MAX_FILE_BYTES
                        + " (1 MiB) " + readAs + ", so it is not read and" + NOT_DERIVED));
                return null;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.accept(Problem.at(file, 0, "cannot read the file (" + FileErrors.reason(e) + "), so"
                    + NOT_DERIVED));
            return null;
        }
    }
}
