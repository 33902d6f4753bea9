package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import io.aiplatform.security.core.derive.KotlinSourceReferences;
import io.aiplatform.security.core.derive.LogAppenderEndpoints;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.descriptor.CallSpec;
import io.aiplatform.security.core.descriptor.ExclusionSpec;
import io.aiplatform.security.core.descriptor.OutsidePeer;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One run of the derivation: the project, its resolved services, and what the sources have found
 * so far. The sources run one service at a time in a fixed order, so what they add (edges, evidence,
 * warnings and their order) is the same on every run.
 */
public final class Derivation {

    /** What the sources report: edges and their evidence, and the problems, in the order found. */
    static final class Findings {
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
        /** What the build log states once as information (a workload that runs no service ...). */
        final List<Problem> notices = new ArrayList<>();
        final List<Omission> omissions = new ArrayList<>();
        final List<ProductEgress> productEgress = new ArrayList<>();
        /** Calls to services named only by host and to products nobody here provides (a service repository's intents). */
        final List<UnresolvedCall> unresolvedCalls = new ArrayList<>();
        /** The inputs that could not be read (too large, unreadable, a YAML bomb), each once. */
        final Set<Problem> unread = new LinkedHashSet<>();
        /**
         * The edges, by their place in the order of their services' names ({@link Derivation#order}): hashed, as a
         * source looks one up or adds to it for each reference it reads; {@link #sortedEdges()} sorts them once.
         */
        final Map<Long, EdgeBuilder> edges = new HashMap<>();
        /** Connections with other namespaces, by service, direction, namespace and pods. */
        final Map<String, OutsideEdgeBuilder> outside = new TreeMap<>();
        /** The exclusions that switched an edge off (by identity: two may read alike). */
        final Set<Object> usedExclusions = Collections.newSetFromMap(new IdentityHashMap<>());
        /** "service|dependency" pairs already warned about as a client of a product nobody provides. */
        final Set<String> unprovided = new TreeSet<>();
        /** "service|product" pairs already reported as a client of several providers that nothing decides between. */
        final Set<String> undecided = new TreeSet<>();

        /** The edges in the order of their client's name, then their server's: the order of their keys. */
        List<EdgeBuilder> sortedEdges() {
            // the keys sorted as numbers, then looked up: a sort of the builders would read two of them, far apart in
            // memory, at each of its ~16 compares per edge
            long[] keys = new long[edges.size()];
            int i = 0;
            for (Long key : edges.keySet()) {
                keys[i++] = key;
            }
            Arrays.sort(keys);
            List<EdgeBuilder> sorted = new ArrayList<>(keys.length);
            for (long key : keys) {
                sorted.add(edges.get(key));
            }
            return sorted;
        }
    }

    final DerivationProject project;
    final ResolvedServices platform;
    final Findings findings;
    /** Per service, the services its configuration (and Java sources) name. */
    final Map<String, Set<String>> configuredServices = new TreeMap<>();
    /** Per service, the products whose location its configuration sets (so a missing provider is no surprise). */
    final Map<String, Set<String>> configuredProducts = new TreeMap<>();
    /** Per service, the registries (Eureka, Consul) it registers in, with the evidence. */
    final Map<String, Map<String, String>> registries = new TreeMap<>();
    /** What each service's configuration and Java sources give, read by {@link #readServices()}. */
    private final Map<String, ServiceReading> readings = new HashMap<>();
    private final ConfigServerRepositories repositories;
    /** The place of each service in the order of their names (the services are known before any source runs). */
    private final Map<String, Integer> ranks = new HashMap<>();
    private final Map<String, HostReferenceEdges> hostReferences = new HashMap<>();

    /** {@link ReadKeys} of each service, by name, made once: the configured hosts and the default locations ask. */
    private final Map<String, ReadKeys> readKeys = new ConcurrentHashMap<>();
    /** Why a service has no client of a product its library would call, by service, library and product, made once. */
    private final Map<String, Optional<String>> noClient = new ConcurrentHashMap<>();
    private ServiceHosts hosts;
    /** What each source worked out ahead for each service ({@link DerivationSource#prepare}), by source class and service. */
    private final Map<Class<?>, Map<String, Object>> prepared = new HashMap<>();
    /** What sources compute once per derivation and share (what the deployment files run, ...), by a key (see {@link #once}). */
    private final Map<Object, Object> once = new HashMap<>();

    /** {@link DerivationProject#rel} of the files evidence names again and again (a POM for each dependency), made once. */
    private final Map<Path, Path> relative = new ConcurrentHashMap<>();
    /** {@link DerivationProject#shown} of the same, made once. */
    private final Map<Path, String> shown = new ConcurrentHashMap<>();
    /** {@link Service#callPorts()} of each service, by name, made once: every edge to a service asks for them. */
    private final Map<String, List<PortSpec>> callPorts = new ConcurrentHashMap<>();

    Derivation(DerivationProject project, ResolvedServices platform, Findings findings) {
        this.project = project;
        this.platform = platform;
        this.findings = findings;
        platform.services.keySet().forEach(name -> ranks.put(name, ranks.size()));
        this.repositories = ConfigServerRepositories.of(platform, project, findings.warnings::add, findings.notices::add);
    }

    /** {@link DerivationProject#rel}: a file as messages show it (relative to the root when below it). */
    Path rel(Path file) {
        return file == null ? null : relative.computeIfAbsent(file, project::rel);
    }

    /** {@link DerivationProject#shown}: a file as evidence shows it. */
    String shown(Path file) {
        return file == null ? project.shown(null) : shown.computeIfAbsent(file, project::shown);
    }

    /** {@link Service#callPorts()} of {@code s} (a service of this derivation), made once. */
    List<PortSpec> callPorts(Service s) {
        return callPorts.computeIfAbsent(s.name(), k -> s.callPorts());
    }

    /**
     * The logging files of {@code a}'s configuration folder ({@link LogAppenderEndpoints#files}), found when its
     * configuration was read: the logging sources and the keys that something reads both ask for them.
     */
    List<Path> loggingFiles(Service a) {
        List<Path> files = platform.loggingFiles.get(a.module().key());
        return files != null ? files : LogAppenderEndpoints.files(DerivationProject.resources(a.module()));
    }

    Map<String, Service> services() {
        return platform.services;
    }

    ClientCatalog catalog() {
        return platform.products.catalog();
    }

    /**
     * What a service's files give: the configuration it runs with (its own files, a config server's
     * repository over them when it is a client of one, and its deployment's environment over both) and
     * what its Java and Kotlin sources name and read.
     */
    record ServiceReading(ModuleConfiguration configuration, JavaSourceReferences.Result java,
                          KotlinSourceReferences.Found kotlin, List<Problem> unread) {
    }

    /**
     * Reads every service's configuration and Java sources, in parallel when there are many: each reading
     * keeps the problems of the files it could not read, which are then taken in the order of the services,
     * so the outcome is the same as one service after the other.
     */
    void readServices() {
        List<Service> all = List.copyOf(services().values());
        List<ServiceReading> read = Parallel.stream(all).map(this::read).toList();
        for (int i = 0; i < all.size(); i++) {
            readings.put(all.get(i).name(), read.get(i));
            findings.unread.addAll(read.get(i).unread());
        }
    }

    private ServiceReading read(Service a) {
        List<Problem> unread = new ArrayList<>();
        ModuleConfiguration config = repositories.overlay(a, this, unread::add)
                .withEnvironment(platform.environments.getOrDefault(a.name(), List.of()));
        return new ServiceReading(config, JavaSourceHosts.read(a, config, project, unread::add),
                KotlinSourceHosts.read(a, config, project, unread::add), unread);
    }

    /**
     * Runs what each of {@code sources} works out ahead ({@link DerivationSource#prepare}) for every service, in
     * parallel when there are many: each only reads what {@link #readServices()} read, so the order does not matter.
     */
    void prepare(List<DerivationSource> sources) {
        List<Service> all = List.copyOf(services().values());
        List<List<Object>> ahead = Parallel.stream(all)
                .map(a -> sources.stream().map(source -> source.prepare(a, this)).toList()) // nulls kept, in place
                .toList();
        for (int i = 0; i < all.size(); i++) {
            for (int s = 0; s < sources.size(); s++) {
                Object value = ahead.get(i).get(s);
                if (value != null) {
                    prepared.computeIfAbsent(sources.get(s).getClass(), k -> new HashMap<>()).put(all.get(i).name(), value);
                }
            }
        }
    }

    /** What {@code source} worked out ahead for {@code a} ({@link #prepare}); worked out now when it has not been. */
    @SuppressWarnings("unchecked")
    <T> T prepared(DerivationSource source, Service a) {
        Object value = prepared.getOrDefault(source.getClass(), Map.of()).get(a.name());
        return (T) (value != null ? value : source.prepare(a, this));
    }

    /** What {@code a}'s files give (see {@link #readServices()}). */
    ServiceReading reading(Service a) {
        return readings.get(a.name());
    }

    /**
     * The configuration {@code a} runs with under another deployment's {@code environment} instead of the merged one
     * ({@link AlternativeDeployments}); what cannot be read was reported by {@link #readServices()}.
     */
    ModuleConfiguration configurationWith(Service a, List<ConfigValue> environment) {
        return repositories.overlay(a, this, problem -> { }).withEnvironment(environment);
    }

    /** The configuration {@code a} runs with (see {@link ServiceReading}). */
    ModuleConfiguration configuration(Service a) {
        return reading(a).configuration();
    }

    /**
     * What {@code compute} gives, computed on the first call with {@code key} (a class or a name) in this
     * derivation: a source holds no state (one instance serves every run), so what it reads for all services at
     * once (a scan of every deployment file) is kept here. Sources run one at a time, but what they work out ahead
     * ({@link #prepare}) runs on several threads: the first caller computes while the others wait. A computation
     * may ask for another key.
     */
    @SuppressWarnings("unchecked")
    synchronized <T> T once(Object key, Supplier<T> compute) {
        Object value = once.get(key);
        if (value == null) {
            value = compute.get();
            once.put(key, value);
        }
        return (T) value;
    }

    /**
     * Which keys of {@code a}'s configuration something reads ({@link ReadKeys}), made on the first request: it
     * depends only on what {@link #readServices()} read, so two threads that both make it make the same (no lock is
     * held while it is made, as it asks for other shared values).
     */
    ReadKeys readKeys(Service a) {
        ReadKeys read = readKeys.get(a.name());
        if (read == null) {
            read = ReadKeys.of(a, this);
            ReadKeys first = readKeys.putIfAbsent(a.name(), read);
            read = first != null ? first : read;
        }
        return read;
    }

    /**
     * Why {@code a} has no client of {@code product} although {@code library} is on its classpath ({@link
     * CatalogClientEdge}), made on the first request by {@code compute}: it depends only on what {@link #readServices()}
     * read, so {@link PomDependencies#prepare} makes it ahead for every service in parallel, and two threads that both
     * make it make the same (no lock is held while it is made).
     */
    Optional<String> whyNoClient(Service a, String library, String product, Supplier<Optional<String>> compute) {
        String key = a.name() + "\u0000" + library + "\u0000" + product;
        Optional<String> why = noClient.get(key);
        if (why == null) {
            why = compute.get();
            Optional<String> first = noClient.putIfAbsent(key, why);
            why = first != null ? first : why;
        }
        return why;
    }

    /**
     * The edges from the hosts {@code a}'s configuration and code name (one per service: a host is warned about once).
     * Built and used by the sources' {@code derive}, on one thread: not for {@link DerivationSource#prepare}.
     */
    HostReferenceEdges hostReferences(Service a) {
        return hostReferences.computeIfAbsent(a.name(), k -> new HostReferenceEdges(this, a, hosts()));
    }

    /** Which service a host names (built once, on the first call from a source's {@code derive}: one thread). */
    ServiceHosts hosts() {
        if (hosts == null) {
            hosts = new ServiceHosts(services().keySet(), project.namespace(), HostAliases.of(this));
        }
        return hosts;
    }

    /** The services {@code a}'s configuration or its own {@code calls} name (so an ambiguous product is no error). */
    Set<String> namedBy(Service a) {
        Set<String> named = new TreeSet<>(configuredServices.getOrDefault(a.name(), Set.of()));
        a.descriptor().calls().stream().filter(c -> c.outside() == null).forEach(c -> named.add(c.service()));
        return named;
    }

    void edge(Service from, Service to, List<PortSpec> ports, String reason) {
        findings.edges.computeIfAbsent(order(from, to), k -> new EdgeBuilder(from.name(), to.name()))
                .add(ports, reason);
    }

    /** The edge derived so far from {@code from} to {@code to}, or null. */
    EdgeBuilder edgeSoFar(Service from, Service to) {
        return findings.edges.get(order(from, to));
    }

    /**
     * Where the edge from {@code from} to {@code to} (services of this derivation) comes in the order of their names,
     * client first: its key in {@link Findings#edges}.
     */
    private long order(Service from, Service to) {
        return (long) rank(from) * ranks.size() + rank(to); // unique, and a Long's hash of it spreads well (not so from << 32 | to)
    }

    /** The place of {@code s} in the order of the services' names. */
    private int rank(Service s) {
        Integer rank = ranks.get(s.name());
        if (rank == null) {
            throw new IllegalStateException("not a service of this derivation: " + s.name());
        }
        return rank;
    }

    /**
     * Records a connection with pods of another namespace. A derived host without labels takes the labels
     * of a call the service declares to the same Service.
     */
    void outsideEdge(Service a, boolean outgoing, OutsideEdgeBuilder.Peer peer, List<PortSpec> ports, String reason) {
        Map<String, String> pods = peer.labels();
        if (pods.isEmpty() && peer.peerService() != null && outgoing) {
            pods = a.descriptor().calls().stream().map(CallSpec::outside).filter(Objects::nonNull)
                    .filter(o -> peer.namespace().equals(o.namespace()) && peer.peerService().equals(o.service()))
                    .map(OutsidePeer::labels).findFirst().orElse(Map.of());
        }
        String key = a.name() + "\u0000" + outgoing + "\u0000" + peer.namespace() + "\u0000" + peer.peerService()
                + "\u0000" + new TreeMap<>(pods);
        OutsideEdgeBuilder.Peer chosen = new OutsideEdgeBuilder.Peer(peer.namespace(), peer.peerService(), pods);
        findings.outside.computeIfAbsent(key, k -> new OutsideEdgeBuilder(a.name(), outgoing, chosen)).add(ports, reason);
    }

    /** Records that {@code exclusion} of {@code a}'s descriptor switched off its connection with {@code target}. */
    void excluded(Service a, ExclusionSpec exclusion, String what, String target) {
        findings.usedExclusions.add(exclusion);
        findings.omissions.add(new Omission(a.name(), what, target, "excluded: " + exclusion.reason(),
                rel(a.descriptor().file()) + ":" + exclusion.line()));
    }

    /** An error at a line of {@code a}'s descriptor. */
    void error(Service a, int line, String message) {
        findings.errors.add(new Problem(rel(a.descriptor().file()), line, a.name(), message));
    }

    /** A warning of {@code rule} at a line of {@code a}'s descriptor. */
    void warning(DerivationRule rule, Service a, int line, String message) {
        findings.warnings.add(new Problem(rel(a.descriptor().file()), line, a.name(), message).withRule(rule));
    }

    /** Information of {@code rule} at a line of {@code a}'s descriptor (logged at INFO): {@code "info: <message>"}. */
    void info(DerivationRule rule, Service a, int line, String message) {
        findings.warnings.add(new Problem(rel(a.descriptor().file()), line, a.name(), "info: " + message)
                .withRule(rule));
    }

    /** A warning of {@code rule} about {@code a} that names its own file (the evidence does). */
    void warning(DerivationRule rule, Service a, String message) {
        findings.warnings.add(new Problem(null, 0, a.name(), message).withRule(rule));
    }

    /**
     * The service called {@code name}, or null after adding an error at {@code from}'s descriptor line
     * ("{@code verb} 'x', but no service has that name", with the closest name to use instead).
     */
    Service named(String name, Service from, int line, String verb) {
        Service s = services().get(name);
        if (s == null) {
            error(from, line, verb + " '" + name + "', but no service has that name"
                    + ServiceNames.suggest(name, services()));
        }
        return s;
    }
}
