package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ComposeInterpolation;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.MonitoringFile;
import io.aiplatform.security.core.support.DerivationRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Edges from the push configuration of the log shippers a service runs ({@link MonitoringOwners}): Promtail's
 * {@code clients[].url} (and the older single {@code client.url}) and Grafana Agent static mode's
 * {@code logs.configs[].clients[].url}, the Loki push endpoints they send to. {@code ${VAR}} and
 * {@code ${VAR:-default}} (their {@code -config.expand-env}) are taken from the shipper container's environment; a
 * URL whose host needs a variable that environment does not set is a warning naming the file, line and variable.
 * What they scrape ({@code docker_sd_configs}, {@code kubernetes_sd_configs}, files) is read from the Docker socket,
 * the API server or the node, never from a service: no edge.
 */
final class LogShipperClients extends NamedSource {

    private static final Pattern CLIENT_URL = Pattern.compile(
            "(?:clients\\[\\d+]|client|logs\\.configs\\[\\d+]\\.clients\\[\\d+])\\.url");

    LogShipperClients() {
        super("log shippers", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        List<MonitoringFile> files = new ArrayList<>(MonitoringOwners.of(d).runBy(a, MonitoringFile.Kind.PROMTAIL));
        files.addAll(MonitoringOwners.of(d).runBy(a, MonitoringFile.Kind.GRAFANA_AGENT));
        if (files.isEmpty()) {
            return;
        }
        Map<String, String> environment = new TreeMap<>();
        for (Container c : ServiceContainers.of(d).of(a)) {
            c.environment().forEach(v -> environment.putIfAbsent(v.key(), v.value()));
        }
        List<HostReference> refs = new ArrayList<>();
        for (MonitoringFile f : files) {
            f.properties().values().stream().filter(v -> CLIENT_URL.matcher(v.key()).matches())
                    .sorted(Comparator.comparingInt(ConfigValue::line).thenComparing(ConfigValue::key)) // file order
                    .forEach(url -> references(a, d, url, environment, refs));
        }
        d.hostReferences(a).add(refs);
    }

    private static void references(Service a, Derivation d, ConfigValue url, Map<String, String> environment,
                                   List<HostReference> into) {
        String where = PrometheusScrapes.where(d, url);
        ComposeInterpolation.Result expanded = ComposeInterpolation.interpolate(url.value(), environment);
        List<ConnectionUrl> urls = ConnectionUrl.findAll(expanded.value());
        if (!expanded.unresolved().isEmpty() && (urls.isEmpty() || urls.stream().anyMatch(ConnectionUrl::unresolvedHost))) {
            d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + " needs " + String.join(", ", expanded.unresolved())
                    + ", which the environment of " + a.name() + "'s container does not set, for the host it pushes"
                    + " logs to; the connection is not derived (set it in the Compose service or Deployment, or add"
                    + " 'calls:')");
            return;
        }
        urls.forEach(u -> u.endpoints().forEach(e -> into.add(new HostReference(e.host(), e.port(), where, url.key()))));
    }
}
