package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigReferences;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.DeploymentEnvironment;
import io.aiplatform.security.core.derive.RegistryServers;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.ProductKeys;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.descriptor.CallSpec;
import io.aiplatform.security.core.descriptor.ExclusionSpec;
import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.NamedRef;
import io.aiplatform.security.core.descriptor.OutsidePeer;
import io.aiplatform.security.core.descriptor.PortRef;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ProvidedProduct;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.descriptor.ServiceRole;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the {@link ServiceGraph} from the reactor's modules.
 *
 * <ol>
 *   <li>A compile/runtime dependency that a service's own POM declares on another service module is
 *       an edge on that module's ports.</li>
 *   <li>A client library reached directly or through plain library modules of the reactor (never
 *       through another service module) is an edge to the service that provides its product.</li>
 *   <li>Test, provided and system scope never count. A client whose product nobody provides is a
 *       warning (or, in a single-service repository, egress to that product).</li>
 *   <li>Descriptor {@code calls} and {@code ingress.from} add edges.</li>
 * </ol>
 */
public final class ServiceGraphBuilder {

    public static final String NAME_LABEL = "app.kubernetes.io/name";

    private final ClientCatalog catalog;
    private final DescriptorParser parser = new DescriptorParser();
    private final Path root;
    /** Per service, the registries (Eureka, Consul) it registers in, with the evidence. */
    private final Map<String, Map<String, String>> registries = new TreeMap<>();
    /** Per service, the products whose location its configuration sets (so a missing provider is no surprise). */
    private final Map<String, Set<String>> configuredProducts = new TreeMap<>();
    /** Connections with other namespaces found in the current build, by service, direction, namespace and pods. */
    private final Map<String, OutsideEdgeBuilder> outside = new TreeMap<>();
    /** The exclusions that switched an edge off in the current build (by identity: two may read alike). */
    private final Set<Object> usedExclusions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The inputs that could not be read in the current build (too large, unreadable, a YAML bomb), each once. */
    private final Set<Problem> unread = new java.util.LinkedHashSet<>();

    /**
     * @param catalog the built-in client catalog
     * @param root    folder that file names in messages are shown relative to (the reactor root)
     */
    public ServiceGraphBuilder(ClientCatalog catalog, Path root) {
        this.catalog = catalog;
        this.root = root.toAbsolutePath().normalize();
    }

    private List<String> profiles = List.of();
    private String namespace;

    /**
     * Reads the services' configuration for these Spring, Quarkus or Micronaut profiles (none: the
     * default profile only) and takes {@code <service>.<namespace>} hosts as the service.
     */
    public ServiceGraphBuilder configuration(List<String> profiles, String namespace) {
        this.profiles = List.copyOf(profiles);
        this.namespace = namespace;
        return this;
    }

    private static Path resources(Module m) {
        return m.directory().resolve("src/main/resources");
    }

    public synchronized ServiceGraph build(List<Module> modules) throws InvalidInputException {
        usedExclusions.clear();
        outside.clear();
        unread.clear();
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, Module> modulesByKey = new TreeMap<>();
        for (Module m : modules) {
            modulesByKey.put(m.key(), m);
        }

        // 1. parse descriptors and resolve names and defaults (from the configuration where the descriptor is silent)
        Map<String, ModuleConfiguration> configs = new TreeMap<>();
        Map<String, List<ConfigValue>> environments = new TreeMap<>();
        DeploymentEnvironment deployment = DeploymentEnvironment.scan(root, unread::add);
        deployment.warnings().forEach(p -> warnings.add(relative(p)));
        Map<String, Service> services = new TreeMap<>();
        Map<String, Service> serviceByModule = new TreeMap<>();
        Map<Module, ServiceDescriptor> declared = new LinkedHashMap<>();
        for (Module m : modulesByKey.values()) {
            if (!m.isService()) {
                continue;
            }
            try {
                declared.put(m, parser.parse(m.descriptorFile()));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(relative(p)));
            }
        }
        Path platformFile = root.resolve(DescriptorParser.PLATFORM_FILE);
        if (Files.exists(platformFile, LinkOption.NOFOLLOW_LINKS)) {
            try {
                for (ServiceDescriptor d : parser.parsePlatform(platformFile)) {
                    declared.put(Module.withoutPom(d.name(), platformFile), d);
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(relative(p)));
            }
        }
        for (Map.Entry<Module, ServiceDescriptor> entry : declared.entrySet()) {
            Module m = entry.getKey();
            ServiceDescriptor d = entry.getValue();
            Path dir = m.directory();
            List<ConfigValue> environment = dir == null ? List.of()
                    : deployment.forModule(dir, java.util.Arrays.asList(d.name(), m.artifactId()));
            ModuleConfiguration local = dir == null ? ModuleConfiguration.empty()
                    : ModuleConfiguration.read(resources(m), profiles, unread::add);
            ModuleConfiguration config = local.withEnvironment(environment);
            String configured = config.value("spring.application.name", "quarkus.application.name",
                    "micronaut.application.name").map(String::strip).filter(Names::isDns1123Label).orElse(null);
            String name = d.name() != null ? d.name() : configured != null ? configured : m.artifactId();
            if (d.ports().isEmpty()) {
                Optional<String> port = config.value("server.port", "quarkus.http.port", "micronaut.server.port");
                if (port.isPresent() && port.get().strip().matches("[1-9][0-9]{0,4}")
                        && Integer.parseInt(port.get().strip()) <= 65535) {
                    d = d.withPorts(List.of(new PortSpec("http", Integer.parseInt(port.get().strip()), "TCP")));
                }
            }
            if (d.name() == null && !Names.isDns1123Label(name)) {
                errors.add(new Problem(rel(m.descriptorFile()), 0, null, "the service takes its name from artifactId '"
                        + name + "', which is not a DNS-1123 label; add 'name: <label>' to the descriptor"));
                continue;
            }
            if (services.containsKey(name)) {
                Service other = services.get(name);
                errors.add(new Problem(rel(m.descriptorFile()), d.nameLine(), name, "duplicate service name: modules "
                        + other.module().key() + " and " + m.key() + " are both named '" + name
                        + "'; give one of them another 'name:' in its descriptor"));
                continue;
            }
            ServiceRole role = d.role() != null ? d.role() : ServiceRole.WORKER;
            Map<String, String> labels = d.labels() != null ? d.labels() : Map.of(NAME_LABEL, name);
            boolean automount = d.automountServiceAccountToken() != null
                    ? d.automountServiceAccountToken() : role.mountsTokenByDefault();
            Service s = new Service(name, m, d, role, labels, automount);
            configs.put(name, local); // the deployment's environment is layered again over a config server's files
            environments.put(name, environment.isEmpty() && dir != null
                    ? deployment.forModule(dir, List.of(name)) : environment);
            services.put(name, s);
            serviceByModule.put(m.key(), s);
        }
        for (Service a : services.values()) {
            for (Service b : services.values()) {
                if (a != b && b.labels().entrySet().containsAll(a.labels().entrySet())) {
                    errors.add(new Problem(rel(a.descriptor().file()), 0, a.name(), "the labels of '" + a.name() + "' "
                            + new TreeMap<>(a.labels()) + " also match the pods of '" + b.name() + "' "
                            + new TreeMap<>(b.labels()) + ", so " + a.name() + "'s NetworkPolicy would govern "
                            + b.name() + "'s pods too; give each service a label value the other lacks (the default is"
                            + " app.kubernetes.io/name: <service>)"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        // 2. products: who provides what, and the catalog extended by descriptors
        Map<String, List<Service>> providerOf = new TreeMap<>();
        Map<String, ProvidedProduct> provisionOf = new TreeMap<>();
        Map<String, String> extraClients = new TreeMap<>();
        for (Service s : services.values()) {
            for (ProvidedProduct p : s.descriptor().provides()) {
                providerOf.computeIfAbsent(p.product(), k -> new ArrayList<>()).add(s); // several: decided per caller
                provisionOf.put(p.product() + "|" + s.name(), p);
                if (p.port() != null && resolve(s, p.port()).isEmpty()) {
                    errors.add(new Problem(rel(s.descriptor().file()), p.line(), s.name(), "provides '" + p.product()
                            + "' on port " + p.port() + ", but the service has no such port; declared ports: "
                            + describePorts(s.ports())));
                }
                for (String client : p.clients()) {
                    String previous = extraClients.put(client, p.product());
                    if (previous != null && !previous.equals(p.product())) {
                        errors.add(new Problem(rel(s.descriptor().file()), p.line(), s.name(), "client " + client
                                + " is mapped to both '" + previous + "' and '" + p.product() + "'"));
                    }
                }
            }
        }
        ClientCatalog effective = catalog.with(extraClients);
        boolean singleService = services.size() == 1;

        // 3. edges
        Map<String, EdgeBuilder> edges = new TreeMap<>();
        List<Omission> omissions = new ArrayList<>();
        Map<String, Set<String>> named = configurationEdges(services, configs, environments, effective, edges, warnings,
                omissions);
        for (Service a : services.values()) {
            a.descriptor().calls().stream().filter(c -> c.outside() == null)
                    .forEach(c -> named.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(c.service()));
        }
        List<ProductEgress> productEgress = new ArrayList<>();
        Set<String> unprovided = new TreeSet<>();
        for (Service a : services.values()) {
            Module m = a.module();
            for (ModuleDependency dep : m.dependencies()) {
                if (!dep.onRuntimeClasspath()) {
                    continue;
                }
                Service b = serviceByModule.get(dep.key());
                if (b != null) {
                    ExclusionSpec excluded = a.descriptor().exclude().stream().filter(x -> b.name().equals(x.service()))
                            .findFirst().orElse(null);
                    if (excluded != null) {
                        usedExclusions.add(excluded);
                        omissions.add(new Omission(a.name(), dep.key(), b.name(), "excluded: " + excluded.reason(),
                                rel(a.descriptor().file()) + ":" + excluded.line()));
                    } else if (b != a) {
                        edge(edges, a, b, b.callPorts(), rel(m.pomFile()) + lineOf(dep) + " declares module " + dep.key());
                    }
                    continue;
                }
                Module lib = modulesByKey.get(dep.key());
                if (lib != null && extraClients.containsKey(dep.key())) {
                    // an API-client module of the reactor that a service names in provides.clients: a call to it
                    clientEdge(a, dep, "declares ", effective, providerOf, provisionOf, named, errors, singleService, edges,
                            productEgress, warnings, unprovided, omissions);
                    continue;
                }
                if (lib != null) {
                    for (Reached r : throughLibrary(dep, lib, modulesByKey, serviceByModule)) {
                        clientEdge(a, r.dependency(), "declares " + dep.key() + ", which brings (via library " + r.via()
                                + ") ", effective, providerOf, provisionOf, named, errors, singleService, edges, productEgress, warnings,
                                unprovided, omissions);
                    }
                    continue;
                }
                clientEdge(a, dep, "declares ", effective, providerOf, provisionOf, named, errors, singleService, edges, productEgress,
                        warnings, unprovided, omissions);
                if (effective.productOf(dep.groupId(), dep.artifactId()).isEmpty()) {
                    List<String> siblings = modulesByKey.values().stream().filter(x -> x.groupId().equals(dep.groupId()))
                            .map(Module::artifactId).toList();
                    if (!siblings.isEmpty()) {
                        warnings.add(new Problem(rel(m.pomFile()), dep.declaredAt() == null ? 0 : dep.declaredAt().line(),
                                a.name(), "depends on " + dep.key() + ", which has the groupId of this platform's modules"
                                + " but is no module of the reactor" + likelyModule(dep.artifactId(), siblings)
                                + "; a renamed or removed module loses its edges: depend on the module it is now"));
                    }

                    // a starter whose client library is transitive: the first library of each product it brings
                    Set<String> products = new HashSet<>();
                    for (String brought : dep.brings()) {
                        String[] ga = brought.split(":", 2);
                        Optional<String> product = effective.productOf(ga[0], ga[1]);
                        if (product.isPresent() && products.add(product.get())) {
                            clientEdge(a, new ModuleDependency(ga[0], ga[1], dep.scope(), false, Set.of(), dep.declaredAt()),
                                    "declares " + dep.key() + ", which brings ", effective, providerOf, provisionOf, named,
                                    errors, singleService, edges, productEgress, warnings, unprovided, omissions);
                        }
                    }
                }
            }
            for (CallSpec call : a.descriptor().calls()) {
                if (call.outside() != null) {
                    OutsidePeer o = call.outside();
                    if (o.namespace().equals(namespace)) {
                        errors.add(new Problem(rel(a.descriptor().file()), call.line(), a.name(), "calls pods of namespace "
                                + o.namespace() + ", the platform's own; name the service instead: calls: [{service: <name>}]"));
                        continue;
                    }
                    outsideEdge(a, true, o.namespace(), o.service(), o.labels(),
                            List.of(new PortSpec(null, o.port().number(), "TCP")),
                            rel(a.descriptor().file()) + ":" + call.line() + " calls " + o.display());
                    continue;
                }
                Service b = named(services, call.service(), a, call.line(), "calls", errors);
                if (b == null) {
                    continue;
                }
                List<PortSpec> ports = b.callPorts();
                if (call.port() != null) {
                    ports = resolve(b, call.port());
                    if (ports.isEmpty()) {
                        errors.add(new Problem(rel(a.descriptor().file()), call.line(), a.name(), "calls '" + b.name()
                                + "' on port " + call.port() + ", but '" + b.name() + "' declares only "
                                + describePorts(b.ports())));
                        continue;
                    }
                }
                if (b == a) {
                    errors.add(new Problem(rel(a.descriptor().file()), call.line(), a.name(), "calls itself; under"
                            + " default-deny, replicas of one service reach each other only through the ports listed in"
                            + " 'peers: [<port>]' (only traffic inside one pod is exempt): move the port there"));
                    continue;
                }
                EdgeBuilder derived = edges.get(a.name() + "\u0000" + b.name());
                if (derived != null && call.port() == null) {
                    warnings.add(new Problem(rel(a.descriptor().file()), call.line(), a.name(), "info: 'calls: ["
                            + b.name() + "]' is redundant, the build already derives it (" + derived.reasons.iterator().next()
                            + "); remove it"));
                }
                edge(edges, a, b, ports, rel(a.descriptor().file()) + ":" + call.line() + " calls " + b.name());
            }
            for (var scrape : a.descriptor().scrapes()) {
                List<Service> targets;
                if (scrape.service() != null) {
                    Service t = named(services, scrape.service(), a, scrape.line(), "scrapes", errors);
                    if (t == null) {
                        continue;
                    }
                    targets = List.of(t);
                } else {
                    targets = services.values().stream().filter(t -> t.role().id().equals(scrape.role())).toList();
                }
                for (Service t : targets) {
                    if (t == a) {
                        continue;
                    }
                    PortRef ref = scrape.port() != null ? scrape.port() : new PortRef("metrics", null);
                    List<PortSpec> ports = resolve(t, ref);
                    if (ports.isEmpty()) {
                        String msg = "scrapes " + t.name() + " on port " + ref + ", but " + t.name() + " declares only "
                                + describePorts(t.ports());
                        if (scrape.service() != null) {
                            errors.add(new Problem(rel(a.descriptor().file()), scrape.line(), a.name(), msg));
                        } else {
                            warnings.add(new Problem(rel(a.descriptor().file()), scrape.line(), a.name(), msg
                                    + "; it is not scraped"));
                        }
                        continue;
                    }
                    edge(edges, a, t, ports, rel(a.descriptor().file()) + ":" + scrape.line() + " scrapes "
                            + (scrape.service() != null ? t.name() : "role " + scrape.role() + " (" + t.name() + ")"));
                }
            }
            for (OutsidePeer o : a.descriptor().ingress().fromOutside()) {
                if (o.namespace().equals(namespace)) {
                    errors.add(new Problem(rel(a.descriptor().file()), o.line(), a.name(), "ingress.from names pods of"
                            + " namespace " + o.namespace() + ", the platform's own; name the calling service instead"));
                    continue;
                }
                List<PortSpec> ports = o.port() == null ? a.callPorts() : resolve(a, o.port());
                if (o.port() != null && ports.isEmpty()) {
                    errors.add(new Problem(rel(a.descriptor().file()), o.line(), a.name(), "ingress.from admits "
                            + o.display() + " on port " + o.port() + ", which the service does not declare; declared"
                            + " ports: " + describePorts(a.ports())));
                    continue;
                }
                outsideEdge(a, false, o.namespace(), o.service(), o.labels(), ports,
                        rel(a.descriptor().file()) + ":" + o.line() + " admits " + o.display() + " (ingress.from)");
            }
            for (NamedRef caller : a.descriptor().ingress().from()) {
                Service c = named(services, caller.name(), a, caller.line(), "ingress.from names", errors);
                if (c == null) {
                    continue;
                }
                if (c != a) {
                    edge(edges, c, a, a.callPorts(), rel(a.descriptor().file()) + ":" + caller.line()
                            + " admits " + c.name() + " (ingress.from)");
                } else {
                    errors.add(new Problem(rel(a.descriptor().file()), caller.line(), a.name(), "ingress.from names the"
                            + " service itself; replicas reach each other through 'peers: [<port>]'"));
                }
            }
        }

        for (Service s : services.values()) {
            for (PortRef published : s.descriptor().ingress().ports()) {
                if (resolve(s, published).isEmpty()) {
                    errors.add(new Problem(rel(s.descriptor().file()), 0, s.name(), "ingress.ports names port " + published
                            + ", which the service does not declare; declared ports: " + describePorts(s.ports())));
                }
            }
            for (PortRef peer : s.descriptor().peers()) {
                if (resolve(s, peer).isEmpty()) {
                    errors.add(new Problem(rel(s.descriptor().file()), 0, s.name(), "peers names port " + peer
                            + ", which the service does not declare; declared ports: " + describePorts(s.ports())));
                }
            }
        }

        // 4. a service that receives traffic needs a port
        Set<String> receivers = new TreeSet<>();
        edges.values().forEach(e -> receivers.add(e.to));
        for (Service s : services.values()) {
            boolean receives = receivers.contains(s.name()) || s.descriptor().ingress().external()
                    || !s.descriptor().ingress().fromOutside().isEmpty();
            if (receives && s.ports().isEmpty()) {
                List<String> callers = edges.values().stream().filter(e -> e.to.equals(s.name()))
                        .map(e -> e.from).toList();
                errors.add(new Problem(rel(s.descriptor().file()), 0, s.name(), "receives traffic ("
                        + (callers.isEmpty() ? "ingress.external" : "called by " + String.join(", ", callers))
                        + ") but declares no port; add 'ports: [{name: http, port: 8080}]' with its real port"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Edge> built = edges.values().stream().map(EdgeBuilder::build).toList();
        for (Service s : services.values()) {
            for (var exclusion : s.descriptor().exclude()) {
                if (!usedExclusions.contains(exclusion)) {
                    warnings.add(new Problem(rel(s.descriptor().file()), exclusion.line(), s.name(), "exclude of '"
                            + exclusion.target() + "' matches nothing derived for this service; remove it"));
                }
            }
        }
        List<OutsideEdge> outsideEdges = outside.values().stream().map(OutsideEdgeBuilder::build).toList();
        for (OutsideEdge e : outsideEdges) {
            if (e.outgoing() && e.labels().isEmpty()) {
                String ports = String.join(",", e.ports().stream().map(p -> String.valueOf(p.port())).toList());
                warnings.add(new Problem(rel(services.get(e.service()).descriptor().file()), 0, e.service(), "info: "
                        + e.service() + " may reach every pod of namespace " + e.namespace() + " on port " + ports
                        + " (" + e.peer() + "): the selector of a Service in another namespace is not known here; to"
                        + " narrow it, give it as labels: calls: [{service: " + e.peerService() + ", namespace: "
                        + e.namespace() + ", port: " + ports + ", labels: {...}}] (kubectl get service " + e.peerService()
                        + " -n " + e.namespace() + " -o jsonpath='{.spec.selector}')"));
            }
        }
        unread.forEach(p -> warnings.add(relative(p)));
        return new ServiceGraph(List.copyOf(services.values()), built, productEgress, warnings, omissions, outsideEdges);
    }

    /**
     * Records a connection with pods of another namespace. A derived host without labels takes the labels
     * of a call the service declares to the same Service.
     */
    private void outsideEdge(Service a, boolean outgoing, String ns, String peerService, Map<String, String> labels,
                             List<PortSpec> ports, String reason) {
        Map<String, String> pods = labels;
        if (pods.isEmpty() && peerService != null && outgoing) {
            pods = a.descriptor().calls().stream().map(CallSpec::outside).filter(java.util.Objects::nonNull)
                    .filter(o -> ns.equals(o.namespace()) && peerService.equals(o.service()))
                    .map(OutsidePeer::labels).findFirst().orElse(Map.of());
        }
        String key = a.name() + "\u0000" + outgoing + "\u0000" + ns + "\u0000" + peerService + "\u0000"
                + new TreeMap<>(pods);
        Map<String, String> chosen = pods;
        outside.computeIfAbsent(key, k -> new OutsideEdgeBuilder(a.name(), outgoing, ns, peerService, chosen))
                .add(ports, reason);
    }

    private static final class OutsideEdgeBuilder {
        final String service;
        final boolean outgoing;
        final String namespace;
        final String peerService;
        final Map<String, String> labels;
        final Map<String, PortSpec> ports = new TreeMap<>();
        final Set<String> reasons = new TreeSet<>();

        OutsideEdgeBuilder(String service, boolean outgoing, String namespace, String peerService,
                           Map<String, String> labels) {
            this.service = service;
            this.outgoing = outgoing;
            this.namespace = namespace;
            this.peerService = peerService;
            this.labels = labels;
        }

        void add(List<PortSpec> more, String reason) {
            more.forEach(p -> ports.put(String.format("%05d/%s", p.port(), p.protocol()), p));
            reasons.add(reason);
        }

        OutsideEdge build() {
            return new OutsideEdge(service, outgoing, namespace, peerService, labels, List.copyOf(ports.values()),
                    List.copyOf(reasons));
        }
    }

    private void clientEdge(Service a, ModuleDependency dep, String via, ClientCatalog catalog,
                            Map<String, List<Service>> providerOf, Map<String, ProvidedProduct> provisionOf,
                            Map<String, Set<String>> named, List<Problem> errors,
                            boolean singleService, Map<String, EdgeBuilder> edges, List<ProductEgress> productEgress,
                            List<Problem> warnings, Set<String> unprovided, List<Omission> omissions) {
        var product = catalog.productOf(dep.groupId(), dep.artifactId());
        if (product.isEmpty()) {
            return;
        }
        String where = rel(a.module().pomFile()) + lineOf(dep);
        if (ClientCatalog.isNotACall(product.get())) {
            omissions.add(new Omission(a.name(), dep.key(), product.get(), ClientCatalog.EMBEDDED.equals(product.get())
                    ? "embedded engine, never a network peer" : "metrics library that is scraped, not a call", where));
            return;
        }
        for (var exclusion : a.descriptor().exclude()) {
            if (exclusion.matches(dep.key(), product.get())) {
                usedExclusions.add(exclusion);
                omissions.add(new Omission(a.name(), dep.key(), product.get(), "excluded: " + exclusion.reason(),
                        rel(a.descriptor().file()) + ":" + exclusion.line()));
                return;
            }
        }
        List<Service> providers = providerOf.getOrDefault(product.get(), List.of());
        if (providers.size() > 1) {
            Set<String> chosen = named.getOrDefault(a.name(), Set.of());
            if (providers.stream().noneMatch(p -> chosen.contains(p.name()))
                    && providers.stream().noneMatch(p -> p == a)) {
                List<String> candidates = providers.stream().map(Service::name).toList();
                errors.add(new Problem(rel(a.module().pomFile()), dep.declaredAt() == null ? 0 : dep.declaredAt().line(),
                        a.name(), "depends on " + dep.key() + ", a client of '" + product.get() + "', which "
                        + String.join(", ", candidates) + " all provide, and its configuration names none of them;"
                        + " set the host it uses (e.g. spring.data." + product.get() + ".host: " + candidates.get(0)
                        + ") or add 'calls: [" + candidates.get(0) + "]' to " + a.name() + "'s descriptor"));
            }
            return; // the configuration's (or calls') edge to the provider it names carries the evidence
        }
        Service provider = providers.isEmpty() ? null : providers.get(0);
        String reason = where + " " + via + dep.key() + " (catalog: " + product.get()
                + (provider == null ? "" : ", provided by " + provider.name()) + ")";
        if (provider == null) {
            if (singleService) {
                catalog.defaultPort(product.get()).ifPresentOrElse(
                        port -> productEgress.add(new ProductEgress(a.name(), product.get(), port, reason)),
                        () -> warnings.add(unprovided(a, dep, product.get())));
            } else if (configuredProducts.getOrDefault(a.name(), Set.of()).contains(product.get())) {
                return; // its configuration names where the product is; that edge carries the evidence
            } else if (unprovided.add(a.name() + "|" + dep.key())) {
                warnings.add(unprovided(a, dep, product.get()));
            }
            return;
        }
        if (provider == a) {
            return;
        }
        ProvidedProduct provision = provisionOf.get(product.get() + "|" + provider.name());
        List<PortSpec> ports = provision.port() == null ? provider.callPorts() : resolve(provider, provision.port());
        edge(edges, a, provider, ports, reason);
    }

    /**
     * Edges from what each service's configuration connects to (URLs, hosts, host lists), with a
     * config server's native repository layered over the local files of its clients. Returns, per
     * service, the services its configuration names.
     */
    private Map<String, Set<String>> configurationEdges(Map<String, Service> services,
                                                        Map<String, ModuleConfiguration> configs,
                                                        Map<String, List<ConfigValue>> environments,
                                                        ClientCatalog effective,
                                                        Map<String, EdgeBuilder> edges, List<Problem> warnings,
                                                        List<Omission> omissions) {
        List<Path> repositories = new ArrayList<>();
        for (Service s : services.values()) {
            configs.get(s.name()).value("spring.cloud.config.server.native.search-locations").ifPresent(locations -> {
                for (String location : locations.split(",")) {
                    String l = location.strip();
                    if (l.startsWith("classpath:")) {
                        String path = l.substring("classpath:".length()).replaceAll("^/+", "");
                        repositories.add(resources(s.module()).resolve(path));
                    }
                }
            });
        }
        Map<String, Set<String>> named = new TreeMap<>();
        configuredProducts.clear();
        registries.clear();
        ServiceHosts hosts = new ServiceHosts(services.keySet(), namespace);
        for (Service a : services.values()) {
            ModuleConfiguration config = configs.get(a.name());
            if (!repositories.isEmpty() && isConfigClient(a, config, effective)) {
                for (Path repository : repositories) {
                    config = config.overriddenBy(ModuleConfiguration.repository(repository, a.name(), profiles, unread::add));
                }
            }
            config = config.withEnvironment(environments.getOrDefault(a.name(), List.of())); // the deployment wins
            ConfigReferences.Result found = ConfigReferences.of(config, this::shown);
            found.unresolved().forEach(u -> warnings.add(new Problem(null, 0, a.name(), u
                    + "; the connection it configures cannot be derived (give the placeholder a default, or add 'calls:')")));
            found.notRead().forEach(u -> warnings.add(new Problem(null, 0, a.name(), u)));
            Set<String> reported = new HashSet<>();
            JavaSourceReferences.Result code = a.module().directory() == null ? JavaSourceReferences.Result.NONE
                    : JavaSourceReferences.of(a.module().directory().resolve("src/main/java"), config.properties(),
                    this::shown, unread::add);
            List<HostReference> references = new ArrayList<>(found.references());
            references.addAll(code.declared());
            code.literals().stream().filter(r -> hosts.serviceOf(r.host()).isPresent()).forEach(references::add);
            for (HostReference ref : references) {
                Optional<String> target = hosts.serviceOf(ref.host());
                Optional<ServiceHosts.OutsideService> elsewhere = target.isEmpty()
                        ? hosts.outsideService(ref.host()) : Optional.empty();
                if (elsewhere.isPresent()) {
                    outsideReference(a, ref, elsewhere.get(), effective, warnings, omissions);
                    continue;
                }
                if (target.isEmpty()) {
                    if (reported.add(ref.source())) {
                        warnings.add(new Problem(null, 0, a.name(), ref.source() + " names host '" + ref.host() + "', "
                                + (ServiceHosts.isLoopback(ref.host()) ? "the pod itself once deployed; name the service"
                                + " it means" : "which is no service of the platform; if it is outside, declare it"
                                + " under 'egress:'")));
                    }
                    continue;
                }
                Service b = services.get(target.get());
                ExclusionSpec excluded = a.descriptor().exclude().stream().filter(x -> ref.host().equals(x.host())
                        || b.name().equals(x.service())).findFirst().orElse(null);
                if (excluded != null) {
                    usedExclusions.add(excluded);
                    omissions.add(new Omission(a.name(), ref.host(), b.name(), "excluded: " + excluded.reason(),
                            rel(a.descriptor().file()) + ":" + excluded.line()));
                    continue;
                }
                named.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(b.name());
                if (b == a) {
                    continue;
                }
                List<PortSpec> ports = b.callPorts();
                // a host under a product's key (spring.rabbitmq.host) means the port b gives for that product
                Optional<ProvidedProduct> provision = b.descriptor().provides().stream()
                        .filter(p -> ProductKeys.productsOf(ref.key()).contains(p.product())).findFirst();
                if (provision.isPresent()) {
                    configuredProducts.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(provision.get().product());
                    if (ref.port() == null && provision.get().port() != null) {
                        ports = resolve(b, provision.get().port());
                    }
                }
                ProductKeys.productsOf(ref.key()).forEach(p ->
                        configuredProducts.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(p));
                if (ProductKeys.productsOf(ref.key()).stream().anyMatch(p -> p.equals("eureka") || p.equals("consul"))) {
                    registries.computeIfAbsent(a.name(), k -> new TreeMap<>()).put(b.name(), ref.source());
                }
                if (ref.port() != null) {
                    List<PortSpec> matching = b.ports().stream().filter(p -> p.port() == ref.port()).toList();
                    if (matching.isEmpty() && !b.ports().isEmpty()) {
                        warnings.add(new Problem(null, 0, a.name(), ref.source() + " connects to " + b.name() + ":"
                                + ref.port() + ", but " + b.name() + " declares only " + describePorts(b.ports())));
                    } else if (!matching.isEmpty()) {
                        ports = matching;
                    } else {
                        ports = List.of(new PortSpec(null, ref.port(), "TCP"));
                    }
                }
                edge(edges, a, b, ports, ref.source() + " names " + ref.host());
            }
        }
        fanOut(services, configs, environments, edges);
        return named;
    }

    /**
     * A host naming a Service of another namespace ({@code my-cluster-kafka-bootstrap.kafka.svc:9092}):
     * egress to that namespace on the port the reference gives, else the default port of the product
     * its key configures.
     */
    private void outsideReference(Service a, HostReference ref, ServiceHosts.OutsideService target, ClientCatalog catalog,
                                  List<Problem> warnings, List<Omission> omissions) {
        ExclusionSpec excluded = a.descriptor().exclude().stream().filter(x -> ref.host().equals(x.host()))
                .findFirst().orElse(null);
        if (excluded != null) {
            usedExclusions.add(excluded);
            omissions.add(new Omission(a.name(), ref.host(), target.namespace() + "/" + target.service(),
                    "excluded: " + excluded.reason(), rel(a.descriptor().file()) + ":" + excluded.line()));
            return;
        }
        Integer port = ref.port();
        if (port == null) {
            port = ProductKeys.productsOf(ref.key()).stream().map(catalog::defaultPort).flatMap(Optional::stream)
                    .map(PortSpec::port).findFirst().orElse(null);
        }
        if (port == null) {
            warnings.add(new Problem(null, 0, a.name(), ref.source() + " names " + ref.host() + ", Service "
                    + target.service() + " of namespace " + target.namespace() + ", without a port; declare the call:"
                    + " calls: [{service: " + target.service() + ", namespace: " + target.namespace() + ", port: <port>}]"));
            return;
        }
        outsideEdge(a, true, target.namespace(), target.service(), Map.of(), List.of(new PortSpec(null, port, "TCP")),
                ref.source() + " names " + ref.host());
    }

    /**
     * Servers that call what registers in their registry (servers.txt: Zuul, Spring Boot Admin; a
     * Spring Cloud Gateway with its discovery locator on), and Turbine's {@code turbine.app-config}.
     */
    private void fanOut(Map<String, Service> services, Map<String, ModuleConfiguration> configs,
                        Map<String, List<ConfigValue>> environments, Map<String, EdgeBuilder> edges) {
        for (Service s : services.values()) {
            ModuleConfiguration config = configs.get(s.name()).withEnvironment(environments.getOrDefault(s.name(), List.of()));
            String why = null;
            for (ModuleDependency d : s.module().dependencies()) {
                Optional<String> kind = RegistryServers.kindOf(d.groupId(), d.artifactId());
                if (kind.isPresent() && d.onRuntimeClasspath()
                        && !(kind.get().equals("zuul") && RegistryServers.zuulIgnoresAll(config))) {
                    why = rel(s.module().pomFile()) + lineOf(d) + " declares " + d.key() + " (" + kind.get()
                            + ": calls every service registered in ";
                    break;
                }
            }
            if (why == null) {
                Optional<ConfigValue> locator = RegistryServers.gatewayLocator(config);
                if (locator.isPresent()) {
                    why = locator.get().where(this::shown)
                            + " (gateway discovery locator: routes to every service registered in ";
                }
            }
            Map<String, String> own = registries.getOrDefault(s.name(), Map.of());
            if (why != null && !own.isEmpty()) {
                for (Service t : services.values()) {
                    Map<String, String> theirs = registries.getOrDefault(t.name(), Map.of());
                    Optional<String> shared = theirs.keySet().stream().filter(own::containsKey).findFirst();
                    if (t != s && shared.isPresent() && !own.containsKey(t.name())) {
                        edge(edges, s, t, t.callPorts(), why + shared.get() + "; " + t.name() + " registers at "
                                + theirs.get(shared.get()) + ")");
                    }
                }
            }
            Optional<String> turbine = config.value("turbine.app-config", "turbine.appconfig");
            if (turbine.isPresent()) {
                String where = config.source("turbine.app-config", "turbine.appconfig").orElseThrow()
                        .where(this::shown);
                for (String app : turbine.get().split(",")) {
                    Service t = services.get(app.strip().toLowerCase(java.util.Locale.ROOT));
                    if (t != null && t != s) {
                        edge(edges, s, t, t.callPorts(), where + " aggregates the Hystrix stream of " + t.name());
                    }
                }
            }
        }
    }

    /** A service that takes its configuration from a config server: it imports one, names its URI or has its client. */
    private static boolean isConfigClient(Service s, ModuleConfiguration config, ClientCatalog effective) {
        if (config.value("spring.config.import").map(v -> v.contains("configserver:")).orElse(false)
                || config.source("spring.cloud.config.uri").isPresent()) {
            return true;
        }
        return s.module().dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .anyMatch(d -> effective.productOf(d.groupId(), d.artifactId()).filter("spring-cloud-config"::equals)
                        .isPresent());
    }

    /** " (did you mean 'x'?)" for the module a renamed or mistyped artifactId most likely means, or "". */
    private static String likelyModule(String artifactId, List<String> modules) {
        String close = Names.didYouMean(artifactId, modules);
        if (!close.isEmpty()) {
            return close;
        }
        return modules.stream().filter(m -> m.contains(artifactId) || artifactId.contains(m)).sorted().findFirst()
                .map(m -> " (did you mean '" + m + "'?)").orElse("");
    }

    private Problem unprovided(Service a, ModuleDependency dep, String product) {
        return new Problem(rel(a.module().pomFile()), dep.declaredAt() == null ? 0 : dep.declaredAt().line(), a.name(),
                "depends on " + dep.key() + ", a client of '" + product + "', but no service provides '" + product
                        + "'; add 'provides: [" + product + "]' to the descriptor of the service that runs it, or"
                        + " declare an external destination under 'egress:' in " + a.name() + "'s descriptor");
    }

    private record Reached(ModuleDependency dependency, String via) {
    }

    /** External dependencies reached through a library module and its library modules, honouring exclusions. */
    private List<Reached> throughLibrary(ModuleDependency entry, Module lib, Map<String, Module> modules,
                                         Map<String, Service> serviceByModule) {
        List<Reached> reached = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<Object[]> queue = new ArrayDeque<>();
        queue.add(new Object[] {lib, List.of(entry)});
        visited.add(lib.key());
        while (!queue.isEmpty()) {
            Object[] item = queue.poll();
            Module current = (Module) item[0];
            @SuppressWarnings("unchecked")
            List<ModuleDependency> path = (List<ModuleDependency>) item[1];
            for (ModuleDependency dep : current.dependencies()) {
                if (!dep.onRuntimeClasspath() || dep.optional()) {
                    continue;
                }
                if (path.stream().anyMatch(p -> p.excludes(dep.groupId(), dep.artifactId()))) {
                    continue;
                }
                if (serviceByModule.containsKey(dep.key())) {
                    continue; // never through (or to) another service module
                }
                Module next = modules.get(dep.key());
                if (next != null) {
                    if (visited.add(next.key())) {
                        List<ModuleDependency> nextPath = new ArrayList<>(path);
                        nextPath.add(dep);
                        queue.add(new Object[] {next, nextPath});
                    }
                    continue;
                }
                reached.add(new Reached(new ModuleDependency(dep.groupId(), dep.artifactId(), dep.scope(),
                        dep.optional(), dep.exclusions(), entry.declaredAt()), current.artifactId()));
            }
        }
        return reached;
    }

    private static List<PortSpec> resolve(Service s, PortRef ref) {
        return s.ports().stream().filter(ref::matches).toList();
    }

    private static String describePorts(List<PortSpec> ports) {
        if (ports.isEmpty()) {
            return "none";
        }
        return String.join(", ", ports.stream()
                .map(p -> (p.name() == null ? "" : p.name() + "=") + p.port() + "/" + p.protocol()).toList());
    }

    /**
     * The service called {@code name}, or null after adding an error at {@code from}'s descriptor line
     * ("{@code verb} 'x', but no service has that name", with the closest name to use instead).
     */
    private Service named(Map<String, Service> services, String name, Service from, int line, String verb,
                          List<Problem> errors) {
        Service s = services.get(name);
        if (s == null) {
            errors.add(new Problem(rel(from.descriptor().file()), line, from.name(), verb + " '" + name
                    + "', but no service has that name" + suggestService(name, services)));
        }
        return s;
    }

    private static String suggestService(String wanted, Map<String, Service> services) {
        for (Service s : services.values()) {
            if (s.module().artifactId().equals(wanted) && !s.name().equals(wanted)) {
                return "; '" + wanted + "' is the artifactId of module " + s.module().key()
                        + " - did you mean service '" + s.name() + "'?";
            }
        }
        String hint = Names.didYouMean(wanted, services.keySet());
        return hint.isEmpty() ? "; known services: " + String.join(", ", services.keySet()) : hint;
    }

    private void edge(Map<String, EdgeBuilder> edges, Service from, Service to, List<PortSpec> ports, String reason) {
        edges.computeIfAbsent(from.name() + "\u0000" + to.name(), k -> new EdgeBuilder(from.name(), to.name()))
                .add(ports, reason);
    }

    private static String lineOf(ModuleDependency dep) {
        return dep.declaredAt() != null && dep.declaredAt().line() > 0 ? ":" + dep.declaredAt().line() : "";
    }

    /** A file as evidence shows it: relative to the reactor root, with '/'. */
    private String shown(Path file) {
        return String.valueOf(rel(file)).replace('\\', '/');
    }

    private Path rel(Path file) {
        if (file == null) {
            return null;
        }
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) && !abs.equals(root) ? root.relativize(abs) : abs;
    }

    private Problem relative(Problem p) {
        return new Problem(rel(p.file()), p.line(), p.service(), p.message());
    }

    private static final class EdgeBuilder {
        final String from;
        final String to;
        final Map<String, PortSpec> ports = new LinkedHashMap<>();
        final Set<String> reasons = new TreeSet<>();

        EdgeBuilder(String from, String to) {
            this.from = from;
            this.to = to;
        }

        void add(List<PortSpec> more, String reason) {
            more.forEach(p -> ports.put(p.port() + "/" + p.protocol(), p));
            reasons.add(reason);
        }

        Edge build() {
            List<PortSpec> sorted = ports.values().stream()
                    .sorted(Comparator.comparingInt(PortSpec::port).thenComparing(PortSpec::protocol)).toList();
            return new Edge(from, to, sorted, List.copyOf(reasons));
        }
    }
}
