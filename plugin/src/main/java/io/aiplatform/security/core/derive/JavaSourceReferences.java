package io.aiplatform.security.core.derive;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.aiplatform.security.core.support.LargeStack;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services a module's Java sources call, read with a real Java parser (no compilation; a fresh
 * clone has no classes): Spring Cloud OpenFeign {@code @FeignClient(name|value|url)}, MicroProfile
 * {@code @RegisterRestClient(baseUri)} (a {@code configKey} reads the configuration's {@code <key>/mp-rest/url}
 * or {@code quarkus.rest-client.<key>.url}, {@link JavaConfigKeys#restClientKeys}), Micronaut {@code @Client(id|value)}, and string literals
 * {@code http://<service>…} and {@code lb://<service>…} as load-balanced RestTemplate and WebClient
 * calls use them, the service ids of discovery calls and the base URLs of HTTP interfaces
 * ({@link JavaDiscoveryCalls}), and the hosts and ports of grpc-java channel builders ({@link GrpcChannelTargets}).
 * Literals, discovery calls and channels whose host is no service are not reported: code holds many URLs.
 */
public final class JavaSourceReferences {

    /** The schemes of the calls a literal or annotation makes: HTTP, a load-balanced name, gRPC. */
    private static final Set<String> CALL_SCHEMES = Set.of("http", "https", "lb", "grpc");
    /** A URL whose authority starts with a placeholder: its scheme, and the key of the placeholder. */
    private static final Pattern URL_TEMPLATE = Pattern.compile("^([a-z]+)://\\$\\{([^:}]+)");
    /** A value that begins with a placeholder ({@code ${customer.service.host:customer}}), its key. */
    private static final Pattern LEADING_PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]+)");
    /** A key that names a host or URL. */
    private static final Pattern ADDRESS_KEY = Pattern.compile(".*[.-](host|url|uri)$");

    /**
     * References from annotations (reported when they name no service) and from literals and discovery calls
     * (kept only when they do); the configuration keys the sources read ({@link JavaConfigKeys}), the properties their
     * {@code @ConfigurationProperties} types bind and the method names they call (whether a bound property is read,
     * {@link BoundProperty}), where they use a client library that connects only when used ({@link ClientUseSites}),
     * the auto-configurations they exclude ({@link AutoConfigurationExclusions}) and whether there are sources at all.
     */
    public record Result(List<HostReference> declared, List<HostReference> literals, List<String> readKeys,
                         boolean sources, Map<String, String> published, List<BoundProperty> bound, Set<String> calls,
                         Set<String> portedHostKeys, ClientUseSites.Uses clientUses,
                         List<AutoConfigurationExclusions.Excluded> excludedAutoConfigurations,
                         FeignClientScan.Found feign) {

        /** What a service without sources names: nothing. */
        public static final Result NONE = new Result(List.of(), List.of(), List.of(), false);

        /** {@link Result} without Feign clients or {@code @EnableFeignClients} ({@link FeignClientScan}). */
        public Result(List<HostReference> declared, List<HostReference> literals, List<String> readKeys,
                      boolean sources, Map<String, String> published, List<BoundProperty> bound, Set<String> calls,
                      Set<String> portedHostKeys, ClientUseSites.Uses clientUses,
                      List<AutoConfigurationExclusions.Excluded> excludedAutoConfigurations) {
            this(declared, literals, readKeys, sources, published, bound, calls, portedHostKeys, clientUses,
                    excludedAutoConfigurations, FeignClientScan.Found.NONE);
        }

        public Result {
            published = Collections.unmodifiableMap(new TreeMap<>(published));
            bound = List.copyOf(bound);
            calls = Collections.unmodifiableSet(new TreeSet<>(calls));
            portedHostKeys = Collections.unmodifiableSet(new TreeSet<>(portedHostKeys));
            excludedAutoConfigurations = List.copyOf(excludedAutoConfigurations);
        }

        public Result(List<HostReference> declared, List<HostReference> literals, List<String> readKeys,
                      boolean sources, Map<String, String> published, List<BoundProperty> bound, Set<String> calls) {
            this(declared, literals, readKeys, sources, published, bound, calls, Set.of(), ClientUseSites.Uses.NONE,
                    List.of());
        }

        /**
         * Whether the code takes the host of {@code key} together with a port of its own (a gRPC channel builder's
         * {@code forAddress(host, port)}): then a reference of the key without a port means that port, not every port.
         */
        public boolean givesPortOf(String key) {
            return key != null && portedHostKeys.contains(ConfigKeys.canonical(key));
        }

        public Result(List<HostReference> declared, List<HostReference> literals, List<String> readKeys,
                      boolean sources) {
            this(declared, literals, readKeys, sources, Map.of(), List.of(), Set.of());
        }

        public Result(List<HostReference> declared, List<HostReference> literals) {
            this(declared, literals, List.of(), !declared.isEmpty() || !literals.isEmpty());
        }

        /** The keys the sources read and those their {@code @ConfigurationProperties} types bind, used or not. */
        public List<String> keysReadOrBound() {
            List<String> keys = new ArrayList<>(readKeys);
            bound.forEach(b -> keys.add(b.key()));
            return keys;
        }

        /**
         * How the sources hand {@code key} to the browser ({@code as the URL of an OpenAPI server (File.java:26), …}),
         * when that is all they do with it ({@link KeyPublication}); empty when they read it otherwise or not at all.
         */
        public Optional<String> publishedOnly(String key) {
            return published.entrySet().stream().filter(e -> ConfigKeys.under(key, e.getKey()))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    private JavaSourceReferences() {
    }

    /**
     * What the sources below {@code sources} name; a file or folder not read (too large, unreadable, nested
     * too deep for the parser, not Java) is a warning to {@code warnings}. The files are parsed on a thread
     * with a large stack ({@link LargeStack}).
     */
    public static Result of(Path sources, Map<String, ConfigValue> config, Function<Path, String> shown,
                            Consumer<Problem> warnings) {
        if (!Files.isDirectory(sources)) {
            return Result.NONE;
        }
        return LargeStack.call("java-sources", () -> read(sources, config, shown, new JavaSourceFiles(warnings)));
    }

    private static Result read(Path sources, Map<String, ConfigValue> config, Function<Path, String> shown,
                               JavaSourceFiles javaFiles) {
        List<HostReference> declared = new ArrayList<>();
        List<HostReference> literals = new ArrayList<>();
        List<String> readKeys = new ArrayList<>();
        List<BoundProperty> bound = new ArrayList<>();
        Set<String> calls = new TreeSet<>();
        Map<String, String> published = new TreeMap<>();
        Map<HostReference, String> valueKeys = new IdentityHashMap<>();
        Set<String> grpcHostKeys = new TreeSet<>();
        List<ClientUseSites.Site> uses = new ArrayList<>();
        List<AutoConfigurationExclusions.Excluded> excluded = new ArrayList<>();
        Set<String> extended = new TreeSet<>();
        List<FeignClientScan.Client> feignClients = new ArrayList<>();
        List<FeignClientScan.Enable> feignEnables = new ArrayList<>();
        Map<String, List<String>> feignImports = new TreeMap<>();
        List<Path> files = javaFiles.files(sources);
        for (Path file : files) {
            Optional<CompilationUnit> parsed = javaFiles.parse(file, text -> worthParsing(text, calls, extended));
            if (parsed.isEmpty()) {
                continue;
            }
            CompilationUnit unit = parsed.get();
            String name = shown.apply(file);
            JavaConfigKeys.collect(unit, readKeys, bound, (key, use) -> published.putIfAbsent(key, use.phrase(name)));
            ClientUseSites.collect(unit, name, uses);
            AutoConfigurationExclusions.collect(unit, name, excluded);
            FeignClientScan.collect(unit, name, feignClients, feignEnables, feignImports);
            for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
                String type = a.getName().getIdentifier();
                int line = a.getBegin().map(p -> p.line).orElse(0);
                switch (type) {
                    case "FeignClient" -> feignClient(member(a, "url"), member(a, "name").or(() -> member(a, "value")),
                            config, name + ":" + line).ifPresent(declared::add);
                    case "RegisterRestClient" -> member(a, "baseUri").map(v -> resolve(v, config))
                            .flatMap(v -> urlReference(v, name + ":" + line + " @RegisterRestClient(baseUri)"))
                            .ifPresent(declared::add);
                    case "Client" -> member(a, "id").or(() -> member(a, "value")).map(v -> resolve(v, config))
                            .filter(v -> !v.isBlank()).ifPresent(v -> {
                                if (v.contains("://")) {
                                    urlReference(v, name + ":" + line + " @Client").ifPresent(declared::add);
                                } else if (Authority.isRegName(v)
                                        && !config.containsKey(ConfigKeys.uniform("micronaut.http.services." + v + ".url"))
                                        && !config.containsKey(ConfigKeys.uniform("micronaut.http.services." + v
                                        + ".urls[0]"))) {
                                    declared.add(new HostReference(v, null, name + ":" + line + " @Client(" + v + ")"));
                                }
                            });
                    case "Value" -> member(a, "value").flatMap(v -> valueReference(v, config, name + ":" + line))
                            .ifPresent(r -> {
                                declared.add(r.getValue());
                                valueKeys.put(r.getValue(), r.getKey());
                            });
                    default -> {
                    }
                }
            }
            for (StringLiteralExpr literal : unit.findAll(StringLiteralExpr.class)) {
                int line = literal.getBegin().map(p -> p.line).orElse(0);
                literals.addAll(literalReferences(literal.getValue(), name + ":" + line));
            }
            literals.addAll(JavaDiscoveryCalls.of(unit, config, name));
            literals.addAll(EnvironmentReads.of(unit, config, name));
            GrpcChannelTargets.Found channels = GrpcChannelTargets.of(unit, config, name);
            literals.addAll(channels.references());
            grpcHostKeys.addAll(channels.hostKeys());
        }
        // a key that some source reads otherwise is read; one only published names no callee of the service
        List<String> readOrBound = new ArrayList<>(readKeys);
        bound.forEach(b -> readOrBound.add(b.key()));
        published.keySet().removeIf(k -> readOrBound.stream().anyMatch(read -> ConfigKeys.under(k, read)));
        declared.removeIf(r -> valueKeys.containsKey(r) && published.containsKey(valueKeys.get(r)));
        // a key whose name says the browser is sent to its URL names no callee either
        declared.removeIf(r -> valueKeys.containsKey(r) && BrowserUrlNames.namesKey(valueKeys.get(r)));
        // a @Value host that a gRPC channel builder takes with its port is read there, on that port
        declared.removeIf(r -> valueKeys.containsKey(r) && grpcHostKeys.contains(valueKeys.get(r)));
        return new Result(declared, literals, readKeys, !files.isEmpty(), published, bound, calls, grpcHostKeys,
                new ClientUseSites.Uses(uses, extended), excluded,
                new FeignClientScan.Found(List.copyOf(feignClients), List.copyOf(feignEnables), Map.copyOf(feignImports)));
    }

    /**
     * Whether a file holds anything this reader looks for (a file without is not worth a parse): a literal URL holds
     * "://", the annotations read are *Client and *Exchange, the discovery calls choose and getInstance[s] (whose
     * scope may be declared elsewhere), the gRPC channel builders forAddress, forTarget and newChannelBuilder*,
     * System.getenv ({@link EnvironmentReads}), and
     * JavaConfigKeys' hints cover @Value and the keys read; ClientUseSites says whether it may use a client library
     * that connects only when used; AutoConfigurationExclusions whether it may exclude an auto-configuration. Every
     * file's accessor calls and the classes it extends count, parsed or not.
     */
    private static boolean worthParsing(String text, Set<String> calls, Set<String> extended) {
        AccessorCalls.collect(text, calls);
        ClientUseSites.collectExtended(text, extended);
        return text.contains("://") || text.contains("Client") || text.contains("Exchange")
                || text.contains("choose") || text.contains("getInstance")
                || text.contains("ForAddress") || text.contains("forAddress") || text.contains("forTarget")
                || text.contains("newChannelBuilder") || text.contains("getenv")
                || JavaConfigKeys.HINTS.stream().anyMatch(text::contains) || ClientUseSites.mayUse(text)
                || AutoConfigurationExclusions.mayExclude(text) || FeignClientScan.mayImport(text);
    }

    /**
     * {@code @Value("${customer.service.host:customer}")}: a property the code reads as a host or URL, with its key
     * (canonical form); or {@code @Value("http://${BALANCES_API_ADDR}/balances")}: a call URL whose host (and port) a
     * property gives, whatever its name.
     */
    private static Optional<Map.Entry<String, HostReference>> valueReference(String v, Map<String, ConfigValue> config,
                                                                             String where) {
        Matcher template = URL_TEMPLATE.matcher(v);
        if (template.find() && CALL_SCHEMES.contains(template.group(1))) {
            String source = where + " @Value(" + template.group(2) + ")";
            return urlReference(resolve(v, config).strip(), source)
                    .map(r -> Map.entry(ConfigKeys.canonical(template.group(2)), r));
        }
        Matcher key = LEADING_PLACEHOLDER.matcher(v);
        if (!key.find() || !ADDRESS_KEY.matcher(ConfigKeys.canonical(key.group(1))).matches()) {
            return Optional.empty();
        }
        String resolved = resolve(v, config).strip();
        String source = where + " @Value(" + key.group(1) + ")";
        Optional<HostReference> ref = resolved.contains("://") ? urlReference(resolved, source)
                : Optional.of(resolved).filter(Authority::isRegName).map(host -> new HostReference(host, null, source));
        return ref.map(r -> Map.entry(ConfigKeys.canonical(key.group(1)), r));
    }

    /**
     * The service a Spring Cloud OpenFeign client ({@code @FeignClient}) calls, its placeholders resolved from
     * {@code config}: the host of its {@code url}, else its {@code name} (or {@code value}), with evidence
     * {@code where @FeignClient(…)}.
     */
    static Optional<HostReference> feignClient(Optional<String> urlMember, Optional<String> idMember,
                                               Map<String, ConfigValue> config, String where) {
        Optional<String> url = urlMember.map(v -> resolve(v, config)).filter(v -> !v.isBlank());
        Optional<String> id = idMember.map(v -> resolve(v, config));
        if (url.isPresent()) { // "an absolute URL or resolvable hostname (the protocol is optional)"
            String absolute = url.get().contains("://") ? url.get() : "http://" + url.get().strip();
            return urlReference(absolute, where + " @FeignClient(url)");
        }
        Optional<HostReference> named = id.filter(Authority::isRegName) // a name, never a value shown whole
                .map(v -> new HostReference(v, null, where + " @FeignClient(" + v + ")"));
        if (named.isPresent()) {
            return named;
        }
        // OpenFeign calls http://<name> and takes the URI's host as the service id ("orders/api")
        return id.filter(v -> !v.isBlank() && !v.startsWith("/"))
                .flatMap(v -> urlReference(v.contains("://") ? v : "http://" + v, where + " @FeignClient(name)"));
    }

    /** The first host of the call URL that {@code value} is (user info, query and fragment never read). */
    private static Optional<HostReference> urlReference(String value, String source) {
        return ConnectionUrl.parse(value).filter(u -> CALL_SCHEMES.contains(u.scheme()) && !u.unresolvedHost())
                .flatMap(u -> u.endpoints().stream().findFirst())
                .map(e -> new HostReference(e.host(), e.port(), source));
    }

    /**
     * The hosts of the call URL that a string literal is, with evidence that shows the URL only as
     * scheme, host, port and path ({@code File.java:12 "http://orders:8081/api"}): the literal itself
     * may hold a password or a token.
     */
    static List<HostReference> literalReferences(String value, String where) {
        Optional<ConnectionUrl> url = ConnectionUrl.parse(value)
                .filter(u -> CALL_SCHEMES.contains(u.scheme()) && !u.unresolvedHost());
        if (url.isEmpty()) {
            return List.of();
        }
        String source = where + " \"" + abbreviate(url.get().shown()) + "\"";
        boolean loadBalanced = "lb".equals(url.get().scheme());
        return url.get().endpoints().stream().map(e -> new HostReference(e.host(), e.port(), source))
                .map(r -> loadBalanced ? r.asLoadBalanced() : r).toList();
    }

    /** A string member of an annotation ({@code @A("x")} is {@code value}), when it is a literal. */
    private static Optional<String> member(AnnotationExpr a, String name) {
        return JavaStringValues.member(a, name);
    }

    private static String resolve(String value, Map<String, ConfigValue> config) {
        return Placeholders.resolve(value, config).value();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
