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
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a module's Java sources read a configuration key only to publish it as the URL of a server in their OpenAPI
 * document, which the browser (Swagger UI) calls and the service never does: swagger-core's model
 * {@code new Server().url(x)} / {@code server.setUrl(x)} ({@code io.swagger.v3.oas.models.servers.Server}, what
 * springdoc serves), and the annotation {@code @Server(url = "${x}")} ({@code io.swagger.v3.oas.annotations.servers},
 * whose placeholders springdoc resolves). A key read by {@code @Value}, {@code @ConfigProperty} or {@code @Property}
 * on a field or parameter publishes only when every use of that field or parameter (through an assignment to a field
 * too) is such a URL, alone or joined with strings; {@code getProperty("x")} when the call itself is. Anything else
 * (a RestClient's base URL, a method of the application) is a use, so the key stays read.
 */
final class OpenApiServerUrls {

    private static final String MODELS = "io.swagger.v3.oas.models.servers";
    private static final String ANNOTATIONS = "io.swagger.v3.oas.annotations.servers";
    /** The fluent methods of the model's Server that return it. */
    private static final Set<String> FLUENT = Set.of("url", "description", "variables", "extensions");
    /** How many fields a value may be handed through before it is taken as used. */
    private static final int MAX_HOPS = 3;

    private OpenApiServerUrls() {
    }

    /**
     * The line where the key read at {@code site} (a string literal holding its placeholder, a {@code @ConfigProperty}
     * or {@code @Property} annotation, a {@code getProperty} call) is published as an OpenAPI server URL, when that is
     * its only use; empty when it is used otherwise, or not at all.
     */
    static Optional<Integer> publication(Node site) {
        if (site instanceof StringLiteralExpr literal) {
            Optional<Integer> annotation = serverAnnotationUrl(literal);
            return annotation.isPresent() ? annotation : injected(literal).flatMap(target -> usesPublish(target, 0));
        }
        if (site instanceof AnnotationExpr a) {
            return a.getParentNode().flatMap(target -> usesPublish(target, 0));
        }
        return site instanceof Expression e ? publishedUse(e) : Optional.empty();
    }

    /** {@code @Server(url = "${x}")} of the annotations package: the line of the annotation. */
    private static Optional<Integer> serverAnnotationUrl(StringLiteralExpr literal) {
        if (literal.getParentNode().orElse(null) instanceof MemberValuePair pair && pair.getNameAsString().equals("url")
                && pair.getParentNode().orElse(null) instanceof AnnotationExpr a
                && refersTo(a.getName().asString(), ANNOTATIONS, a)) {
            return a.getBegin().map(p -> p.line);
        }
        return Optional.empty();
    }

    /** The field or parameter that {@code @Value("${x}")} holding {@code literal} annotates. */
    private static Optional<Node> injected(StringLiteralExpr literal) {
        Node parent = literal.getParentNode().orElse(null);
        if (parent instanceof MemberValuePair pair && pair.getNameAsString().equals("value")) {
            parent = pair.getParentNode().orElse(null);
        }
        if (parent instanceof AnnotationExpr a && a.getName().getIdentifier().equals("Value")) {
            return a.getParentNode();
        }
        return Optional.empty();
    }

    /** The first line that publishes, when every use of the field or parameter {@code target} publishes. */
    private static Optional<Integer> usesPublish(Node target, int hops) {
        List<Expression> uses = ValueUses.of(target);
        if (uses.isEmpty() || hops > MAX_HOPS) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        for (Expression use : uses) {
            Optional<Integer> line = ValueUses.assignedField(use).map(f -> usesPublish(f, hops + 1)).orElseGet(() -> publishedUse(use));
            if (line.isEmpty()) {
                return Optional.empty();
            }
            first = Math.min(first, line.get());
        }
        return Optional.of(first);
    }

    /** The line of {@code .url(e)} / {@code .setUrl(e)} on an OpenAPI Server that takes {@code e} (joined with strings). */
    private static Optional<Integer> publishedUse(Expression e) {
        Node n = e;
        while (n.getParentNode().orElse(null) instanceof Expression parent && (parent instanceof EnclosedExpr
                || parent instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS)) {
            n = parent;
        }
        Node argument = n;
        if (n.getParentNode().orElse(null) instanceof MethodCallExpr call
                && (call.getNameAsString().equals("url") || call.getNameAsString().equals("setUrl"))
                && call.getArguments().size() == 1 && call.getArgument(0) == argument
                && call.getScope().filter(OpenApiServerUrls::isServer).isPresent()) {
            return call.getBegin().map(p -> p.line);
        }
        return Optional.empty();
    }

    /** Whether {@code e} is the model's Server: {@code new Server()}, a fluent call on one, or a variable of that type. */
    private static boolean isServer(Expression e) {
        if (e instanceof ObjectCreationExpr created) {
            return refersTo(created.getType().asString(), MODELS, created);
        }
        if (e instanceof MethodCallExpr call) {
            return FLUENT.contains(call.getNameAsString()) && call.getScope().filter(OpenApiServerUrls::isServer).isPresent();
        }
        if (e instanceof EnclosedExpr enclosed) {
            return isServer(enclosed.getInner());
        }
        if (e instanceof NameExpr name) {
            Optional<Node> scope = e.findAncestor(CallableDeclaration.class).map(c -> (Node) c);
            Node where = scope.isPresent() ? scope.get() : e.findAncestor(TypeDeclaration.class).map(t -> (Node) t).orElse(e);
            return where.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name.getNameAsString())
                    && refersTo(v.getType().asString(), MODELS, v)).size() > 0
                    || where.findAll(Parameter.class, p -> p.getNameAsString().equals(name.getNameAsString())
                    && refersTo(p.getType().asString(), MODELS, p)).size() > 0;
        }
        return false;
    }

    /** Whether the type written {@code written} is {@code pkg.Server}: qualified so, or imported from {@code pkg}. */
    private static boolean refersTo(String written, String pkg, Node at) {
        if (written.equals(pkg + ".Server")) {
            return true;
        }
        if (!written.equals("Server")) {
            return false;
        }
        List<ImportDeclaration> imports = at.findCompilationUnit().map(CompilationUnit::getImports).orElse(null);
        return imports != null && imports.stream().anyMatch(i -> !i.isStatic()
                && (i.isAsterisk() ? i.getNameAsString().equals(pkg) : i.getNameAsString().equals(pkg + ".Server")));
    }
}
