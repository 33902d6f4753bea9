package io.aiplatform.security.core.derive;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import io.aiplatform.security.core.support.LargeStack;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Java files of a source folder, each read and parsed within bounds: at most {@link #MAX_FILE_BYTES},
 * nesting within {@link JavaNesting}'s bounds, and a parser's stack overflow caught (call {@link #parse}
 * on a {@link LargeStack} thread). A file that is not parsed is a warning naming it, never a silent skip
 * and never the end of the build. Files are decoded as UTF-8 with malformed bytes replaced: the module's
 * compiler may read another encoding, and the hosts and annotations looked for are ASCII, so such a file
 * is still read and no warning is given for its encoding.
 */
final class JavaSourceFiles {

    /** The largest Java file parsed (1 MiB); a larger one is a warning. */
    static final long MAX_FILE_BYTES = SourceFolder.MAX_FILE_BYTES;

    private static final String NOT_DERIVED = " the calls it names are not derived";

    private final Consumer<Problem> warnings;
    /**
     * One parser per thread, made on the first file worth a parse (its set-up costs a cold build 0.1 s) and kept
     * for the next services read on that thread; made anew after an overflow.
     */
    private static final ThreadLocal<JavaParser> PARSER = new ThreadLocal<>();

    JavaSourceFiles(Consumer<Problem> warnings) {
        this.warnings = warnings;
    }

    /** The {@code .java} files below {@code sources}, sorted; a folder that cannot be read is a warning. */
    List<Path> files(Path sources) {
        return SourceFolder.files(sources, ".java", "Java", warnings);
    }

    /**
     * The parsed file, or empty: when {@code worthParsing} says its text holds nothing looked for (no
     * warning), or after a warning when it is too large, unreadable, nested too deep or not parsed.
     */
    Optional<CompilationUnit> parse(Path file, Predicate<String> worthParsing) {
        String text = text(file);
        if (text == null || !worthParsing.test(text)) {
            return Optional.empty();
        }
        Optional<JavaNesting.Excess> deep = JavaNesting.check(text);
        if (deep.isPresent()) {
            warnings.accept(Problem.at(file, deep.get().line(), "the file has " + deep.get().what()
                    + ", beyond what is parsed, so" + NOT_DERIVED));
            return Optional.empty();
        }
        JavaParser parser = PARSER.get();
        if (parser == null) {
            // no validation, no comments attributed to nodes, and no detection of the file's line separator (which
            // wraps the text in a provider that copies it again; only printing the tree uses it): the tokens stay,
            // since the nodes' ranges, and so the lines evidence names, come from them
            parser = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW).setAttributeComments(false)
                    .setDetectOriginalLineSeparator(false));
            PARSER.set(parser);
        }
        ParseResult<CompilationUnit> parsed;
        try {
            parsed = parser.parse(text);
        } catch (StackOverflowError e) {
            PARSER.remove(); // its state is not to be trusted after the overflow
            warnings.accept(Problem.at(file, 0, "the file nests too deep for the Java parser (a stack of "
                    + LargeStack.STACK_BYTES / (1024 * 1024) + " MiB), so" + NOT_DERIVED));
            return Optional.empty();
        }
        if (parsed.getResult().isEmpty()) {
            int line = parsed.getProblems().stream().flatMap(p -> p.getLocation().stream())
                    .flatMap(l -> l.getBegin().getRange().stream()).map(r -> r.begin.line).findFirst().orElse(0);
            warnings.accept(Problem.at(file, line, "the file is not Java the parser understands, so" + NOT_DERIVED));
            return Optional.empty();
        }
        return parsed.getResult();
    }

    private String text(Path file) {
        return SourceFolder.text(file, "parsed from a Java source", warnings);
    }
}
