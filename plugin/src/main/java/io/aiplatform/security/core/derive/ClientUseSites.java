package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Java sources use a client library that connects only when the code uses it ({@link CodeUsedClients}): an
 * annotation ({@code @KafkaListener}), a type ({@code KafkaTemplate}, also as a static call's scope:
 * {@code TopicBuilder.name(…)}), a {@code @Bean} method's return type or an interface a {@code @Component} or
 * {@code @Service} class implements ({@code Consumer}). Each use is kept with the class it is in and whether that class
 * is concrete: a use in an abstract class or an interface counts only when some class extends or implements it
 * ({@link #collectExtended}), one in an annotation type never. An annotation on an interface itself counts: the
 * framework implements the interface ({@code @KafkaClient} of Micronaut).
 */
public final class ClientUseSites {

    private static final Set<String> STEREOTYPES = Set.of("Component", "Service");
    /** The clause after {@code extends} or {@code implements}, up to the body's brace. */
    private static final Pattern SUPER_CLAUSE = Pattern.compile("\\b(?:extends|implements)\\b([^{;]*)");
    private static final Pattern TYPE_NAME = Pattern.compile("\\b([A-Z][\\w$]*)");

    /**
     * A use: the product it connects to, what it is ({@code @KafkaListener}, {@code KafkaTemplate},
     * {@code @Bean Consumer}), where ({@code File.java:12}), the simple name of the class it is in and whether that
     * class is concrete.
     */
    public record Site(String product, String use, String where, String owner, boolean concrete) {

        /** "File.java:12 @KafkaListener". */
        public String shown() {
            return where + " " + use;
        }
    }

    /** The uses of some sources, and the simple names their classes extend or implement. */
    public record Uses(List<Site> sites, Set<String> extended) {

        public static final Uses NONE = new Uses(List.of(), Set.of());

        public Uses {
            sites = List.copyOf(sites);
            extended = Collections.unmodifiableSet(new TreeSet<>(extended));
        }
    }

    private ClientUseSites() {
    }

    /**
     * Adds the simple names that {@code text} names after {@code extends} or {@code implements} to {@code into}, read
     * from the plain text so that every file counts (a generic bound's names count too: a use rather counts than not).
     */
    static void collectExtended(String text, Set<String> into) {
        if (!text.contains("extends") && !text.contains("implements")) {
            return;
        }
        Matcher clause = SUPER_CLAUSE.matcher(text);
        while (clause.find()) {
            Matcher name = TYPE_NAME.matcher(clause.group(1));
            while (name.find()) {
                into.add(name.group(1));
            }
        }
    }

    /** True when {@code text} may hold a use, so that it is worth a parse. */
    static boolean mayUse(String text) {
        return CodeUsedClients.mayUse(text);
    }

    /** Adds the uses in {@code unit} (shown as {@code file}) to {@code into}. */
    static void collect(CompilationUnit unit, String file, List<Site> into) {
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            CodeUsedClients.annotationProducts(a.getName().getIdentifier())
                    .forEach(p -> add(a, p, "@" + a.getName().getIdentifier(), file, into));
        }
        for (ClassOrInterfaceType t : unit.findAll(ClassOrInterfaceType.class)) {
            CodeUsedClients.typeProducts(t.getNameAsString()).forEach(p -> add(t, p, t.getNameAsString(), file, into));
        }
        for (NameExpr n : unit.findAll(NameExpr.class)) {
            CodeUsedClients.typeProducts(n.getNameAsString()).forEach(p -> add(n, p, n.getNameAsString(), file, into));
        }
        for (MethodDeclaration m : unit.findAll(MethodDeclaration.class)) {
            if (m.isAnnotationPresent("Bean") && m.getType() instanceof ClassOrInterfaceType returned) {
                CodeUsedClients.beanProducts(returned.getNameAsString())
                        .forEach(p -> add(m, p, "@Bean " + returned.getNameAsString(), file, into));
            }
        }
        for (ClassOrInterfaceDeclaration c : unit.findAll(ClassOrInterfaceDeclaration.class)) {
            if (c.getAnnotations().stream().anyMatch(a -> STEREOTYPES.contains(a.getName().getIdentifier()))) {
                for (ClassOrInterfaceType implemented : c.getImplementedTypes()) {
                    CodeUsedClients.beanProducts(implemented.getNameAsString()).forEach(p -> add(implemented, p,
                            "@Component implementing " + implemented.getNameAsString(), file, into));
                }
            }
        }
    }

    private static void add(Node node, String product, String use, String file, List<Site> into) {
        Optional<TypeDeclaration<?>> owner = owner(node);
        if (owner.isEmpty() || owner.get() instanceof AnnotationDeclaration) {
            return; // a use in an annotation type (a meta-annotation) opens nothing by itself
        }
        int line = node.getBegin().map(p -> p.line).orElse(0);
        boolean implemented = node instanceof AnnotationExpr && node.getParentNode().equals(owner.map(Node.class::cast));
        into.add(new Site(product, use, file + ":" + line, owner.get().getNameAsString(),
                implemented || concrete(owner.get())));
    }

    private static Optional<TypeDeclaration<?>> owner(Node node) {
        Optional<Node> step = node.getParentNode();
        while (step.isPresent() && !(step.get() instanceof TypeDeclaration<?>)) {
            step = step.get().getParentNode();
        }
        return step.map(n -> (TypeDeclaration<?>) n);
    }

    private static boolean concrete(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration c) {
            return !c.isInterface() && !c.isAbstract();
        }
        return true; // an enum or a record
    }
}
