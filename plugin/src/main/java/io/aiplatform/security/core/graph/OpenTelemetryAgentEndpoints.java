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
 * options give. Without the agent these variables are read by nothing, and give no edge.
 */
final class OpenTelemetryAgentEndpoints extends NamedSource {

    OpenTelemetryAgentEndpoints() {
        super("opentelemetry agent", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                ServiceResolution::namespaceInput);
    }

    @Override
    public void derive(Service a, Derivation d) {
        HostReferenceEdges edges = d.hostReferences(a);
        for (Container c : ServiceContainers.of(d).of(a)) {
            Optional<String> loader = loader(c, d);
            if (loader.isEmpty()) {
                continue;
            }
            String via = " (OpenTelemetry Java agent, loaded by " + loader.get() + ")";
            List<HostReference> refs = new ArrayList<>();
            for (ConfigValue v : c.environment()) {
                String variable = v.key().toUpperCase(Locale.ROOT);
                String where = d.project.shown(v.file()) + ":" + v.line() + " ";
                if (OpenTelemetryAgent.endpointVariable(variable)) {
                    refs.addAll(references(v.value(), where + variable + via, variable));
                } else if (OpenTelemetryAgent.OPTION_VARIABLES.contains(variable)) {
                    for (String url : OpenTelemetryAgent.endpointProperties(v.value())) {
                        refs.addAll(references(url, where + variable + " -Dotel.exporter.otlp.*endpoint" + via, variable));
                    }
                }
            }
            edges.add(refs);
        }
    }

    /** Where the container loads the agent ("docker-compose.yml:12 JAVA_TOOL_OPTIONS"), if it does. */
    private static Optional<String> loader(Container c, Derivation d) {
        for (ConfigValue v : c.environment()) {
            if (OpenTelemetryAgent.OPTION_VARIABLES.contains(v.key().toUpperCase(Locale.ROOT))
                    && OpenTelemetryAgent.loadedBy(v.value()).isPresent()) {
                return Optional.of(d.project.shown(v.file()) + ":" + v.line() + " " + v.key().toUpperCase(Locale.ROOT));
            }
        }
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
