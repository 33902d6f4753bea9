package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The configuration keys a module's Java sources read: every placeholder in a string ({@code @Value("${x}")},
 * Micronaut's {@code @Value}, {@code @FeignClient(url = "${x}")}), {@code @ConfigProperty(name = "x")},
 * {@code @Property(name = "x")}, {@code Environment.getProperty("x")} and MicroProfile's
 * {@code getValue("x", …)}, and each property of a {@code @ConfigurationProperties(prefix)} class or record
 * ({@code prefix} + the relaxed field name) or of a Quarkus {@code @ConfigMapping(prefix)} interface, and the URL keys
 * of a MicroProfile REST client ({@code @RegisterRestClient(configKey)}, {@link #restClientKeys}; with a configKey, its
 * interface's {@code <name>/mp-rest/url} too). A prefix
 * whose properties are not known here (on a {@code @Bean} method) reads every key below it. The properties of a
 * {@code @ConfigurationProperties} record or class are only bound ({@link BoundProperty}): they count when the code
 * calls their accessors.
 */
final class JavaConfigKeys {

    /** The methods whose first argument, a string literal, names the property they read. */
    static final Set<String> GETTERS = Set.of("getProperty", "getRequiredProperty", "containsProperty",
            "getValue", "getOptionalValue", "getConfigValue");

    /** The text a file holds when it may read a key; a file without any is not worth a parse for this reader. */
    static final List<String> HINTS = List.of("${", "ConfigurationProperties", "ConfigMapping", "ConfigProperty",
            "Property(", "getProperty", "getRequiredProperty", "getValue", "getOptionalValue", "RegisterRestClient");

    private JavaConfigKeys() {
    }

    /**
     * Adds the keys (canonical form) that {@code unit} reads to {@code into}, except where a key is read only to be
     * handed to the browser, as an OpenAPI server URL ({@link OpenApiServerUrls}) or into a field or parameter named
     * as a browser URL ({@link BrowserUrlFields}), or written into an e-mail's text ({@link MailTextUrls}): those go
     * to {@code published}, with the line.
     * The properties a {@code @ConfigurationProperties} record or class binds go to {@code bound}.
     */
    static void collect(CompilationUnit unit, List<String> into, List<BoundProperty> bound,
                        BiConsumer<String, KeyPublication> published) {
        for (StringLiteralExpr literal : unit.findAll(StringLiteralExpr.class)) {
            if (literal.getValue().contains("${")) {
                Optional<KeyPublication> line = publication(literal);
                Placeholders.names(literal.getValue()).forEach(n -> add(ConfigKeys.canonical(n), line, into, published));
            }
        }
        for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
            String type = a.getName().getIdentifier();
            switch (type) {
                case "ConfigProperty", "Property" -> member(a, "name").ifPresent(n -> add(ConfigKeys.canonical(n),
                        publication(a), into, published));
                case "ConfigurationProperties" -> member(a, "prefix").or(() -> member(a, "value"))
                        .ifPresent(prefix -> bind(a, prefix, into, bound));
                case "ConfigMapping" -> member(a, "prefix").or(() -> member(a, "value"))
                        .ifPresent(prefix -> properties(a, prefix, into));
                case "RegisterRestClient" -> restClient(a, into);
                default -> {
                }
            }
        }
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            if (GETTERS.contains(call.getNameAsString()) && !call.getArguments().isEmpty()
                    && call.getArgument(0) instanceof StringLiteralExpr s) {
                add(ConfigKeys.canonical(s.getValue()), publication(call), into, published);
            }
        }
    }

    /** How the key read at {@code site} is only handed to the browser, if it is. */
    private static Optional<KeyPublication> publication(Node site) {
        Optional<KeyPublication> openApi = OpenApiServerUrls.publication(site).map(line -> new KeyPublication(line, null));
        if (openApi.isPresent()) {
            return openApi;
        }
        Optional<KeyPublication> field = BrowserUrlFields.injectedInto(site)
                .map(name -> new KeyPublication(site.getBegin().map(p -> p.line).orElse(0), name));
        return field.isPresent() ? field : MailTextUrls.publication(site).map(KeyPublication::mailText);
    }

    private static void add(String key, Optional<KeyPublication> publishedAt, List<String> into,
                            BiConsumer<String, KeyPublication> published) {
        if (publishedAt.isPresent()) {
            published.accept(key, publishedAt.get());
        } else {
            into.add(key);
        }
    }

    /**
     * The keys a MicroProfile REST client with this {@code configKey} (or, without one, the interface's fully
     * qualified name) reads its URL from: MicroProfile's {@code <key>/mp-rest/url} and {@code /mp-rest/uri}, and
     * Quarkus' {@code quarkus.rest-client.<key>.url} and {@code .uri} (quoted when the key holds dots).
     */
    static List<String> restClientKeys(String configKey) {
        String quarkus = "quarkus.rest-client." + (configKey.contains(".") ? "\"" + configKey + "\"" : configKey);
        return List.of(configKey + "/mp-rest/url", configKey + "/mp-rest/uri", quarkus + ".url", quarkus + ".uri")
                .stream().map(ConfigKeys::canonical).toList();
    }

    /**
     * The keys the REST client that {@code a} registers reads its URL from ({@link #restClientKeys}): of its
     * {@code configKey}, else of the interface's fully qualified name; with a {@code configKey}, MicroProfile's keys of
     * the fully qualified name too, which the MicroProfile Rest Client specification reads beside the configKey's and
     * over them ("If the same property exists for the same interface specified by both the configKey and the
     * fully-qualified classname, the property specified by the fully-qualified classname takes precedence").
     */
    private static void restClient(AnnotationExpr a, List<String> into) {
        Optional<String> configKey = member(a, "configKey").filter(k -> !k.isBlank());
        Optional<String> name = interfaceName(a);
        configKey.or(() -> name).ifPresent(k -> into.addAll(restClientKeys(k)));
        if (configKey.isPresent()) {
            name.ifPresent(n -> List.of(n + "/mp-rest/url", n + "/mp-rest/uri")
                    .forEach(k -> into.add(ConfigKeys.canonical(k))));
        }
    }

    /** The fully qualified name of the interface {@code a} annotates. */
    private static Optional<String> interfaceName(AnnotationExpr a) {
        return a.getParentNode().filter(n -> n instanceof ClassOrInterfaceDeclaration)
                .flatMap(n -> ((ClassOrInterfaceDeclaration) n).getFullyQualifiedName());
    }

    /** The properties below {@code prefix} that the annotated type declares, or the prefix itself. */
    private static void properties(AnnotationExpr a, String prefix, List<String> into) {
        Optional<Node> owner = a.getParentNode();
        List<String> names = new ArrayList<>();
        if (owner.isPresent() && owner.get() instanceof RecordDeclaration record) {
            record.getParameters().forEach(p -> names.add(p.getNameAsString()));
        } else if (owner.isPresent() && owner.get() instanceof ClassOrInterfaceDeclaration type) {
            if (type.isInterface()) {
                type.getMethods().forEach(m -> names.add(m.getNameAsString()));
            } else {
                fields(type).forEach(names::add);
            }
        }
        String p = ConfigKeys.canonical(prefix);
        if (names.isEmpty()) {
            into.add(p);
        } else {
            names.forEach(n -> into.add(p + "." + ConfigKeys.canonical(n)));
        }
    }

    /**
     * The properties a {@code @ConfigurationProperties} record (its components, read by {@code x()}) or class (its
     * fields and setters, read by {@code getX()} / {@code isX()}) binds below {@code prefix}; any other annotated
     * element (a {@code @Bean} method, an interface) or a type without properties reads the keys as before.
     */
    private static void bind(AnnotationExpr a, String prefix, List<String> into, List<BoundProperty> bound) {
        Optional<Node> owner = a.getParentNode();
        boolean record = owner.isPresent() && owner.get() instanceof RecordDeclaration;
        boolean bean = owner.isPresent() && owner.get() instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
        List<String> names = new ArrayList<>();
        if (record) {
            ((RecordDeclaration) owner.get()).getParameters().forEach(p -> names.add(p.getNameAsString()));
        } else if (bean) {
            fields((ClassOrInterfaceDeclaration) owner.get()).forEach(names::add);
        }
        if (names.isEmpty()) {
            properties(a, prefix, into);
            return;
        }
        TypeDeclaration<?> type = (TypeDeclaration<?>) owner.get();
        String p = ConfigKeys.canonical(prefix);
        for (String n : new java.util.LinkedHashSet<>(names)) {
            List<String> accessors = record ? List.of(n)
                    : List.of("get" + OwnPropertyUse.capitalized(n), "is" + OwnPropertyUse.capitalized(n));
            bound.add(new BoundProperty(p + "." + ConfigKeys.canonical(n), type.getNameAsString(), accessors,
                    OwnPropertyUse.usedByItsType(type, n, accessors)));
        }
    }

    private static List<String> fields(TypeDeclaration<?> type) {
        List<String> names = new ArrayList<>();
        for (FieldDeclaration f : type.getFields()) {
            if (!f.isStatic()) {
                f.getVariables().forEach(v -> names.add(v.getNameAsString()));
            }
        }
        for (MethodDeclaration m : type.getMethods()) { // setters of properties without a field of that name
            String n = m.getNameAsString();
            if (n.startsWith("set") && n.length() > 3 && m.getParameters().size() == 1) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            }
        }
        return names;
    }

    private static Optional<String> member(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
            return single.getMemberValue() instanceof StringLiteralExpr s ? Optional.of(s.getValue()) : Optional.empty();
        }
        if (a instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(name))
                    .map(p -> p.getValue()).filter(v -> v instanceof StringLiteralExpr)
                    .map(v -> ((StringLiteralExpr) v).getValue()).findFirst();
        }
        return Optional.empty();
    }
}
