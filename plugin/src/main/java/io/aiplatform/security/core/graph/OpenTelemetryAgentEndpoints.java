package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.OpenTelemetryAgent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Edges from the OTLP endpoints of the OpenTelemetry Java agent: a container of the service (Compose service,
 * Kubernetes workload) that loads the agent ({@code -javaagent:} with an OpenTelemetry agent jar in its
 * {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or {@code JAVA_OPTS}, or in its Compose build's Dockerfile)
 * exports to the URLs its {@code OTEL_EXPORTER_OTLP_*ENDPOINT} variables or {@code -Dotel.exporter.otlp.*endpoint}
 * options give. Without the agent these variables are read by nothing, and give no edge. A service none of whose
 * containers loads the agent is looked at in its deployment environment too, where a Kubernetes workload's variables
 * from ConfigMaps and Secrets ({@code configMapKeyRef}, {@code envFrom}) are resolved.
 */
final class OpenTelemetryAgentEndpoints extends NamedSource {

    OpenTelemetryAgentEndpoints() {
        super("opentelemetry agent", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        HostReferenceEdges edges = d.hostReferences(a);
        boolean loaded = false;
        for (Container c : ServiceContainers.of(d).of(a)) {
            Optional<String> loader = loader(c.environment(), d).or(() -> dockerfileLoader(c, d));
            if (loader.isPresent()) {
                loaded = true;
                edges.add(references(c.environment(), loader.get(), d));
            }
        }
        if (!loaded) {
            List<ConfigValue> deployed = d.platform.environments.getOrDefault(a.name(), List.of());
            loader(deployed, d).ifPresent(loader -> edges.add(references(deployed, loader, d)));
        }
    }

    /** The agent's endpoints in {@code environment}, the agent loaded by {@code loader}. */
    private static List<HostReference> references(List<ConfigValue> environment, String loader, Derivation d) {
        String via = " (OpenTelemetry Java agent, loaded by " + loader + ")";
        List<HostReference> refs = new ArrayList<>();
        for (ConfigValue v : environment) {
            String variable = v.key().toUpperCase(Locale.ROOT);
            String where = place(v, variable, d);
            if (OpenTelemetryAgent.endpointVariable(variable)) {
                refs.addAll(references(v.value(), where + via, variable));
            } else if (OpenTelemetryAgent.OPTION_VARIABLES.contains(variable)) {
                for (String url : OpenTelemetryAgent.endpointProperties(v.value())) {
                    refs.addAll(references(url, where + " -Dotel.exporter.otlp.*endpoint" + via, variable));
                }
            }
        }
        return refs;
    }

    /**
     * Where {@code environment} loads the agent ("docker-compose.yml:12 JAVA_TOOL_OPTIONS"), if it does: a container's
     * own variables, or the service's deployment environment (a Kubernetes workload's {@code env} and {@code envFrom}
     * with their ConfigMaps and Secrets, the workload matched through the Service that selects it), which
     * keeps each variable under its name as written, lower-cased.
     */
    private static Optional<String> loader(List<ConfigValue> environment, Derivation d) {
        for (ConfigValue v : environment) {
            if (OpenTelemetryAgent.OPTION_VARIABLES.contains(v.key().toUpperCase(Locale.ROOT))
                    && OpenTelemetryAgent.loadedBy(v.value()).isPresent()) {
                return Optional.of(place(v, v.key().toUpperCase(Locale.ROOT), d));
            }
        }
        return Optional.empty();
    }

    /** {@code file:line VARIABLE}, or {@code file:line} and the ConfigMap or Secret key the value comes from. */
    private static String place(ConfigValue v, String variable, Derivation d) {
        return d.project.shown(v.file()) + ":" + v.line() + " " + (v.origin() != null ? v.origin() : variable);
    }

    /** The line of the container's Compose build's Dockerfile that loads the agent, if one does. */
    private static Optional<String> dockerfileLoader(Container c, Derivation d) {
        if (DockerfileInputs.declared(c) && Files.isRegularFile(c.dockerfile())) {
            return OpenTelemetryAgent.lineLoadingIt(c.dockerfile(), p -> d.findings.warnings.add(d.project.relative(p).orRule(DerivationRule.INPUT_UNREAD)))
                    .map(line -> d.project.shown(c.dockerfile()) + ":" + line);
        }
        return Optional.empty();
    }

    private static List<HostReference> references(String value, String source, String key) {
        return ConnectionUrl.parse(value.strip()).filter(u -> !u.unresolvedHost()).stream()
                .flatMap(u -> u.endpoints().stream())
                .map(e -> new HostReference(e.host(), e.port(), source, key)).toList();
    }
}
