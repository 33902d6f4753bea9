package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DefaultLocations;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The warning for a client library of a product that no service of the platform provides, saying what the client does
 * rather than asking for a provider it may not use. A framework client whose server nothing sets connects to its
 * framework's documented loopback default ({@link DefaultLocations}): in a service that a Compose service or workload of
 * the repository runs, with its environment known, that is the pod itself (a DERIVE-LOOPBACK-HOST warning naming the
 * default, the keys that set the server and where the service runs, as when a provider exists); elsewhere its
 * deployment (or a configuration store a library loads, {@code ConfigStoreLibraries}) may set a key, so the
 * DERIVE-NO-PROVIDER warning names the default and the keys. Any other client's
 * DERIVE-NO-PROVIDER warning names the key of its framework that decides where it connects and what it holds now
 * ({@link DecidingProperty#state}; "not set" only for a client without such a default, whose keys the deployment's
 * environment sets under the names the configuration already maps).
 */
final class UnprovidedClientWarning {

    private UnprovidedClientWarning() {
    }

    /** The warning for {@code dep}, {@code a}'s client of {@code product}, which no service provides. */
    static Problem of(Service a, ModuleDependency dep, String product, Derivation d) {
        Optional<DefaultLocations.Default> location = DefaultLocationClient.frameworkLocation(a, dep, product, d);
        List<Container> containers = ServiceContainers.of(d).of(a);
        if (location.isPresent() && !DefaultLocationClient.set(a, location.get(), containers, d)) {
            boolean store = DefaultLocationClient.configStore(a, d);
            return containers.isEmpty() || store || !DefaultLocationClient.environmentKnown(containers, d)
                    ? undeployed(a, dep, location.get(), store, d) : loopback(a, dep, location.get(), containers, d);
        }
        return new Problem(PomDependencies.file(d, a, dep), PomDependencies.line(dep), a.name(),
                "depends on " + dep.key() + ", a client of '" + product + "', but no service provides '" + product
                        + "'" + DecidingProperty.state(a, product, d, location.isEmpty()) + "; add 'provides: [" + product + "]' to the"
                        + " descriptor of the service that runs it, or declare an external destination under 'egress:'"
                        + " in " + a.name() + "'s descriptor").withRule(DerivationRule.NO_PROVIDER);
    }

    /** Deployed with a known environment and nothing set: the client connects to the pod itself. */
    private static Problem loopback(Service a, ModuleDependency dep, DefaultLocations.Default location,
                                    List<Container> containers, Derivation d) {
        List<String> keys = DefaultLocationClient.keys(a, location);
        return new Problem(PomDependencies.file(d, a, dep), PomDependencies.line(dep), a.name(),
                dep.key() + ", a client of '" + location.product() + "', connects to "
                        + DefaultLocationClient.frameworkName(location) + "'s default " + location.authority()
                        + ", the pod itself once deployed: none of " + String.join(", ", keys) + " is set in its"
                        + " configuration or in the environment of " + DefaultLocationClient.deployed(containers, d)
                        + DefaultLocationClient.unreadSetting(a, location, d) + ", and no service of the platform"
                        + " provides '" + location.product() + "'; no connection is derived. " + ways(a, location, keys))
                .withRule(DerivationRule.LOOPBACK_HOST);
    }

    /**
     * Not deployed by the repository, its environment unknown, or its configuration partly in a store ({@code store}):
     * it connects to the default unless the deployment (or the store) sets a key.
     */
    private static Problem undeployed(Service a, ModuleDependency dep, DefaultLocations.Default location, boolean store,
                                      Derivation d) {
        List<String> keys = DefaultLocationClient.keys(a, location);
        return new Problem(PomDependencies.file(d, a, dep), PomDependencies.line(dep), a.name(),
                "depends on " + dep.key() + ", a client of '" + location.product() + "', but no service provides '"
                        + location.product() + "', and none of " + String.join(", ", keys) + " is set in its"
                        + " configuration" + DefaultLocationClient.unreadSetting(a, location, d) + ": unless its"
                        + " deployment" + (store ? " or the configuration store it loads" : "") + " sets one, it"
                        + " connects to " + DefaultLocationClient.frameworkName(location)
                        + "'s default " + location.authority() + ", its own host. " + ways(a, location, keys))
                .withRule(DerivationRule.NO_PROVIDER);
    }

    private static String ways(Service a, DefaultLocations.Default location, List<String> keys) {
        String product = location.product();
        return "If it uses a server, set " + keys.get(0) + " to it and add 'provides: [" + product
                + "]' to the descriptor of the service that runs it (or declare it under 'egress:' in " + a.name()
                + "'s descriptor); if it is meant to connect only to its own host or nowhere, add 'exclude: [{client: "
                + product + ", reason: <why>}]'";
    }
}
