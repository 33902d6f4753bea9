package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The uses of the value a field or parameter holds, in the file that declares it: the names and {@code this.}
 * accesses of a field in its type (a parameter or local variable of the same name hides it) or of a parameter in
 * its method, an assignment to it aside; and the field of the same type that a use is assigned to whole. Readers that
 * decide whether a configuration key injected there is only handed on ({@link OpenApiServerUrls},
 * {@link MailTextUrls}) follow a value with them.
 */
final class ValueUses {

    private ValueUses() {
    }

    /** The names and {@code this.} accesses that use a field (in its type) or a parameter (in its method). */
    static List<Expression> of(Node target) {
        List<String> names = new ArrayList<>();
        Optional<Node> scope;
        if (target instanceof FieldDeclaration field) {
            field.getVariables().forEach(v -> names.add(v.getNameAsString()));
            scope = field.getParentNode().filter(n -> n instanceof TypeDeclaration<?>);
        } else if (target instanceof Parameter parameter) {
            names.add(parameter.getNameAsString());
            scope = parameter.getParentNode().filter(n -> n instanceof CallableDeclaration<?>);
        } else {
            return List.of();
        }
        List<Expression> uses = new ArrayList<>();
        scope.ifPresent(s -> {
            s.findAll(NameExpr.class, n -> names.contains(n.getNameAsString())
                    && !(target instanceof FieldDeclaration && shadowed(n))).forEach(uses::add);
            s.findAll(FieldAccessExpr.class, f -> f.getScope() instanceof ThisExpr && names.contains(f.getNameAsString())
                    && target instanceof FieldDeclaration).forEach(uses::add);
        });
        // what is assigned to it is no use of its value
        uses.removeIf(u -> u.getParentNode().orElse(null) instanceof AssignExpr assign && assign.getTarget() == u);
        return uses;
    }

    /** Whether {@code name} is a parameter or local variable of its method, which hides the field of that name. */
    private static boolean shadowed(NameExpr name) {
        String n = name.getNameAsString();
        return name.findAncestor(CallableDeclaration.class).map(c -> ((CallableDeclaration<?>) c).getParameters().stream()
                .anyMatch(p -> p.getNameAsString().equals(n)) || !((Node) c).findAll(VariableDeclarator.class,
                v -> v.getNameAsString().equals(n)).isEmpty()).orElse(false);
    }

    /** The field that {@code use} is assigned to whole ({@code this.url = url}), declared in the same type. */
    static Optional<Node> assignedField(Expression use) {
        if (!(use.getParentNode().orElse(null) instanceof AssignExpr assign) || assign.getValue() != use
                || assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            return Optional.empty();
        }
        Expression to = assign.getTarget();
        String name = to instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString()
                : to instanceof NameExpr n ? n.getNameAsString() : null;
        if (name == null) {
            return Optional.empty();
        }
        return use.findAncestor(TypeDeclaration.class).flatMap(type -> ((TypeDeclaration<?>) type).getFieldByName(name))
                .map(f -> (Node) f);
    }
}
