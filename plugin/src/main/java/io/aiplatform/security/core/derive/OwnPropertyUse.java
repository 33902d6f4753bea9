package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;

/**
 * Whether a {@code @ConfigurationProperties} type uses one of its properties itself: a method of the type (other than
 * the property's accessors and setter; constructors only bind) names its field ({@code media}, {@code this.media}) or
 * calls one of its accessors ({@code getMedia()}), as a properties class that builds its client URLs does.
 */
final class OwnPropertyUse {

    private OwnPropertyUse() {
    }

    static boolean usedByItsType(TypeDeclaration<?> type, String name, List<String> accessors) {
        String setter = "set" + capitalized(name);
        for (MethodDeclaration m : type.getMethods()) {
            String method = m.getNameAsString();
            boolean own = (accessors.contains(method) && m.getParameters().isEmpty())
                    || (method.equals(setter) && m.getParameters().size() == 1);
            if (!own && uses(m, name, accessors)) {
                return true;
            }
        }
        return false;
    }

    private static boolean uses(MethodDeclaration m, String name, List<String> accessors) {
        return m.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name))
                || m.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals(name))
                || m.findAll(MethodCallExpr.class).stream().anyMatch(c -> accessors.contains(c.getNameAsString())
                && c.getArguments().isEmpty());
    }

    /** {@code media} as a bean accessor's part: {@code Media}. */
    static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
