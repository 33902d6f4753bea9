package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.CollectorConfig;
import io.aiplatform.security.core.derive.ComposeInterpolation;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.MonitoringFile;
import io.aiplatform.security.core.derive.PrometheusConfig;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.DerivationRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Edges from the OpenTelemetry Collector configurations a service runs ({@link MonitoringOwners}): each exporter (and
 * Kafka receiver) that a pipeline of {@code service.pipelines} lists connects where its settings say
 * ({@link CollectorConfig}: {@code otlp.endpoint}, {@code prometheusremotewrite.endpoint}, {@code loki.endpoint},
 * {@code kafka.brokers} ...), and each {@code prometheus} receiver a pipeline lists scrapes what its
 * {@code config.scrape_configs} name, read as Prometheus' own ({@link PrometheusScrapes}). {@code ${env:VAR}},
 * {@code ${VAR}} and {@code ${env:VAR:-default}} are taken from the collector container's environment; a host that
 * needs a variable it does not set is a warning naming the file, line and variable; a loopback host is the collector's
 * own pod, no edge. Evidence: the file, line and key,
 * and the component with its pipelines.
 */
final class CollectorExports extends NamedSource {

    /** The collector's {@code env} provider, written {@code ${env:VAR}}: the variable VAR. */
    private static final Pattern ENV_PROVIDER = Pattern.compile("(?<!\\$)\\$\\{env:");

    CollectorExports() {
        super("opentelemetry collector", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        List<MonitoringFile> files = MonitoringOwners.of(d).runBy(a, MonitoringFile.Kind.OTEL_COLLECTOR);
        if (files.isEmpty()) {
            return;
        }
        Map<String, String> environment = environment(a, d);
        for (MonitoringFile f : files) {
            CollectorConfig config = new CollectorConfig(f.properties());
            List<HostReference> refs = new ArrayList<>();
            config.peerSettings().forEach(s -> references(a, d, s, environment, refs));
            d.hostReferences(a).add(refs);
            config.prometheusReceivers().values().forEach(scrapes -> PrometheusScrapes.scrape(a, d,
                    new PrometheusConfig(expanded(scrapes, environment))));
        }
    }

    /** The variables of the containers running {@code a} (a workload's ConfigMap and Secret references resolved). */
    private static Map<String, String> environment(Service a, Derivation d) {
        Map<String, String> environment = new TreeMap<>();
        for (Container c : ServiceContainers.of(d).of(a)) {
            InfrastructureEnvironment.resolved(c, d).environment()
                    .forEach(v -> environment.putIfAbsent(v.key(), v.value()));
        }
        return environment;
    }

    private static void references(Service a, Derivation d, CollectorConfig.Setting s, Map<String, String> environment,
                                   List<HostReference> into) {
        ConfigValue v = s.value();
        String where = PrometheusScrapes.where(d, v) + " (" + s.describe() + ")";
        ComposeInterpolation.Result expanded = expand(v.value(), environment);
        String value = expanded.value().strip();
        if (value.startsWith("dns:///")) {
            value = value.substring("dns:///".length()); // gRPC's target syntax: dns:///host:port
        }
        List<ConnectionUrl.Endpoint> endpoints = new ArrayList<>();
        boolean unresolved;
        if (value.contains("://")) {
            List<ConnectionUrl> urls = ConnectionUrl.findAll(value);
            urls.forEach(u -> endpoints.addAll(u.endpoints()));
            unresolved = urls.isEmpty() || urls.stream().anyMatch(ConnectionUrl::unresolvedHost);
        } else {
            endpoints.addAll(ConnectionUrl.hostList(value));
            unresolved = endpoints.isEmpty();
        }
        if (!expanded.unresolved().isEmpty() && unresolved) {
            d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + " needs "
                    + String.join(", ", expanded.unresolved()) + ", which the environment of " + a.name()
                    + "'s container does not set, for the host it connects to; the connection is not derived (set it"
                    + " in the Compose service or Deployment, or add 'calls:')");
            return;
        }
        // a loopback host is the collector's own pod (an all-in-one image, a sidecar): no connection between services
        endpoints.stream().filter(e -> !ServiceHosts.isLoopback(e.host()))
                .forEach(e -> into.add(new HostReference(e.host(), e.port(), where, v.key())));
    }

    /** The values of a receiver's Prometheus configuration with the collector's variables taken from the environment. */
    private static Map<String, ConfigValue> expanded(Map<String, ConfigValue> config, Map<String, String> environment) {
        Map<String, ConfigValue> found = new LinkedHashMap<>();
        config.forEach((key, v) -> found.put(key, v.value().indexOf('$') < 0 ? v
                : new ConfigValue(v.key(), expand(v.value(), environment).value(), v.file(), v.line(), v.origin(),
                v.secret())));
        return found;
    }

    /** {@code ${env:VAR}} read as {@code ${VAR}}, then interpolated like Compose ({@code ${VAR:-default}}, {@code $$}). */
    private static ComposeInterpolation.Result expand(String value, Map<String, String> environment) {
        return ComposeInterpolation.interpolate(ENV_PROVIDER.matcher(value).replaceAll("\\${"), environment);
    }
}
