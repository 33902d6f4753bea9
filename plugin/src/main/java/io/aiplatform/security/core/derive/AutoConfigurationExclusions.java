package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The auto-configurations a Java file excludes in code, as Spring Boot documents it: the {@code exclude} (classes) and
 * {@code excludeName} (fully qualified names) attributes of {@code @SpringBootApplication} and
 * {@code @EnableAutoConfiguration}, and {@code exclude} of {@code @ImportAutoConfiguration} ("such that they will never
 * be applied"), a single value or an array. A class literal is named as its file's single-type
 * import resolves it ({@code DataSourceAutoConfiguration.class} with
 * {@code import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration}), qualified when written so,
 * else by its simple name (a wildcard import); {@link ExcludedAutoConfigurations} compares them with its catalog.
 */
public final class AutoConfigurationExclusions {

    /** The annotations that exclude auto-configurations, and the attributes that do. */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "SpringBootApplication", Set.of("exclude", "excludeName"),
            "EnableAutoConfiguration", Set.of("exclude", "excludeName"),
            "ImportAutoConfiguration", Set.of("exclude"));

    /**
     * One excluded auto-configuration: its name (qualified when known, else simple: a class literal that no single-type
     * import resolves), the name as the source writes it, and where ({@code File.java:9 @SpringBootApplication(exclude)}).
     */
    public record Excluded(String name, String written, String where, boolean simple) {

        /**
         * Whether this names {@code autoConfiguration} (fully qualified): the same name, or its simple name for a class
         * literal ({@code excludeName} takes fully qualified names only).
         */
        public boolean names(String autoConfiguration) {
            return name.equals(autoConfiguration) || simple && autoConfiguration.endsWith("." + name);
        }
    }

    private AutoConfigurationExclusions() {
    }

    /** True when {@code text} may exclude an auto-configuration, so that it is worth a parse. */
    static boolean mayExclude(String text) {
        return text.contains("exclude") && text.contains("AutoConfiguration");
    }

    /** Adds the auto-configurations that {@code unit} (shown as {@code file}) excludes to {@code into}. */
    static void collect(CompilationUnit unit, String file, List<Excluded> into) {
        Map<String, String> imported = new TreeMap<>();
        for (ImportDeclaration i : unit.getImports()) {
            if (!i.isAsterisk() && !i.isStatic()) {
                imported.put(i.getName().getIdentifier(), i.getNameAsString());
            }
        }
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            Set<String> attributes = ATTRIBUTES.getOrDefault(a.getName().getIdentifier(), Set.of());
            if (attributes.isEmpty() || !(a instanceof NormalAnnotationExpr n)) {
                continue;
            }
            for (MemberValuePair pair : n.getPairs()) {
                String attribute = pair.getNameAsString();
                if (attributes.contains(attribute)) {
                    String where = file + ":" + pair.getBegin().map(p -> p.line).orElse(0) + " @"
                            + a.getName().getIdentifier() + "(" + attribute + ")";
                    values(pair.getValue()).forEach(v -> named(v, imported, where, into));
                }
            }
        }
    }

    private static List<Expression> values(Expression value) {
        return value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
    }

    private static void named(Expression value, Map<String, String> imported, String where, List<Excluded> into) {
        if (value instanceof ClassExpr c) {
            String written = c.getType().asString();
            String resolved = imported.get(written);
            into.add(resolved != null ? new Excluded(resolved, written, where, false)
                    : new Excluded(written, written, where, !written.contains(".")));
        } else if (value instanceof StringLiteralExpr s && !s.getValue().isBlank()) {
            into.add(new Excluded(s.getValue().strip(), s.getValue().strip(), where, false));
        }
    }
}
