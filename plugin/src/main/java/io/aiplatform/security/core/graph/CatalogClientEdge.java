package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.derive.ClientSwitches;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConfigurationCreatedClients;
import io.aiplatform.security.core.derive.DecidingKeys;
import io.aiplatform.security.core.derive.EndpointBuiltClients;
import io.aiplatform.security.core.derive.ExcludedAutoConfigurations;
import io.aiplatform.security.core.derive.RegistryLibraries;
import io.aiplatform.security.core.derive.ReporterSenders;
import io.aiplatform.security.core.descriptor.ExclusionSpec;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a client library of the catalog that a service reaches means: an edge to the one service
 * that provides its product, an omission (embedded engine, metrics library, {@code exclude}), egress to
 * the product in a single-service repository, or a warning or error when the provider is missing or
 * ambiguous.
 */
final class CatalogClientEdge {

    private final Derivation d;
    private final Service a;

    CatalogClientEdge(Derivation d, Service a) {
        this.d = d;
        this.a = a;
    }

    /** {@code via} says how the service reaches {@code dep} ("declares ", "declares x, which brings "). */
    void derive(ModuleDependency dep, String via) {
        d.catalog().productOf(dep.groupId(), dep.artifactId()).ifPresent(product -> derive(dep, product, via, ""));
    }

    /**
     * The same for a library that calls {@code product}; {@code decided} tells why when the configuration chose the
     * product of a library of several ("; consul as bootstrap.yml:9 consul.client.default-zone configures it"), else "".
     */
    void derive(ModuleDependency dep, String product, String via, String decided) {
        String where = PomDependencies.where(d, a, dep);
        if (ClientCatalog.isNotACall(product)) {
            d.findings.omissions.add(new Omission(a.name(), dep.key(), product, ClientCatalog.EMBEDDED.equals(product)
                    ? "embedded engine, never a network peer" : "metrics library that is scraped, not a call", where));
            return;
        }
        if (RegistryLibraries.PRODUCTS.contains(product) && RegistryLibraries.disabled(product, d.configuration(a))) {
            d.findings.omissions.add(new Omission(a.name(), dep.key(), product,
                    "its configuration switches the " + product + " client off", where));
            return;
        }
        Optional<String> noClient = whyNoClient(product, dep);
        if (noClient.isPresent()) {
            d.findings.omissions.add(new Omission(a.name(), dep.key(), product, noClient.get(), where));
            return;
        }
        for (ExclusionSpec exclusion : a.descriptor().exclude()) {
            if (exclusion.matches(dep.key(), product)) {
                d.excluded(a, exclusion, dep.key(), product);
                return;
            }
        }
        Optional<String> embedded = EmbeddedDatabase.instead(a, product, d);
        if (embedded.isPresent()) {
            d.findings.omissions.add(new Omission(a.name(), dep.key(), product, embedded.get(), where));
            return;
        }
        List<Service> providers = d.platform.products.providers(product);
        if (!providers.isEmpty() && DefaultLocationClient.connectsToDefault(a, dep, product, providers, d)) {
            return; // nothing points the framework's client anywhere: it connects to its loopback default
        }
        Optional<String> elsewhere = providers.isEmpty() ? Optional.empty() : ProductsElsewhere.of(d).why(d, a, product,
                String.join(" or ", providers.stream().map(Service::name).toList()));
        if (elsewhere.isPresent()) {
            d.findings.omissions.add(new Omission(a.name(), dep.key(), product, elsewhere.get(), where));
            return; // its configuration's host outside the platform carries the DERIVE-UNKNOWN-HOST warning
        }
        if (providers.size() > 1) {
            ambiguous(dep, product, providers);
            return; // the configuration's (or calls') edge to the provider it names carries the evidence
        }
        Service provider = providers.isEmpty() ? null : providers.get(0);
        String reason = where + " " + via + dep.key() + " (catalog: " + product + decided
                + (provider == null ? "" : ", " + d.platform.products.providedBy(product, provider)) + ")";
        if (provider == null) {
            unprovided(dep, product, reason);
        } else if (provider != a) {
            d.edge(a, provider, locatedByConfiguration(product, provider) ? List.of()
                    : d.platform.products.portsOf(product, provider), reason);
        }
    }

    /** Why a reporter library sends nothing in this service's framework version ({@link ReporterSenders}). */
    private Optional<String> unsent(ModuleDependency dep) {
        return a.module().frameworks().of(FrameworkVersions.SPRING_BOOT).flatMap(version -> ReporterSenders.unsent(
                FrameworkVersions.SPRING_BOOT, version, dep.key(), ServiceClasspath.of(a, d.platform).orElse(Set.of())));
    }

    /**
     * Why {@code dep} builds no client in this service's framework version while no key sets its endpoint
     * ({@link EndpointBuiltClients}: Spring Boot 3.2+ and the OTLP exporter without management.otlp.tracing.endpoint).
     */
    private Optional<String> unbuilt(ModuleDependency dep) {
        return a.module().frameworks().of(FrameworkVersions.SPRING_BOOT).flatMap(version -> EndpointBuiltClients.unbuilt(
                FrameworkVersions.SPRING_BOOT, version, dep.key(), ServiceClasspath.of(a, d.platform).orElse(Set.of()),
                d.configuration(a).all()));
    }

    /**
     * Why the service has no client of {@code product} although a library of it is on its classpath: the configuration
     * switches it off, the framework creates it only for configured entries and there are none
     * ({@link ConfigurationCreatedClients}), or the library connects only when the code uses it and the code never does
     * ({@link UnusedClientLibraries}), an excluded auto-configuration creates it ({@link ExcludedAutoConfigurations}),
     * {@code dep} is a reporter that sends nothing in this framework version ({@link ReporterSenders}), or an exporter
     * that the framework builds only for a configured endpoint ({@link EndpointBuiltClients}); empty when it has one.
     */
    Optional<String> whyNoClient(String product, ModuleDependency dep) {
        return d.whyNoClient(a, dep.key(), product, () -> noClient(product, dep));
    }

    private Optional<String> noClient(String product, ModuleDependency dep) {
        String framework = DecidingKeys.frameworkOf(ServiceClasspath.of(a, d.platform).orElse(Set.of()));
        Optional<ConfigValue> off = ClientSwitches.off(framework, product, d.configuration(a));
        if (off.isPresent()) {
            return Optional.of("its configuration switches the " + product + " client off: "
                    + off.get().where(d::shown) + " is " + ClientSwitches.shown(off.get()));
        }
        return unsent(dep).or(() -> unbuilt(dep)).or(() -> excluded(framework, dep, product))
                .or(() -> ConfigurationCreatedClients.uncreated(framework, product, d.configuration(a)))
                .or(() -> UnusedClientLibraries.whyUnused(a, product, d)).map(why -> "not a connection: " + why);
    }

    /**
     * Why the auto-configuration that creates {@code dep}'s client is excluded ({@link ExcludedAutoConfigurations}): by
     * the configuration, or by an annotation of the service's own sources (not a library module's).
     */
    private Optional<String> excluded(String framework, ModuleDependency dep, String product) {
        return ExcludedAutoConfigurations.excluding(framework, dep.key(), d.configuration(a)).map(e ->
                e.setting().where(d::shown) + " excludes " + e.autoConfiguration() + ", which creates the " + product
                        + " client")
                .or(() -> ExcludedAutoConfigurations.excludingInCode(framework, dep.key(),
                        d.reading(a).java().excludedAutoConfigurations()).map(x -> x.where() + " excludes "
                        + x.written() + ", which creates the " + product + " client"));
    }

    /**
     * Whether the configuration already says where {@code a} reaches the product on {@code provider}
     * ({@code spring.kafka.bootstrap-servers: kafka:29092}): its port is the one used, so the library adds its
     * evidence to that edge, not the catalog's port of the product.
     */
    private boolean locatedByConfiguration(String product, Service provider) {
        return d.configuredProducts.getOrDefault(a.name(), Set.of()).contains(product) && d.edgeSoFar(a, provider) != null;
    }

    /**
     * Several services provide the product: an error unless the configuration or calls name one of them; one per
     * service and product, however many dependency paths bring its libraries.
     */
    private void ambiguous(ModuleDependency dep, String product, List<Service> providers) {
        Set<String> chosen = d.namedBy(a);
        if (providers.stream().noneMatch(p -> chosen.contains(p.name())) && providers.stream().noneMatch(p -> p == a)
                && d.findings.undecided.add(a.name() + "|" + product)) { // once, not once per path to the library
            List<String> candidates = providers.stream().map(Service::name).toList();
            d.findings.errors.add(new Problem(PomDependencies.file(d, a, dep), PomDependencies.line(dep), a.name(),
                    "depends on " + dep.key() + ", a client of '" + product + "', which "
                    + String.join(", ", candidates) + " all provide, and its configuration names none of them, so"
                    + " nothing decides which one it uses; say which: " + DecidingProperty.advice(a, product, d)
                    + ", or name it in " + a.name() + "'s descriptor (" + DecidingProperty.callsChoices(candidates)
                    + "); if it uses none of them (an embedded database, a library it never calls), add 'exclude:"
                    + " [{client: " + product + ", reason: <why>}]' instead"));
        }
    }

    /**
     * No service provides the product: egress to it in a single-service repository, else a warning (once) saying what
     * the client does instead ({@link UnprovidedClientWarning}).
     */
    private void unprovided(ModuleDependency dep, String product, String reason) {
        if (!d.configuredProducts.getOrDefault(a.name(), Set.of()).contains(product)) {
            d.findings.unresolvedCalls.add(UnresolvedCall.toProduct(a.name(), product,
                    d.catalog().defaultPort(product).map(PortSpec::port).orElse(null), reason));
        }
        if (d.services().size() == 1) {
            d.catalog().defaultPort(product).ifPresentOrElse(
                    (PortSpec port) -> d.findings.productEgress.add(new ProductEgress(a.name(), product, port, reason)),
                    () -> d.findings.warnings.add(UnprovidedClientWarning.of(a, dep, product, d)));
        } else if (d.configuredProducts.getOrDefault(a.name(), Set.of()).contains(product)) {
            return; // its configuration names where the product is; that edge carries the evidence
        } else if (d.findings.unprovided.add(a.name() + "|" + dep.key())) {
            d.findings.warnings.add(UnprovidedClientWarning.of(a, dep, product, d));
        }
    }
}
