package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.Optional;
import java.util.Set;

/**
 * The field or parameter a configuration key is injected into, when its name says the URL is where the user's
 * browser is sent ({@link BrowserUrlNames}): {@code @Value("${yas.public.url}/capture") String returnUrl},
 * {@code @ConfigProperty(name = "shop.url") String cancelUrl}. Every variable of a field must be so named.
 */
final class BrowserUrlFields {

    /** The annotations that inject a key into the element they annotate. */
    private static final Set<String> INJECTING = Set.of("Value", "ConfigProperty", "Property");

    private BrowserUrlFields() {
    }

    /**
     * The name of the field or parameter that the key read at {@code site} (a string literal in an injecting
     * annotation, or the annotation itself) goes into, when that name is a browser URL's.
     */
    static Optional<String> injectedInto(Node site) {
        Node node = site;
        if (node instanceof StringLiteralExpr) {
            node = node.getParentNode().orElse(null);
            if (node instanceof MemberValuePair pair) {
                node = pair.getParentNode().orElse(null);
            }
        }
        if (!(node instanceof AnnotationExpr a) || !INJECTING.contains(a.getName().getIdentifier())) {
            return Optional.empty();
        }
        Node target = a.getParentNode().orElse(null);
        if (target instanceof Parameter parameter) {
            return named(parameter.getNameAsString());
        }
        if (target instanceof FieldDeclaration field && field.getVariables().stream()
                .allMatch(v -> BrowserUrlNames.of(v.getNameAsString()).isPresent())) {
            return Optional.of(field.getVariable(0).getNameAsString());
        }
        return Optional.empty();
    }

    private static Optional<String> named(String name) {
        return BrowserUrlNames.of(name).map(n -> name);
    }
}
