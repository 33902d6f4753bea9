package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The servers a Java file opens gRPC channels to with grpc-java's builders, which take a host and a port, or a
 * target, rather than a URL: {@code ManagedChannelBuilder.forAddress(host, port)} (and {@code NettyChannelBuilder},
 * {@code OkHttpChannelBuilder}), {@code Grpc.newChannelBuilderForAddress(host, port, credentials)},
 * {@code ManagedChannelBuilder.forTarget(target)} and {@code Grpc.newChannelBuilder(target, credentials)} with a
 * target {@code host:port} or {@code dns:///host:port}. Each argument is a literal, a constant, a {@code @Value}
 * field or parameter or {@code environment.getProperty} ({@link JavaStringValues}), placeholders resolved from the
 * configuration. The caller keeps only the references that name a service of the platform.
 */
final class GrpcChannelTargets {

    /**
     * The grpc-java builders whose static {@code forAddress(String, int)} and {@code forTarget(String)} open
     * channels.
     */
    private static final Set<String> BUILDERS = Set.of("ManagedChannelBuilder", "NettyChannelBuilder",
            "OkHttpChannelBuilder");
    /**
     * A target as grpc-java's default name resolver reads it: {@code dns:///host:port},
     * {@code dns://authority/host:port}, or {@code host:port}.
     */
    private static final Pattern TARGET = Pattern.compile("^(?:dns://[^/]*/)?([^:/\\s]+):(\\d{1,5})$");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final JavaStringValues values;
    private final String file;

    private GrpcChannelTargets(CompilationUnit unit, Map<String, ConfigValue> config, String file) {
        this.values = new JavaStringValues(unit, config);
        this.file = file;
    }

    /**
     * The channels a file opens, and the keys (canonical form) of the {@code @Value} host arguments whose port the
     * call gives: the call's port, not every port, is what such a key's own reference means.
     */
    record Found(List<HostReference> references, Set<String> hostKeys) {
    }

    /** The channels {@code unit} (shown as {@code file}) opens, with the call and its arguments as evidence. */
    static Found of(CompilationUnit unit, Map<String, ConfigValue> config, String file) {
        GrpcChannelTargets targets = new GrpcChannelTargets(unit, config, file);
        List<HostReference> found = new ArrayList<>();
        Set<String> hostKeys = new TreeSet<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            targets.channel(call).ifPresent(r -> {
                found.add(r);
                if (r.port() != null && targets.isAddress(call)) {
                    targets.values.injectedKey(call.getArgument(0)).map(ConfigKeys::canonical).ifPresent(hostKeys::add);
                }
            });
        }
        return new Found(found, hostKeys);
    }

    private boolean isAddress(MethodCallExpr call) {
        String method = call.getNameAsString();
        return method.equals("forAddress") || method.equals("newChannelBuilderForAddress");
    }

    private Optional<HostReference> channel(MethodCallExpr call) {
        String builder = call.getScope().map(s -> s.toString().replaceFirst("^.*\\.", "")).orElse("");
        String method = call.getNameAsString();
        boolean address = BUILDERS.contains(builder) && method.equals("forAddress")
                || builder.equals("Grpc") && method.equals("newChannelBuilderForAddress");
        boolean target = BUILDERS.contains(builder) && method.equals("forTarget")
                || builder.equals("Grpc") && method.equals("newChannelBuilder");
        int line = call.getBegin().map(p -> p.line).orElse(0);
        String where = file + ":" + line + " " + builder + "." + method;
        if (address && call.getArguments().size() >= 2) {
            return address(call.getArgument(0), call.getArgument(1), where);
        }
        if (target && !call.getArguments().isEmpty()) {
            return target(call.getArgument(0), where);
        }
        return Optional.empty();
    }

    /** {@code forAddress(host, port)}: the host a name, the port a number (else every port of the service). */
    private Optional<HostReference> address(Expression hostArgument, Expression portArgument, String where) {
        Optional<String> host = values.of(hostArgument).map(String::strip).filter(Authority::isRegName);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> port = portArgument instanceof IntegerLiteralExpr i ? Optional.of(i.getValue())
                : values.of(portArgument).map(String::strip);
        Integer number = port.filter(p -> PORT.matcher(p).matches() && Integer.parseInt(p) <= 65535)
                .map(Integer::valueOf).orElse(null);
        return Optional.of(new HostReference(host.get(), number, where + "(" + shown(hostArgument, host.get()) + ", "
                + shown(portArgument, number == null ? "?" : number.toString()) + ")"));
    }

    /** {@code forTarget("orders:9090")}: a target of the default (DNS) name resolver. */
    private Optional<HostReference> target(Expression argument, String where) {
        Optional<String> value = values.of(argument).map(String::strip);
        Optional<Matcher> m = value.map(TARGET::matcher).filter(Matcher::matches);
        if (m.isEmpty() || !Authority.isRegName(m.get().group(1)) || Integer.parseInt(m.get().group(2)) > 65535) {
            return Optional.empty();
        }
        String host = m.get().group(1);
        int port = Integer.parseInt(m.get().group(2));
        return Optional.of(new HostReference(host, port, where + "(" + shown(argument, host + ":" + port) + ")"));
    }

    /** An argument as evidence: a literal as written, else the expression and what it stands for. */
    private static String shown(Expression argument, String value) {
        if (argument instanceof StringLiteralExpr || argument instanceof IntegerLiteralExpr) {
            return argument.toString();
        }
        return argument + " = " + value;
    }
}
