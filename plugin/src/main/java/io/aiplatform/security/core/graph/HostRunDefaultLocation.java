package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.DefaultLocations;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A framework client, in a service run on the host ({@link PublishedPortReferences}: its configuration reaches a
 * port a Compose file publishes), that nothing points anywhere connects to the framework's loopback default on the
 * host: when no Compose service of the repository publishes that port, it reaches no service of the platform (one
 * DERIVE-LOOPBACK-HOST warning); otherwise, or when nothing shows that the service runs on the host, the library
 * stays an edge to its provider.
 */
final class HostRunDefaultLocation {

    private HostRunDefaultLocation() {
    }

    /** Whether {@code dep}'s default location reaches nothing; if so, warns once per service and product. */
    static boolean connectsToNothing(Service a, ModuleDependency dep, DefaultLocations.Default location,
                                     List<Service> providers, Derivation d) {
        String hostRun = PublishedPortReferences.hostRun(d).get(a.name());
        Integer port = port(location.authority());
        boolean outsideStore = d.project.configDirectories().isEmpty() && !OutsideConfigStores.of(d.platform, d.project).isEmpty();
        if (hostRun == null || port == null || outsideStore || !PublishedPortReferences.unpublished(d, port)
                || providers.stream().anyMatch(p -> p == a || d.edgeSoFar(a, p) != null || d.namedBy(a).contains(p.name()))
                || DefaultLocationClient.readKeys(a, d).stream().anyMatch(v -> location.decides(v.key()))) {
            return false; // a key its framework's version does not read (spring.redis.host in Boot 3) sets nothing
        }
        List<String> readable = ReadKeys.readableBy(a.module(), location.keys());
        List<String> keys = readable.isEmpty() ? location.keys() : readable;
        Set<String> warned = d.once("host-run default-location warnings", HashSet::new);
        if (warned.add(a.name() + "|" + location.product())) {
            String named = providers.stream().map(Service::name).sorted().reduce((x, y) -> x + ", " + y).orElse("");
            d.findings.warnings.add(new Problem(PomDependencies.file(d, a, dep), PomDependencies.line(dep), a.name(),
                    dep.key() + ", a client of '" + location.product() + "', connects to its framework's default "
                    + location.authority() + " (none of " + String.join(", ", keys) + " is set), and "
                    + a.name() + " runs on the host (" + hostRun + "), where no Compose service of the repository"
                    + " publishes port " + port + "; no connection to " + named + " is derived. Set " + keys.get(0)
                    + " to the service it uses, or add 'exclude: [{client: " + location.product() + ", reason: <why>}]'"
                    + " if it connects nowhere").withRule(DerivationRule.LOOPBACK_HOST));
        }
        return true;
    }

    /** The port of {@code localhost:9092}, or null. */
    private static Integer port(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon < 0 || !authority.substring(colon + 1).matches("\\d{1,5}") ? null
                : Integer.valueOf(authority.substring(colon + 1));
    }
}
