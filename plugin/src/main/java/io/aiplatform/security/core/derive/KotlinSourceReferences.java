package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        return SourceFolder.files(sources, ".kt", "Kotlin", warnings);
    }

    private static String text(Path file, Consumer<Problem> warnings) {
        return SourceFolder.text(file, "read from a Kotlin source", warnings);
    }
}
