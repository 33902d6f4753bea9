package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spring Cloud OpenFeign's client scanning, as {@code @EnableFeignClients} documents it: the interfaces annotated
 * {@code @FeignClient} become clients of the application when they are in a package it scans — {@code basePackages}
 * (or its alias {@code value}), the packages of the {@code basePackageClasses}, else the package of the class that
 * carries the annotation — or are named in its {@code clients} (which, when given, replaces the scan). A library
 * module's {@code @FeignClient} interfaces so reach the service that enables them ({@code
 * @EnableFeignClients(basePackages = "com.acme.clients")} in the service, the interfaces in a shared {@code clients}
 * module); this class reads both sides from the sources, without compiling them.
 */
public final class FeignClientScan {

    /** A {@code @FeignClient} interface: its package, qualified name, its {@code url} and {@code name}/{@code value}. */
    public record Client(String packageName, String type, Optional<String> url, Optional<String> id, String where) {

        /** The service it calls, its placeholders resolved from {@code config} (as {@code @FeignClient} in the module). */
        public Optional<HostReference> reference(Map<String, ConfigValue> config) {
            return JavaSourceReferences.feignClient(url, id, config, where);
        }
    }

    /**
     * An {@code @EnableFeignClients}: the packages it scans, the client types it names ({@code clients}), where, and
     * the qualified name of the class that carries it.
     */
    public record Enable(List<String> packages, List<String> clients, String where, String type) {

        /** Whether {@code client} becomes a client of the application that carries this annotation. */
        public boolean covers(Client client) {
            if (!clients.isEmpty()) {
                return clients.contains(client.type());
            }
            return packages.stream().anyMatch(p -> client.packageName().equals(p)
                    || client.packageName().startsWith(p + "."));
        }
    }

    /**
     * What sources hold: their {@code @FeignClient} interfaces and {@code @EnableFeignClients} annotations, and the
     * classes each class {@code @Import}s (qualified names), collected while {@link JavaSourceReferences} parses them.
     */
    public record Found(List<Client> clients, List<Enable> enables, Map<String, List<String>> imports) {
        public static final Found NONE = new Found(List.of(), List.of(), Map.of());
    }

    private FeignClientScan() {
    }

    /** Whether a source text may hold an {@code @Import} that {@link #collect} records. */
    static boolean mayImport(String text) {
        return text.contains("Import("); // @Import(…) or @org.springframework.context.annotation.Import(…)
    }

    /**
     * Adds what {@code unit} (shown as {@code name}) holds to {@code clients}, {@code enables} and {@code imports}
     * (a class's {@code @Import} class literals, qualified as the file's imports say).
     */
    static void collect(CompilationUnit unit, String name, List<Client> clients, List<Enable> enables,
                        Map<String, List<String>> imports) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            String qualifiedType = type.getFullyQualifiedName().orElse(type.getNameAsString());
            for (AnnotationExpr a : type.getAnnotations()) {
                int line = a.getBegin().map(p -> p.line).orElse(0);
                String id = a.getName().getIdentifier();
                if (id.equals("FeignClient") && type instanceof ClassOrInterfaceDeclaration c && c.isInterface()) {
                    String qualified = type.getFullyQualifiedName().orElse(type.getNameAsString());
                    clients.add(new Client(pkg, qualified, JavaStringValues.member(a, "url"),
                            JavaStringValues.member(a, "name").or(() -> JavaStringValues.member(a, "value")),
                            name + ":" + line));
                } else if (id.equals("EnableFeignClients")) {
                    enables.add(enable(a, unit, pkg, name + ":" + line, qualifiedType));
                } else if (id.equals("Import")) {
                    members(a, "value").forEach(e -> imports.computeIfAbsent(qualifiedType, k -> new ArrayList<>())
                            .addAll(classes(e, unit, pkg)));
                }
            }
        }
    }

    private static Enable enable(AnnotationExpr a, CompilationUnit unit, String pkg, String where, String type) {
        List<String> packages = new ArrayList<>();
        members(a, "value").forEach(e -> packages.addAll(strings(e)));
        members(a, "basePackages").forEach(e -> packages.addAll(strings(e)));
        members(a, "basePackageClasses").forEach(e -> classes(e, unit, pkg).forEach(c -> packages.add(packageOf(c))));
        List<String> clients = new ArrayList<>();
        members(a, "clients").forEach(e -> clients.addAll(classes(e, unit, pkg)));
        if (packages.isEmpty()) {
            packages.add(pkg); // "if not specified, the package of the annotated class"
        }
        return new Enable(packages.stream().map(FeignClientScan::scanned).toList(), List.copyOf(clients), where, type);
    }

    /** A base package as scanned: a trailing {@code .*} or {@code .**} pattern scans below its stem, as the stem does. */
    private static String scanned(String basePackage) {
        String p = basePackage.strip();
        while (p.endsWith(".*")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    private static List<Expression> members(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? List.of(single.getMemberValue()) : List.of();
        }
        if (a instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(name))
                    .map(MemberValuePair::getValue).toList();
        }
        return List.of();
    }

    private static List<String> strings(Expression e) {
        List<Expression> items = e instanceof ArrayInitializerExpr array ? array.getValues() : List.of(e);
        return items.stream().filter(StringLiteralExpr.class::isInstance)
                .map(s -> ((StringLiteralExpr) s).getValue()).toList();
    }

    /** The qualified names of the class literals of a member: as written, through the file's imports, else its package. */
    private static List<String> classes(Expression e, CompilationUnit unit, String pkg) {
        List<Expression> items = e instanceof ArrayInitializerExpr array ? array.getValues() : List.of(e);
        List<String> names = new ArrayList<>();
        for (Expression item : items) {
            if (item instanceof ClassExpr c) {
                names.add(qualified(c.getType().asString(), unit, pkg));
            }
        }
        return names;
    }

    private static String qualified(String written, CompilationUnit unit, String pkg) {
        if (written.contains(".") && Character.isLowerCase(written.charAt(0))) {
            return written;
        }
        String simple = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
        for (ImportDeclaration i : unit.getImports()) {
            if (!i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(simple)) {
                return i.getNameAsString() + written.substring(simple.length());
            }
        }
        return pkg.isEmpty() ? written : pkg + "." + written;
    }

    private static String packageOf(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "" : qualified.substring(0, dot);
    }
}
