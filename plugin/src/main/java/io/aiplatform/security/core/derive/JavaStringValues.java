package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string an expression of one Java file stands for, as far as the file alone says it: a literal, a
 * constant initialised with one, a field or parameter injected with {@code @Value("${key:default}")}, or
 * {@code environment.getProperty("key")} — placeholders and keys resolved from the configuration.
 * Names are looked up by name in the file (no compilation: a fresh clone has no classes).
 */
final class JavaStringValues {

    /** A value that is one placeholder, {@code ${key}} or {@code ${key:default}}: its key. */
    private static final Pattern SOLE_PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]+)(?::[^}]*)?}$");

    private final CompilationUnit unit;
    private final Map<String, ConfigValue> config;

    JavaStringValues(CompilationUnit unit, Map<String, ConfigValue> config) {
        this.unit = unit;
        this.config = config;
    }

    /** The value of {@code e}, or empty when the file does not say it. */
    Optional<String> of(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return Optional.of(s.getValue());
        }
        if (e instanceof NameExpr n) {
            return named(n.getNameAsString());
        }
        if (e instanceof FieldAccessExpr f) {
            return named(f.getNameAsString());
        }
        if (e instanceof MethodCallExpr call && call.getNameAsString().equals("getProperty")
                && !call.getArguments().isEmpty() && call.getArgument(0) instanceof StringLiteralExpr key) {
            String fallback = call.getArguments().size() > 1 && call.getArgument(1) instanceof StringLiteralExpr d
                    ? ":" + d.getValue() : "";
            return Optional.of(resolved("${" + key.getValue() + fallback + "}"));
        }
        return Optional.empty();
    }

    /** {@code value} with its placeholders resolved from the configuration. */
    String resolved(String value) {
        return Placeholders.resolve(value, config).value();
    }

    /** The simple name of the declared type of the variable, field or parameter called {@code name}, if declared here. */
    Optional<String> declaredType(String name) {
        Optional<Type> type = unit.findAll(VariableDeclarator.class).stream()
                .filter(v -> v.getNameAsString().equals(name)).map(VariableDeclarator::getType).findFirst()
                .or(() -> unit.findAll(Parameter.class).stream().filter(p -> p.getNameAsString().equals(name))
                        .map(Parameter::getType).findFirst());
        return type.map(t -> t.isClassOrInterfaceType() ? t.asClassOrInterfaceType().getNameAsString() : t.asString());
    }

    private Optional<String> named(String name) {
        for (VariableDeclarator v : unit.findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name)) {
                Optional<String> injected = v.getParentNode().filter(FieldDeclaration.class::isInstance)
                        .flatMap(f -> injected(((FieldDeclaration) f).getAnnotations()));
                if (injected.isPresent()) {
                    return injected;
                }
                if (v.getInitializer().filter(StringLiteralExpr.class::isInstance).isPresent()) {
                    return Optional.of(((StringLiteralExpr) v.getInitializer().get()).getValue());
                }
            }
        }
        return unit.findAll(Parameter.class).stream().filter(p -> p.getNameAsString().equals(name))
                .map(p -> injected(p.getAnnotations())).flatMap(Optional::stream).findFirst();
    }

    /**
     * The key of the {@code @Value("${key:default}")} that injects the field or parameter {@code e} names
     * ({@code accounts.address}), when its value is that one placeholder.
     */
    Optional<String> injectedKey(Expression e) {
        String name = e instanceof NameExpr n ? n.getNameAsString() : e instanceof FieldAccessExpr f ? f.getNameAsString()
                : null;
        if (name == null) {
            return Optional.empty();
        }
        List<NodeList<AnnotationExpr>> annotated = new ArrayList<>();
        unit.findAll(VariableDeclarator.class).stream().filter(v -> v.getNameAsString().equals(name))
                .forEach(v -> v.getParentNode().filter(FieldDeclaration.class::isInstance)
                        .ifPresent(f -> annotated.add(((FieldDeclaration) f).getAnnotations())));
        unit.findAll(Parameter.class).stream().filter(p -> p.getNameAsString().equals(name))
                .forEach(p -> annotated.add(p.getAnnotations()));
        return annotated.stream().flatMap(NodeList::stream).filter(a -> a.getName().getIdentifier().equals("Value"))
                .map(a -> member(a, "value")).flatMap(Optional::stream).map(SOLE_PLACEHOLDER::matcher)
                .filter(Matcher::matches).map(m -> m.group(1).strip()).findFirst();
    }

    /** What {@code @Value("${key}")} among {@code annotations} injects. */
    private Optional<String> injected(NodeList<AnnotationExpr> annotations) {
        return annotations.stream().filter(a -> a.getName().getIdentifier().equals("Value"))
                .map(a -> member(a, "value")).flatMap(Optional::stream).findFirst().map(this::resolved);
    }

    /** A string member of an annotation ({@code @A("x")} is {@code value}), when it is a literal. */
    static Optional<String> member(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
            return literal(single.getMemberValue());
        }
        if (a instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return literal(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> literal(Expression e) {
        return e instanceof StringLiteralExpr s ? Optional.of(s.getValue()) : Optional.empty();
    }
}
