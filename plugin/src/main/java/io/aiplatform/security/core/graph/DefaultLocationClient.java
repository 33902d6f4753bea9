package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.AutoConfiguredClients;
import io.aiplatform.security.core.derive.ConfigStoreLibraries;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DecidingKeys;
import io.aiplatform.security.core.derive.DefaultLocations;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A framework client of a product that nothing points anywhere: Spring Boot's Redis starter, Quarkus' OpenTelemetry
 * extension, with none of the keys that set its server ({@link DefaultLocations}) set in the service's configuration,
 * its deployment's environment or a {@code -D} option there, no other source locating the connection and no
 * {@code calls} naming the provider. The framework then connects to its documented default, the loopback host: the
 * pod itself once deployed, no service of the platform. Judged only where the service's environment is known (a
 * Compose service or Kubernetes workload of the repository runs it; no referenced ConfigMap or Secret is missing; no
 * configuration is kept in a store outside the repository, nor loaded by a library from a store the derivation does
 * not map to the service, {@link ConfigStoreLibraries}): a service deployed elsewhere may be set there, and its
 * library stays an edge to the provider. A service run on the host is judged by {@link HostRunDefaultLocation}.
 */
final class DefaultLocationClient {

    private static final Map<String, String> FRAMEWORKS = Map.of(DecidingKeys.SPRING, "Spring Boot",
            DecidingKeys.QUARKUS, "Quarkus", DecidingKeys.MICRONAUT, "Micronaut");
    private static final Map<String, String> LIBRARY_GROUPS = Map.of(DecidingKeys.SPRING, "org.springframework",
            DecidingKeys.QUARKUS, "io.quarkus", DecidingKeys.MICRONAUT, "io.micronaut");

    /** A {@code -Dkey=value} option (JAVA_OPTS, JAVA_TOOL_OPTIONS): the framework reads it as configuration. */
    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("-D([^=\\s\"']+)=");

    private DefaultLocationClient() {
    }

    /**
     * Whether {@code dep}, {@code a}'s client of {@code product}, connects to its loopback default instead of any of
     * {@code providers}; if so, warns once per service and product.
     */
    static boolean connectsToDefault(Service a, ModuleDependency dep, String product, List<Service> providers,
                                     Derivation d) {
        Optional<DefaultLocations.Default> location = frameworkDefault(a, dep, product, d);
        List<Container> containers = ServiceContainers.of(d).of(a);
        if (location.isEmpty()) {
            return false;
        }
        if (containers.isEmpty()) {
            return HostRunDefaultLocation.connectsToNothing(a, dep, location.get(), providers, d);
        }
        List<ConfigValue> read = readKeys(a, d);
        if (!environmentKnown(containers, d) || located(a, providers, d)) {
            return false;
        }
        Optional<ConfigValue> loopback = LoopbackSettings.only(read.stream().filter(v -> location.get().decides(v.key()))
                .toList());
        if (loopback.isPresent() && !set(location.get(), List.of(), containers, d.readKeys(a))) {
            // the setting's own DERIVE-LOOPBACK-HOST warning names it; explain says why the library is no edge
            d.findings.omissions.add(new Omission(a.name(), dep.key(), location.get().product(), "its configuration"
                    + " points it at the loopback host, the pod itself once deployed", d.shown(loopback.get().file())
                    + ":" + loopback.get().line() + " " + loopback.get().key()));
            return true;
        }
        if (set(location.get(), read, containers, d.readKeys(a))) {
            return false;
        }
        Set<String> warned = d.once("default-location warnings", HashSet::new);
        if (warned.add(a.name() + "|" + product)) {
            d.findings.warnings.add(warning(a, dep, location.get(), providers, containers, d));
        }
        return true;
    }

    /**
     * The loopback default of {@code dep}, {@code a}'s client of {@code product}, when it is its framework's client (a
     * library of the framework's groups, or one the framework configures itself; with Spring Boot on the classpath for
     * Spring) and no library loads {@code a}'s configuration from a store the derivation does not map to it; else empty.
     */
    static Optional<DefaultLocations.Default> frameworkDefault(Service a, ModuleDependency dep, String product,
                                                              Derivation d) {
        return frameworkLocation(a, dep, product, d).filter(l -> !configStore(a, d));
    }

    /** The same, whether or not a library loads {@code a}'s configuration from a store. */
    static Optional<DefaultLocations.Default> frameworkLocation(Service a, ModuleDependency dep, String product,
                                                               Derivation d) {
        Set<String> classpath = ServiceClasspath.of(a, d.platform).orElse(Set.of());
        String framework = DecidingKeys.frameworkOf(classpath);
        Optional<DefaultLocations.Default> location = DefaultLocations.of(framework, product, classpath);
        if (location.isEmpty() || !frameworkClient(framework, dep, classpath)
                || (DecidingKeys.SPRING.equals(framework) && classpath.stream()
                .noneMatch(l -> l.startsWith("org.springframework.boot:")))) {
            return Optional.empty();
        }
        return location;
    }

    /** Whether a library loads {@code a}'s configuration from a store the derivation does not map to it. */
    static boolean configStore(Service a, Derivation d) {
        return ConfigStoreLibraries.among(ServiceClasspath.of(a, d.platform).orElse(Set.of())) != null;
    }

    /** "Spring Boot", "Quarkus" or "Micronaut": the framework whose default {@code location} is. */
    static String frameworkName(DefaultLocations.Default location) {
        return FRAMEWORKS.get(location.framework());
    }

    /** The keys of {@code location} that {@code a}'s framework version reads, else all of them. */
    static List<String> keys(Service a, DefaultLocations.Default location) {
        List<String> readable = ReadKeys.readableBy(a.module(), location.keys());
        return readable.isEmpty() ? location.keys() : readable;
    }

    /** "docker-compose.yml web, k8s/web.yaml web": where the containers that run the service are. */
    static String deployed(List<Container> containers, Derivation d) {
        return containers.stream().map(c -> d.project.shown(c.file()) + " " + c.name()).distinct()
                .sorted().reduce((x, y) -> x + ", " + y).orElse("");
    }

    /**
     * Whether a key that sets {@code location}'s server is set for {@code a}: in the configuration something reads,
     * or in the environment of the containers that run it.
     */
    static boolean set(Service a, DefaultLocations.Default location, List<Container> containers, Derivation d) {
        return set(location, readKeys(a, d), containers, d.readKeys(a));
    }

    private static Problem warning(Service a, ModuleDependency dep, DefaultLocations.Default location,
                                   List<Service> providers, List<Container> containers, Derivation d) {
        List<String> keys = keys(a, location);
        String deployed = deployed(containers, d);
        String named = providers.stream().map(Service::name).sorted().reduce((x, y) -> x + ", " + y).orElse("");
        return new Problem(PomDependencies.file(d, a, dep), PomDependencies.line(dep), a.name(),
                dep.key() + ", a client of '" + location.product() + "', connects to " + FRAMEWORKS.get(location.framework())
                + "'s default " + location.authority() + ", the pod itself once deployed: none of " + String.join(", ", keys)
                + " is set in its configuration or in the environment of " + deployed + unreadSetting(a, location, d)
                + "; no connection to " + named
                + " is derived. Set " + keys.get(0) + " to the service it uses, or add 'exclude: [{client: "
                + location.product() + ", reason: <why>}]' if it connects nowhere")
                .withRule(DerivationRule.LOOPBACK_HOST);
    }

    /**
     * " (k8s/cart.yaml:39 sets spring.redis.host, but spring.redis.host is not read by Spring Boot 3.3.2 (…))" for a
     * key that would set the server but that nothing reads, else "".
     */
    static String unreadSetting(Service a, DefaultLocations.Default location, Derivation d) {
        ReadKeys read = d.readKeys(a);
        return d.configuration(a).all().stream().filter(v -> location.decides(v.key()) && !read.read(v)).findFirst()
                .map(v -> " (" + d.shown(v.file()) + ":" + v.line() + " sets " + v.key() + ", but "
                        + read.whyUnread(v.key()) + ")").orElse("");
    }

    /**
     * No ConfigMap or Secret that the manifests running the service reference is missing, and no configuration store
     * lies outside the repository.
     */
    static boolean environmentKnown(List<Container> containers, Derivation d) {
        boolean missing = d.findings.warnings.stream().filter(p -> p.rule() == DerivationRule.CONFIG_NOT_FOUND)
                .filter(p -> p.file() != null)
                .anyMatch(p -> containers.stream().anyMatch(c -> c.file().equals(p.file()) || c.file().endsWith(p.file())));
        return !missing && (!d.project.configDirectories().isEmpty()
                || OutsideConfigStores.of(d.platform, d.project).isEmpty());
    }

    /** Another source derived a connection to a provider, or the descriptor's calls name one. */
    private static boolean located(Service a, List<Service> providers, Derivation d) {
        Set<String> named = d.namedBy(a);
        return providers.stream().anyMatch(p -> p == a || d.edgeSoFar(a, p) != null || named.contains(p.name()));
    }

    /**
     * Whether {@code dep} is {@code framework}'s client: a library of the framework's groups, or one the framework
     * configures itself
     * ({@link AutoConfiguredClients}: Spring Boot's actuator and the Zipkin reporters).
     */
    private static boolean frameworkClient(String framework, ModuleDependency dep, Set<String> classpath) {
        return dep.groupId().startsWith(LIBRARY_GROUPS.get(framework))
                || AutoConfiguredClients.configures(framework, dep.key(), classpath);
    }

    /**
     * The configuration values of {@code a} that something reads: a key the framework no longer reads
     * ({@code spring.zipkin.base-url} without Spring Cloud Sleuth) sets no server.
     */
    static List<ConfigValue> readKeys(Service a, Derivation d) {
        ReadKeys read = d.readKeys(a);
        return d.configuration(a).all().stream().filter(read::read).toList();
    }

    /**
     * A deciding key is set in the configuration, by a variable of the deployment's environment named as the frameworks
     * look the key up ({@link DefaultLocations.Default#keyOfVariable}) when something reads that key, or by a {@code -D}
     * option there.
     */
    private static boolean set(DefaultLocations.Default location, List<ConfigValue> configuration,
                               List<Container> containers, ReadKeys read) {
        if (configuration.stream().anyMatch(v -> location.decides(v.key()))) {
            return true;
        }
        return containers.stream().flatMap(c -> c.environment().stream()).anyMatch(v -> location.keyOfVariable(v.key())
                .filter(k -> read.read(new ConfigValue(k, v.value(), v.file(), v.line()))).isPresent()
                || SYSTEM_PROPERTY.matcher(v.value()).results().anyMatch(m -> location.decides(m.group(1))));
    }
}
