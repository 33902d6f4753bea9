package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.support.Names;
import java.util.Map;
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
 */
public record PlatformSettings(String namespace, String platform, boolean defaultDeny, boolean allowDns,
                               Map<String, String> externalIngressNamespaces) {

    public static final String MANAGED_BY = "ai-security-maven-plugin";

    public PlatformSettings {
        if (!Names.isDns1123Label(namespace)) {
            throw new IllegalArgumentException("namespace '" + namespace + "' is not a DNS-1123 label");
        }
        externalIngressNamespaces = Map.copyOf(externalIngressNamespaces);
    }

    /** The labels every generated object carries. */
    public Map<String, String> commonLabels() {
        Map<String, String> labels = new TreeMap<>();
        labels.put("app.kubernetes.io/managed-by", MANAGED_BY);
        labels.put("app.kubernetes.io/part-of", platform);
        return labels;
    }
}
