package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.AlloyConfig;
import io.aiplatform.security.core.derive.AlloyFiles;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.DerivationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edges from the Grafana Alloy configurations a service runs: the {@code *.alloy} and {@code *.river} files its Compose
 * service bind-mounts (the file, or a folder holding it when the container runs {@code grafana/alloy} or
 * {@code grafana/agent}) or its Dockerfile copies, and such keys of the ConfigMaps its workload mounts. Each argument
 * that names the server a component writes to ({@link AlloyConfig}: {@code otelcol.exporter.otlp}'s
 * {@code client.endpoint}, {@code loki.write}'s {@code endpoint.url}, …) is a connection to the host it names; an
 * argument set by {@code sys.env("VAR")} (Grafana Agent's {@code env("VAR")}) takes the container's variable. A loopback
 * host is Alloy's own container; any other expression is a warning naming the file, line and argument. Evidence names
 * the file, line, component and argument, never the value (a URL may carry credentials, a variable may be a Secret's).
 */
final class AlloyExports extends NamedSource {

    /** Alloy's standard library call reading a variable: {@code sys.env("NAME")}, Grafana Agent's {@code env("NAME")}. */
    private static final Pattern ENV = Pattern.compile("(?:sys\\.)?env\\(\\s*\"([^\"]+)\"\\s*\\)");

    AlloyExports() {
        super("grafana alloy", ServiceResolution::deploymentInputs, DockerfileInputs::declare, AlloyExports::declare,
                ServiceResolution::namespaceInput);
    }

    /** The Alloy files that Compose services mount or their Dockerfiles copy (ConfigMaps are deployment files). */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        ContainerTexts.declare(project, inputs, "alloy", (paths, c) -> AlloyFiles.in(paths, AlloyFiles.runsAlloy(c)));
    }

    @Override
    public void derive(Service a, Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        for (Container c : containers.of(a)) {
            List<ConfigValue> texts = texts(c, containers, d);
            if (texts.isEmpty()) {
                continue;
            }
            Map<String, String> environment = new TreeMap<>();
            InfrastructureEnvironment.resolved(c, d).environment()
                    .forEach(v -> environment.putIfAbsent(v.key(), v.value()));
            List<HostReference> refs = new ArrayList<>();
            for (ConfigValue text : texts) {
                for (AlloyConfig.Setting s : AlloyConfig.peerSettings(text.value())) {
                    reference(a, d, text, s, environment, refs);
                }
            }
            d.hostReferences(a).add(refs);
        }
    }

    /** The Alloy texts container {@code c} runs: files it mounts or copies (line 0), then its ConfigMaps' Alloy keys. */
    private static List<ConfigValue> texts(Container c, ServiceContainers containers, Derivation d) {
        return ContainerTexts.of(c, AlloyFiles.in(ContainerTexts.mountedOrCopied(c, containers), AlloyFiles.runsAlloy(c)),
                AlloyFiles::text, (key, value) -> AlloyConfig.candidateName(key), containers, d);
    }

    /** The references setting {@code s} makes, added to {@code into}; an expression not read is a warning. */
    private static void reference(Service a, Derivation d, ConfigValue text, AlloyConfig.Setting s,
                                  Map<String, String> environment, List<HostReference> into) {
        String where = d.shown(text.file()) + ":" + (text.line() + s.line()) + " " + s.describe();
        String value = s.value();
        Matcher env = ENV.matcher(s.expression());
        if (value == null && env.matches()) {
            value = environment.get(env.group(1)); // used for its host and port only, never shown (it may be a Secret's)
            where += " = " + s.expression() + (value == null ? "" : " (" + env.group(1) + " of " + a.name()
                    + "'s container)");
        }
        if (value == null) {
            d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + (env.matches() ? ": the environment of "
                    + a.name() + "'s container does not set " + env.group(1) : " is set to " + s.expression()
                    + ", an expression the derivation does not evaluate") + "; the connection is not derived (set it"
                    + " to the server's address, or add 'calls:')");
            return;
        }
        List<ConnectionUrl.Endpoint> endpoints = new ArrayList<>();
        if (value.contains("://")) {
            ConnectionUrl.findAll(value).forEach(u -> endpoints.addAll(u.endpoints()));
        } else {
            endpoints.addAll(ConnectionUrl.hostList(value));
        }
        String key = s.component() + "." + s.path();
        String because = where;
        endpoints.stream().filter(e -> !ServiceHosts.isLoopback(e.host()))
                .forEach(e -> into.add(new HostReference(e.host(), e.port(), because, key)));
    }
}
