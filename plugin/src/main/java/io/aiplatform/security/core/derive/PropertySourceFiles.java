package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.aiplatform.security.core.support.LargeStack;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Spring Framework's {@code @PropertySource}: a {@code @Configuration} class of the module adds a properties file to
 * the application's {@code Environment} ({@code @PropertySource("classpath:clients-${spring.profiles.active}.properties")},
 * alone or inside {@code @PropertySources}). Spring resolves the placeholders of the location against the property
 * sources already present (the deployment's environment, the application's configuration files), loads the file from
 * the classpath (a location without prefix is a classpath resource, as the annotation's documentation says), and ranks
 * its properties below the configuration files: Spring Boot's externalized configuration lists "{@code @PropertySource}
 * annotations on your {@code @Configuration} classes" before the config data files, which override them. So its keys
 * count where the module's own files and the deployment set none. Only {@code .properties} files on the classpath are
 * read (a {@code file:} or URL location is the running machine's, a YAML file needs a factory of the application's);
 * a location whose placeholders nothing resolves, or that no classpath folder holds, is not read (Spring stops the
 * application unless {@code ignoreResourceNotFound}), and {@code explain} says so.
 */
public final class PropertySourceFiles {

    private static final String CLASSPATH = "classpath:";

    /** A location that an annotation declares, and where ({@code CustomerApp.java:14}). */
    public record Declared(String location, String where) {
    }

    /** What reading the declared files gave: the configuration below the module's own, and what was not read. */
    public record Read(ModuleConfiguration configuration, List<String> notes) {
    }

    private PropertySourceFiles() {
    }

    /** Whether a source file's text may hold the annotation (a file without is not parsed). */
    static boolean mayDeclare(String text) {
        return text.contains("PropertySource");
    }

    /** The locations of the {@code @PropertySource} annotations of {@code unit} (shown as {@code name}), in order. */
    static List<Declared> of(CompilationUnit unit, String name) {
        List<Declared> found = new ArrayList<>();
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            if (!a.getName().getIdentifier().equals("PropertySource")) {
                continue;
            }
            int line = a.getBegin().map(p -> p.line).orElse(0);
            value(a).ifPresent(v -> literals(v).forEach(l -> found.add(new Declared(l, name + ":" + line))));
        }
        return found;
    }

    /** The locations declared by the Java sources below {@code sources}; files not read go to {@code warnings}. */
    public static List<Declared> declared(Path sources, Function<Path, String> shown, Consumer<Problem> warnings) {
        if (sources == null || !Files.isDirectory(sources)) {
            return List.of();
        }
        return LargeStack.call("property-sources", () -> {
            JavaSourceFiles files = new JavaSourceFiles(warnings);
            List<Declared> found = new ArrayList<>();
            for (Path file : files.files(sources)) {
                files.parse(file, PropertySourceFiles::mayDeclare).ifPresent(u -> found.addAll(of(u, shown.apply(file))));
            }
            return found;
        });
    }

    /**
     * The configuration the {@code declared} files give, their placeholders resolved from {@code environment} (the
     * module's configuration with the deployment's variables), looked up in the {@code classpath} folders in order (the
     * module's {@code src/main/resources}, then its library modules'); a later file's key wins over an earlier one's,
     * as Spring documents for several {@code @PropertySource}s. Each property's evidence names the annotation.
     */
    public static Read read(List<Declared> declared, Map<String, ConfigValue> environment, List<Path> classpath,
                            Function<Path, String> shown, Consumer<Problem> warnings) {
        Map<String, ConfigValue> properties = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Declared d : declared) {
            Placeholders.Result resolved = Placeholders.resolve(d.location(), environment);
            if (!resolved.unresolved().isEmpty() || resolved.bounded()) {
                notes.add("@PropertySource(" + d.location() + ") at " + d.where() + " is not read: nothing sets "
                        + String.join(", ", resolved.unresolved()));
                continue;
            }
            Optional<Path> file = find(resolved.value().strip(), classpath);
            if (file.isEmpty()) {
                // the location as written: a resolved value may come from a Secret, never shown
                notes.add("@PropertySource(" + d.location() + ") at " + d.where() + " is not read: it names no"
                        + " .properties file of the module's or its libraries' src/main/resources");
                continue;
            }
            for (ConfigFiles.Document doc : ConfigFiles.readConfiguration(file.get(), warnings)) {
                doc.properties().forEach((key, v) -> properties.put(key, new ConfigValue(v.key(), v.value(), v.file(),
                        v.line(), v.key() + " (@PropertySource at " + d.where() + ")", v.secret())));
            }
        }
        return new Read(ModuleConfiguration.documents(List.of(new ConfigFiles.Document(properties, List.of())),
                List.of()), notes);
    }

    /** The classpath file a resolved location names, when it is a {@code .properties} file one of the folders holds. */
    public static Optional<Path> find(String location, List<Path> classpath) {
        String path = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length())
                : location.contains(":") ? null : location;
        if (path == null || !path.endsWith(".properties") || path.contains("..") || path.contains("*")) {
            return Optional.empty();
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        for (Path folder : classpath) {
            if (folder == null || path.isEmpty()) {
                continue;
            }
            Path candidate = folder.resolve(path).normalize();
            if (candidate.startsWith(folder.normalize()) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The annotation's {@code value} (its only member in {@code @PropertySource("…")}). */
    private static Optional<Expression> value(AnnotationExpr a) {
        if (a instanceof SingleMemberAnnotationExpr single) {
            return Optional.of(single.getMemberValue());
        }
        if (a instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("value")) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The string literals of a member: one, or each of an array's. */
    private static List<String> literals(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return List.of(s.getValue());
        }
        if (e instanceof ArrayInitializerExpr array) {
            return array.getValues().stream().filter(StringLiteralExpr.class::isInstance)
                    .map(v -> ((StringLiteralExpr) v).getValue()).toList();
        }
        return List.of();
    }
}
