package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.LokiConfig;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.DerivationRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from the Grafana Loki configuration a service runs ({@link LokiConfig}): the YAML files that its container of
 * Loki's image mounts or copies by name, and their settings that name the object store and the Alertmanager Loki
 * connects to ({@code common.storage.s3.endpoint: minio:9000}). A loopback host is Loki's own container; a value with
 * a variable left in it ({@code -config.expand-env}) is a warning naming the file, line and key. Evidence names the
 * file, line and key, never the value (an {@code s3://} URL may carry an access key and secret).
 */
final class LokiStorageClients extends NamedSource {

    LokiStorageClients() {
        super("grafana loki", ServiceResolution::deploymentInputs, DockerfileInputs::declare, LokiStorageClients::declare,
                ServiceResolution::namespaceInput);
    }

    /** The Loki files that Compose services mount or their Dockerfiles copy. */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        ContainerTexts.declare(project, inputs, "loki", (paths, c) -> LokiConfig.in(paths, LokiConfig.runsLoki(c)));
    }

    @Override
    public void derive(Service a, Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        for (Container c : containers.of(a)) {
            List<HostReference> refs = new ArrayList<>();
            for (ConfigValue text : ContainerTexts.of(c, LokiConfig.in(ContainerTexts.mountedOrCopied(c, containers),
                    LokiConfig.runsLoki(c)), LokiConfig::text, (key, value) -> false, containers, d)) {
                for (LokiConfig.Setting s : LokiConfig.peerSettings(text.file(), text.value(), d.findings.unread::add)) {
                    reference(a, d, text, s, refs);
                }
            }
            d.hostReferences(a).add(refs);
        }
    }

    private static void reference(Service a, Derivation d, ConfigValue text, LokiConfig.Setting s,
                                  List<HostReference> into) {
        String where = d.shown(text.file()) + ":" + s.line() + " " + s.key();
        if (s.value().contains("${")) {
            d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + " is set from a variable Loki expands at start"
                    + " (-config.expand-env); the connection is not derived (write the server's address, or add 'calls:')");
            return;
        }
        List<ConnectionUrl.Endpoint> endpoints = new ArrayList<>();
        if (s.value().contains("://")) {
            ConnectionUrl.findAll(s.value()).forEach(u -> endpoints.addAll(u.endpoints()));
        } else {
            endpoints.addAll(ConnectionUrl.hostList(s.value()));
        }
        endpoints.stream().filter(e -> !ServiceHosts.isLoopback(e.host()))
                .forEach(e -> into.add(new HostReference(e.host(), e.port(), where, s.key())));
    }
}
