package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services a Java file calls through Spring Cloud's discovery and Spring's HTTP interfaces, which
 * name a service without a URL literal: {@code discoveryClient.getInstances("orders")} (any
 * {@code *DiscoveryClient}), {@code loadBalancerClient.choose("orders")} (any {@code *LoadBalancerClient}
 * or {@code ServiceInstanceChooser}),
 * {@code loadBalancerClientFactory.getInstance("orders")}, the {@code baseUrl(...)} of a {@code RestClient} or
 * {@code WebClient} builder given by a {@code @Value} field or parameter or {@code Environment.getProperty},
 * and a placeholder in {@code @HttpExchange}/{@code @GetExchange}/... (resolved by
 * {@code HttpServiceProxyFactory}'s value resolver). Placeholders are resolved from the configuration.
 * Literal URLs ({@code http://orders/…}, {@code lb://orders}) are read by {@link JavaSourceReferences}.
 * The caller keeps only the references that name a service of the platform.
 */
final class JavaDiscoveryCalls {

    /** Spring's HTTP interface annotations, whose {@code url} (or {@code value}) may hold a placeholder. */
    private static final Set<String> EXCHANGES = Set.of("HttpExchange", "GetExchange", "PostExchange", "PutExchange",
            "PatchExchange", "DeleteExchange");

    /** The package of Spring Cloud Commons' DiscoveryClient and LoadBalancerClient. */
    private static final String CLOUD_CLIENT = "org.springframework.cloud.client";

    private final CompilationUnit unit;
    private final JavaStringValues values;
    private final String file;

    private JavaDiscoveryCalls(CompilationUnit unit, Map<String, ConfigValue> config, String file) {
        this.unit = unit;
        this.values = new JavaStringValues(unit, config);
        this.file = file;
    }

    /** What {@code unit} (shown as {@code file}) calls through discovery or HTTP interfaces, with file:line evidence. */
    static List<HostReference> of(CompilationUnit unit, Map<String, ConfigValue> config, String file) {
        return new JavaDiscoveryCalls(unit, config, file).read();
    }

    /** One pass over the file: the calls and the HTTP interface annotations, in the order they are written. */
    private List<HostReference> read() {
        List<HostReference> found = new ArrayList<>();
        unit.walk(node -> {
            if (node instanceof MethodCallExpr call) {
                call(call).ifPresent(found::add);
            } else if (node instanceof AnnotationExpr a && EXCHANGES.contains(a.getName().getIdentifier())) {
                exchange(a).ifPresent(found::add);
            }
        });
        return found;
    }

    private Optional<HostReference> call(MethodCallExpr call) {
        int line = call.getBegin().map(p -> p.line).orElse(0);
        return switch (call.getNameAsString()) {
            case "getInstances" -> serviceId(call, "DiscoveryClient", line);
            case "choose" -> serviceId(call, "LoadBalancerClient", line)
                    .or(() -> serviceId(call, "ServiceInstanceChooser", line));
            case "getInstance" -> serviceId(call, "LoadBalancerClientFactory", line);
            case "baseUrl" -> baseUrl(call, line);
            default -> Optional.empty();
        };
    }

    /** {@code @HttpExchange("${orders.url}/api")}: a placeholder in the URL, resolved from the configuration. */
    private Optional<HostReference> exchange(AnnotationExpr a) {
        int line = a.getBegin().map(p -> p.line).orElse(0);
        String type = a.getName().getIdentifier();
        return JavaStringValues.member(a, "url").or(() -> JavaStringValues.member(a, "value"))
                .filter(v -> v.contains("${"))
                .flatMap(v -> url(values.resolved(v), file + ":" + line + " @" + type + "(" + v + ")"));
    }

    /** {@code getInstances("orders")}: the service id of a call on a {@code *<type>}, with the call as evidence. */
    private Optional<HostReference> serviceId(MethodCallExpr call, String type, int line) {
        if (call.getArguments().isEmpty() || !scopeIs(call, type)) {
            return Optional.empty();
        }
        Expression argument = call.getArgument(0);
        return values.of(argument).map(String::strip).filter(Authority::isRegName)
                .map(id -> new HostReference(id, null, file + ":" + line + " " + type + "." + call.getNameAsString()
                        + "(" + (argument instanceof StringLiteralExpr ? "\"" + id + "\"" : argument + " = " + id) + ")"));
    }

    /**
     * {@code builder.baseUrl(url)} where {@code url} is no literal (a literal URL is read as any literal is):
     * a {@code @Value} field or parameter, a constant, or {@code environment.getProperty("key")}.
     */
    private Optional<HostReference> baseUrl(MethodCallExpr call, int line) {
        if (call.getArguments().size() != 1 || call.getArgument(0) instanceof StringLiteralExpr) {
            return Optional.empty();
        }
        Expression argument = call.getArgument(0);
        return values.of(argument).flatMap(v -> url(v, file + ":" + line + " baseUrl(" + argument + ")"));
    }

    /** The first host of a call URL (scheme http, https or lb), the URL never shown. */
    private static Optional<HostReference> url(String value, String source) {
        return ConnectionUrl.parse(value.strip())
                .filter(u -> Set.of("http", "https", "lb").contains(u.scheme()) && !u.unresolvedHost())
                .flatMap(u -> u.endpoints().stream().findFirst())
                .map(e -> new HostReference(e.host(), e.port(), source));
    }

    /**
     * Whether the call is made on a {@code *<type>}: the declared type of the variable, field or parameter it
     * is made on; when that is not declared in the file, whether the file imports Spring Cloud's client package.
     */
    private boolean scopeIs(MethodCallExpr call, String type) {
        Optional<String> declared = call.getScope().filter(NameExpr.class::isInstance)
                .flatMap(s -> values.declaredType(((NameExpr) s).getNameAsString()));
        if (declared.isPresent()) {
            return declared.get().endsWith(type);
        }
        return unit.getImports().stream().map(ImportDeclaration::getNameAsString)
                .anyMatch(i -> i.startsWith(CLOUD_CLIENT));
    }
}
