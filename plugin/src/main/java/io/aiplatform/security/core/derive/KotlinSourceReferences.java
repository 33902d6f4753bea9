package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The call URLs that a module's Kotlin sources ({@code src/main/kotlin/**.kt}) write as string literals —
 * {@code restTemplate.getForObject("http://employee-service:8080/employees/{id}", …)}, {@code WebClient.create("http://orders")},
 * {@code "lb://orders"} — read as {@link JavaSourceReferences} reads a Java literal (the schemes http, https, lb and grpc;
 * evidence showing scheme, host, port and path only). The caller keeps those that name a service. Also, read from the
 * tokens alone ({@link KotlinAnnotations}): Spring Cloud OpenFeign's {@code @FeignClient(name|value|url)} as
 * {@link JavaSourceReferences} reads it, and the configuration keys the code reads — every placeholder a literal holds
 * ({@code @Value("\${orders.url}")}, Kotlin's {@code \$} being a literal {@code $}), a
 * {@code @ConfigurationProperties(prefix)} (every key below it) and {@code environment.getProperty("key")}.
 */
public final class KotlinSourceReferences {

    /** The largest Kotlin file read (1 MiB, as for Java); a larger one is a warning. */
    static final long MAX_FILE_BYTES = JavaSourceFiles.MAX_FILE_BYTES;

    private static final String NOT_DERIVED = " the calls it names are not derived";

    private KotlinSourceReferences() {
    }

    /**
     * What the Kotlin files read: the literals' call URLs (kept by the caller when they name a service), the
     * {@code @FeignClient}s (each a call, whatever it names), the configuration keys read (canonical form; a prefix
     * stands for every key below it) and whether there is a Kotlin file at all.
     */
    public record Found(List<HostReference> literals, List<HostReference> declared, List<String> readKeys,
                        boolean sources) {

        /** What a module without Kotlin sources reads: nothing. */
        public static final Found NONE = new Found(List.of(), List.of(), List.of(), false);
    }

    /**
     * The hosts the literals of the {@code .kt} files below {@code sources} name, in file and line order; a file or
     * folder not read (too large, unreadable, templates nested too deep) is a warning to {@code warnings}.
     */
    public static List<HostReference> of(Path sources, Function<Path, String> shown, Consumer<Problem> warnings) {
        return read(sources, Map.of(), shown, warnings).literals();
    }

    /**
     * What the {@code .kt} files below {@code sources} name and read, in file and line order, the placeholders of
     * {@code @FeignClient} resolved from {@code config}; a file or folder not read (too large, unreadable, templates
     * nested too deep) is a warning to {@code warnings}.
     */
    public static Found read(Path sources, Map<String, ConfigValue> config, Function<Path, String> shown,
                             Consumer<Problem> warnings) {
        if (sources == null || !Files.isDirectory(sources)) {
            return Found.NONE;
        }
        List<HostReference> literals = new ArrayList<>();
        List<HostReference> declared = new ArrayList<>();
        List<String> readKeys = new ArrayList<>();
        List<Path> files = files(sources, warnings);
        for (Path file : files) {
            String text = text(file, warnings);
            if (text == null || !worthScanning(text)) {
                continue;
            }
            String name = shown.apply(file);
            try {
                KotlinStringLiterals.Scanned scanned = KotlinStringLiterals.scan(text);
                for (KotlinStringLiterals.Literal literal : scanned.literals()) {
                    literals.addAll(JavaSourceReferences.literalReferences(literal.value(), name + ":" + literal.line()));
                }
                for (KotlinAnnotations.Use feign : KotlinAnnotations.of(scanned, "FeignClient")) {
                    JavaSourceReferences.feignClient(feign.member("url"), feign.member("name")
                            .or(() -> feign.member("value")), config, name + ":" + feign.line()).ifPresent(declared::add);
                }
                readKeys.addAll(KotlinConfigKeys.of(scanned));
            } catch (KotlinStringLiterals.TooDeep e) {
                warnings.accept(Problem.at(file, e.line(), "the file nests string templates more than "
                        + KotlinStringLiterals.MAX_NESTING + " deep, so it is not read and" + NOT_DERIVED));
            }
        }
        return new Found(literals, declared, readKeys, !files.isEmpty());
    }

    /** Whether a file may hold a call URL, a Feign client or a key read; one without is not scanned. */
    private static boolean worthScanning(String text) {
        return text.contains("://") || text.contains("FeignClient") || text.contains("${")
                || text.contains("ConfigurationProperties") || JavaConfigKeys.GETTERS.stream().anyMatch(text::contains);
    }

    private static List<Path> files(Path sources, Consumer<Problem> warnings) {
        return SourceFolder.files(sources, ".kt", "Kotlin", warnings);
    }

    private static String text(Path file, Consumer<Problem> warnings) {
        return SourceFolder.text(file, "read from a Kotlin source", warnings);
    }
}
