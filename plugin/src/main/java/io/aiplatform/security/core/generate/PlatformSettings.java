package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.convention.ApiServerPorts;
import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.descriptor.Cidr;
import io.aiplatform.security.core.support.Names;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Settings that apply to every generated object.
 *
 * @param namespace                  namespace the services run in
 * @param platform                   value of {@code app.kubernetes.io/part-of}
 * @param defaultDeny                emit the {@code default-deny-all} policy
 * @param allowDns                   emit the {@code allow-dns} policy
 * @param externalIngressNamespaces  labels of the namespaces that external traffic comes from
 *                                   (e.g. the ingress controller's), used when a descriptor gives none
 * @param podSecurity                the Pod Security Admission labels of the platform's Namespace object
 * @param source                     what the layer is derived from (the project's groupId:artifactId), named in
 *                                   the header of every generated file; null: the platform's name
 */
public record PlatformSettings(String namespace, String platform, boolean defaultDeny, boolean allowDns,
                               Map<String, String> externalIngressNamespaces, List<String> apiServerEndpoints,
                               List<Integer> apiServerPorts, PodSecurity podSecurity, String source) {

    /** Maven coordinates and names: what a header may name (no newline, no template or comment delimiters). */
    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]+");

    public PlatformSettings {
        if (!Names.isDns1123Label(namespace)) {
            throw new IllegalArgumentException("namespace '" + namespace + "' is not a DNS-1123 label");
        }
        externalIngressNamespaces = Map.copyOf(externalIngressNamespaces);
        apiServerEndpoints = apiServerEndpoints == null ? List.of() : List.copyOf(apiServerEndpoints);
        for (String cidr : apiServerEndpoints) {
            if (!Cidr.isValid(cidr)) {
                throw new IllegalArgumentException("apiServerEndpoints entry '" + cidr + "' is not a CIDR such as"
                        + " 172.18.0.2/32 (kubectl get endpoints kubernetes -n default gives the addresses)");
            }
        }
        apiServerPorts = apiServerPorts == null || apiServerPorts.isEmpty() ? ApiServerPorts.DEFAULT
                : List.copyOf(apiServerPorts);
        podSecurity = podSecurity == null ? PodSecurity.DEFAULT : podSecurity;
        if (SHARED_NAMESPACES.contains(namespace) && !podSecurity.chosen()) {
            throw new IllegalArgumentException("namespace '" + namespace + "' is shared with workloads the platform does not"
                    + " own, and the generated Namespace would enforce Pod Security " + podSecurity.level().id() + " on all of"
                    + " them: the API server would reject every pod there that does not meet it. Generate into a namespace"
                    + " of the platform's own (ai-security.namespace), or set podSecurity explicitly (restricted, baseline,"
                    + " privileged, or none to leave the namespace's labels alone)");
        }
        if (source != null && !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("the layer's source '" + source + "' is not a groupId:artifactId"
                    + " (letters, digits, '.', '_', '-', ':')");
        }
        source = source == null ? platform : source;
    }

    public PlatformSettings(String namespace, String platform, boolean defaultDeny, boolean allowDns,
                            Map<String, String> externalIngressNamespaces, List<String> apiServerEndpoints,
                            List<Integer> apiServerPorts, PodSecurity podSecurity) {
        this(namespace, platform, defaultDeny, allowDns, externalIngressNamespaces, apiServerEndpoints, apiServerPorts,
                podSecurity, null);
    }

    /** Namespaces every cluster has and other workloads share: the level enforced there must be a choice. */
    private static final Set<String> SHARED_NAMESPACES = Set.of("default", "kube-system", "kube-public");

    public PlatformSettings(String namespace, String platform, boolean defaultDeny, boolean allowDns,
                            Map<String, String> externalIngressNamespaces, List<String> apiServerEndpoints,
                            List<Integer> apiServerPorts) {
        this(namespace, platform, defaultDeny, allowDns, externalIngressNamespaces, apiServerEndpoints, apiServerPorts,
                PodSecurity.DEFAULT);
    }

    public PlatformSettings(String namespace, String platform, boolean defaultDeny, boolean allowDns,
                            Map<String, String> externalIngressNamespaces) {
        this(namespace, platform, defaultDeny, allowDns, externalIngressNamespaces, List.of(),
                ApiServerPorts.DEFAULT);
    }

    /** These settings with the layer derived from {@code value} (a groupId:artifactId). */
    public PlatformSettings withSource(String value) {
        return new PlatformSettings(namespace, platform, defaultDeny, allowDns, externalIngressNamespaces,
                apiServerEndpoints, apiServerPorts, podSecurity, value);
    }

    /** The labels every generated object carries. */
    public Map<String, String> commonLabels() {
        Map<String, String> labels = new TreeMap<>();
        labels.put(Labels.MANAGED_BY, Labels.MANAGED_BY_PLUGIN);
        labels.put(Labels.PART_OF, platform);
        return labels;
    }
}
