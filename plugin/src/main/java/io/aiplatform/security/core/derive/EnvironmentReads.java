package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deployment's variables a Java file reads itself with {@code System.getenv("NAME")} (the JDK's
 * {@code java.lang.System.getenv(String)}: the value of the process' environment variable, no framework's binding in
 * between), when the name says it holds an address: {@code *_HOST} (with the {@code *_PORT} the same file reads, if
 * the deployment sets it), {@code *_URL} or {@code *_URI}. Their values come from the service's configuration, which
 * holds its deployment's environment ({@code ${NAME}}); a variable the deployment does not set names nothing. The
 * caller keeps only the references that name a service of the platform.
 */
final class EnvironmentReads {

    private static final Pattern ADDRESS = Pattern.compile("[A-Z0-9_]+_(HOST|URL|URI)");
    private static final Set<String> CALL_SCHEMES = Set.of("http", "https", "lb", "grpc");

    private EnvironmentReads() {
    }

    /** What {@code unit} (shown as {@code file}) reads from the environment as an address, with file:line evidence. */
    static List<HostReference> of(CompilationUnit unit, Map<String, ConfigValue> config, String file) {
        List<String> read = new ArrayList<>();
        unit.findAll(MethodCallExpr.class, EnvironmentReads::isGetenv)
                .forEach(c -> read.add(((StringLiteralExpr) c.getArgument(0)).getValue()));
        List<HostReference> found = new ArrayList<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class, EnvironmentReads::isGetenv)) {
            String name = ((StringLiteralExpr) call.getArgument(0)).getValue();
            if (!ADDRESS.matcher(name).matches()) {
                continue;
            }
            int line = call.getBegin().map(p -> p.line).orElse(0);
            String source = file + ":" + line + " System.getenv(" + name + ")";
            value(name, config).flatMap(v -> reference(name, v, read, config, source)).ifPresent(found::add);
        }
        return found;
    }

    /** Whether {@code call} is {@code System.getenv("literal")} (or {@code java.lang.System.getenv}). */
    private static boolean isGetenv(MethodCallExpr call) {
        return call.getNameAsString().equals("getenv") && call.getArguments().size() == 1
                && call.getArgument(0) instanceof StringLiteralExpr
                && call.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals("System")
                || s instanceof FieldAccessExpr f && f.toString().equals("java.lang.System")).isPresent();
    }

    /** The address a variable's value gives: a call URL's host and port, or a bare host with its sibling port. */
    private static Optional<HostReference> reference(String name, String value, List<String> read,
                                                     Map<String, ConfigValue> config, String source) {
        if (value.contains("://")) {
            return ConnectionUrl.parse(value).filter(u -> CALL_SCHEMES.contains(u.scheme()) && !u.unresolvedHost())
                    .flatMap(u -> u.endpoints().stream().findFirst())
                    .map(e -> new HostReference(e.host(), e.port(), source));
        }
        if (!name.endsWith("_HOST") || !Authority.isRegName(value)) {
            return Optional.empty();
        }
        String portName = name.substring(0, name.length() - "_HOST".length()) + "_PORT";
        Integer port = read.contains(portName) ? value(portName, config).filter(p -> p.matches("\\d{1,5}"))
                .map(Integer::valueOf).filter(p -> p > 0 && p < 65_536).orElse(null) : null;
        return Optional.of(new HostReference(value.toLowerCase(Locale.ROOT), port, source));
    }

    /** The variable's value in the service's configuration (its deployment's environment), when it is set. */
    private static Optional<String> value(String name, Map<String, ConfigValue> config) {
        Placeholders.Result r = Placeholders.resolve("${" + name + "}", config);
        return Optional.ofNullable(r.value()).filter(v -> !r.bounded() && r.unresolved().isEmpty() && !v.contains("${"))
                .map(String::strip).filter(v -> !v.isEmpty());
    }
}
