package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a module's Java sources read a configuration key only to write it into the text of an e-mail, a link the
 * recipient's browser follows (a password-reset or verification link): Spring's {@code SimpleMailMessage.setText},
 * {@code MimeMessageHelper.setText} and Jakarta (or javax) Mail's {@code MimeMessage}/{@code MimeBodyPart}
 * {@code setText}/{@code setContent}. A key read by {@code @Value}, {@code @ConfigProperty} or {@code @Property} on a
 * field or parameter is so written when every use of it (through an assignment to a field, or joined with strings
 * into a local variable) ends in such a call; any other use (a client's base URL) keeps the key read.
 */
final class MailTextUrls {

    /** The mail types whose text setters are followed, by simple name, with the packages they come from. */
    private static final Set<String> MESSAGES = Set.of("SimpleMailMessage", "MailMessage", "MimeMessageHelper",
            "MimeMessage", "MimeBodyPart");
    private static final List<String> PACKAGES = List.of("org.springframework.mail",
            "org.springframework.mail.javamail",
            "jakarta.mail", "jakarta.mail.internet", "javax.mail", "javax.mail.internet");
    private static final Set<String> SETTERS = Set.of("setText", "setContent");
    /** How many fields and local variables a value may be handed through before it is taken as used. */
    private static final int MAX_HOPS = 4;

    private MailTextUrls() {
    }

    /**
     * The first line that writes the key read at {@code site} (a string literal in {@code @Value}, or a
     * {@code @ConfigProperty}/{@code @Property} annotation) into an e-mail's text, when that is its only use.
     */
    static Optional<Integer> publication(Node site) {
        return injectedTarget(site).flatMap(target -> usesEnd(ValueUses.of(target), 0));
    }

    /** The field or parameter that the injecting annotation holding {@code site} annotates. */
    private static Optional<Node> injectedTarget(Node site) {
        Node node = site;
        if (node instanceof StringLiteralExpr) {
            node = node.getParentNode().orElse(null);
            if (node instanceof MemberValuePair pair) {
                node = pair.getParentNode().orElse(null);
            }
        }
        if (node instanceof AnnotationExpr a && Set.of("Value", "ConfigProperty", "Property")
                .contains(a.getName().getIdentifier())) {
            return a.getParentNode();
        }
        return Optional.empty();
    }

    /** The first mail line, when every one of {@code uses} ends in an e-mail's text. */
    private static Optional<Integer> usesEnd(List<? extends Expression> uses, int hops) {
        if (uses.isEmpty() || hops > MAX_HOPS) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        for (Expression use : uses) {
            Optional<Integer> line = end(use, hops);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            first = Math.min(first, line.get());
        }
        return Optional.of(first);
    }

    /** Where {@code use} ends: a mail text setter, or through a field or a local variable the uses of that. */
    private static Optional<Integer> end(Expression use, int hops) {
        Optional<Node> field = ValueUses.assignedField(use);
        if (field.isPresent()) {
            return usesEnd(ValueUses.of(field.get()), hops + 1);
        }
        Node joined = use;
        while (joined.getParentNode().orElse(null) instanceof Expression parent && (parent instanceof EnclosedExpr
                || parent instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS)) {
            joined = parent;
        }
        Node parent = joined.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator local && local.getInitializer().orElse(null) == joined) {
            return usesEnd(localUses(local), hops + 1);
        }
        if (parent instanceof MethodCallExpr call && SETTERS.contains(call.getNameAsString())
                && !call.getArguments().isEmpty() && call.getArgument(0) == joined
                && call.getScope().filter(MailTextUrls::isMessage).isPresent()) {
            return call.getBegin().map(p -> p.line);
        }
        return Optional.empty();
    }

    /** The uses of a local variable in the method that declares it. */
    private static List<NameExpr> localUses(VariableDeclarator local) {
        String name = local.getNameAsString();
        return local.findAncestor(CallableDeclaration.class)
                .map(c -> ((Node) c).findAll(NameExpr.class, n -> n.getNameAsString().equals(name)))
                .orElse(List.of());
    }

    /** Whether {@code e} is a variable, field or parameter declared with one of the mail types. */
    private static boolean isMessage(Expression e) {
        if (!(e instanceof NameExpr name)) {
            return false;
        }
        Node where = e.findAncestor(TypeDeclaration.class).map(t -> (Node) t).orElse(e);
        String n = name.getNameAsString();
        return where.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(n)
                && mailType(v.getType().asString(), v)).size() > 0
                || where.findAll(Parameter.class, p -> p.getNameAsString().equals(n)
                && mailType(p.getType().asString(), p)).size() > 0;
    }

    /** Whether the type written {@code written} is one of the mail types, qualified or imported. */
    private static boolean mailType(String written, Node at) {
        int dot = written.lastIndexOf('.');
        String simple = written.substring(dot + 1);
        if (!MESSAGES.contains(simple)) {
            return false;
        }
        if (dot >= 0) {
            return PACKAGES.contains(written.substring(0, dot));
        }
        List<ImportDeclaration> imports = at.findCompilationUnit()
                .<List<ImportDeclaration>>map(CompilationUnit::getImports)
                .orElse(List.of());
        return imports.stream().anyMatch(i -> !i.isStatic() && (i.isAsterisk()
                ? PACKAGES.contains(i.getNameAsString())
                : PACKAGES.stream().anyMatch(p -> i.getNameAsString().equals(p + "." + simple))));
    }
}
