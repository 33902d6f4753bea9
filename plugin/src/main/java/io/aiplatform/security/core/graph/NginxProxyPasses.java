package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ComposeHeredocs;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.NginxConfig;
import io.aiplatform.security.core.derive.NginxFiles;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.DerivationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Edges from the nginx configuration a service runs: the {@code *.conf} and {@code *.conf.template} files its Compose
 * service bind-mounts (the file or a folder holding it) or its Dockerfile copies into the image, and the values of
 * such keys ({@code nginx.conf}) in the ConfigMaps its Kubernetes workload mounts. Each {@code proxy_pass},
 * {@code grpc_pass}, {@code fastcgi_pass} and {@code uwsgi_pass} address and each {@code server} of an
 * {@code upstream} block is a connection to the host it names ({@link NginxConfig#endpoint}); a pass naming an
 * upstream block goes to that block's servers; an nginx variable is known only at run time ({@code $host}: nothing),
 * unless a {@code set $name "literal"} of the pass's block or one around it gives it a literal. The official image's templates ({@code *.conf.template}) are filled by {@code envsubst} from the container's
 * environment first ({@link NginxTemplateVariables}). Only hosts that name a service count (a proxy names the outside
 * world too), and not loopback ones.
 */
final class NginxProxyPasses extends NamedSource {

    NginxProxyPasses() {
        super("nginx", ServiceResolution::deploymentInputs, DockerfileInputs::declare, NginxProxyPasses::declare,
                ServiceResolution::namespaceInput);
    }

    /** The nginx files that Compose services mount or their Dockerfiles copy (ConfigMaps are deployment files). */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        ContainerTexts.declare(project, inputs, "nginx", (paths, c) -> NginxFiles.in(paths, NginxFiles.runsNginx(c)));
    }

    @Override
    public void derive(Service a, Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        HostReferenceEdges edges = d.hostReferences(a);
        for (Container c : containers.of(a)) {
            List<ConfigValue> texts = texts(c, containers, d);
            if (texts.isEmpty()) {
                continue;
            }
            List<NginxConfig.Read> reads = texts.stream().map(t -> NginxConfig.read(t.value())).toList();
            List<String> upstreams = reads.stream().flatMap(r -> r.upstreams().stream()).toList();
            NginxTemplateVariables variables = new NginxTemplateVariables(c, d::shown);
            List<HostReference> refs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                ConfigValue text = texts.get(i);
                boolean template = text.key().endsWith(".template");
                for (NginxConfig.Address address : reads.get(i).addresses()) {
                    reference(a, d, text, template ? variables : null, address, upstreams, refs);
                }
            }
            edges.add(refs.stream().filter(r -> !ServiceHosts.isLoopback(r.host()) && edges.isPlatformService(r.host()))
                    .toList());
        }
    }

    /**
     * The nginx texts container {@code c} runs, in order: files it mounts or copies (key: the file name, line 0), then
     * values of its mounted ConfigMaps' nginx keys (line: the key's).
     */
    private static List<ConfigValue> texts(Container c, ServiceContainers containers, Derivation d) {
        List<ConfigValue> texts = new ArrayList<>(ContainerTexts.of(c, NginxFiles.in(ContainerTexts.mountedOrCopied(c,
                containers), NginxFiles.runsNginx(c)), NginxFiles::text, (key, value) -> NginxConfig.candidateName(key)
                && NginxConfig.mentionsAddresses(value), containers, d));
        if (NginxFiles.runsNginx(c)) { // a configuration its Compose entrypoint writes with a here-document
            ComposeHeredocs.of(c, path -> path.endsWith(".conf"), d.findings.unread::add).stream()
                    .filter(t -> NginxConfig.mentionsAddresses(t.value())).forEach(texts::add);
        }
        return texts;
    }

    /** The reference {@code address} of {@code text} makes, if any, added to {@code into}. */
    private static void reference(Service a, Derivation d, ConfigValue text, NginxTemplateVariables variables,
                                  NginxConfig.Address address, List<String> upstreams, List<HostReference> into) {
        String value = variables == null ? address.resolved() : variables.substituted(address.resolved());
        String where = d.shown(text.file()) + ":" + (text.line() + address.line()) + " "
                + (address.upstream() == null ? "" : "upstream " + address.upstream() + " ") + address.directive()
                + " " + address.value();
        if (variables != null && value.contains("${")) {
            d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + " needs " + variables.unset(address.value())
                    + ", which the environment of " + a.name() + "'s container does not set, for the host nginx passes"
                    + " to; the connection is not derived (set it in the Compose service or Deployment, or add 'calls:')");
            return;
        }
        if (address.upstream() == null && upstreams.contains(upstreamName(value))) {
            return; // its upstream block's servers are the connections
        }
        ConnectionUrl.Endpoint endpoint = NginxConfig.endpoint(value);
        if (endpoint != null) {
            String because = (variables == null ? where : where + variables.shown(address.value(), endpoint))
                    + address.sets().stream().map(set -> " (set $" + set.name() + " \"" + set.value() + "\" at line "
                    + (text.line() + set.line()) + ")").collect(Collectors.joining());
            into.add(new HostReference(endpoint.host(), endpoint.port(), because, address.directive()));
        }
    }

    /** The upstream a pass's value may name: {@code backend} of {@code http://backend/api}, of {@code backend}. */
    private static String upstreamName(String value) {
        int separator = value.indexOf("://");
        String rest = separator < 0 ? value : value.substring(separator + 3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
