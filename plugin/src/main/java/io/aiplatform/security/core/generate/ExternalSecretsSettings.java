package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.support.Names;
import java.util.regex.Pattern;

/**
 * How the {@code external-secrets} output format refers to the secret manager: the External Secrets
 * Operator store every ExternalSecret reads from, the remote key of each Secret, and how often the
 * operator refreshes it.
 *
 * @param storeName       name of the (Cluster)SecretStore
 * @param storeKind       {@code ClusterSecretStore} or {@code SecretStore}
 * @param keyPattern      remote key, with {@code {namespace}}, {@code {secret}} and {@code {platform}} filled in
 * @param refreshInterval a Go duration such as {@code 1h}; immutable Secrets are read once instead
 */
public record ExternalSecretsSettings(String storeName, String storeKind, String keyPattern, String refreshInterval) {

    private static final Pattern DURATION = Pattern.compile("([0-9]+(ns|us|ms|s|m|h))+");
    public static final ExternalSecretsSettings DEFAULT =
            new ExternalSecretsSettings("platform-secrets", "ClusterSecretStore", "{namespace}/{secret}", "1h");

    public ExternalSecretsSettings {
        if (storeName == null || !Names.isDns1123Subdomain(storeName)) {
            throw new IllegalArgumentException("externalSecretStore '" + storeName + "' is not a Kubernetes object name");
        }
        if (!"ClusterSecretStore".equals(storeKind) && !"SecretStore".equals(storeKind)) {
            throw new IllegalArgumentException("externalSecretStoreKind '" + storeKind
                    + "' is not ClusterSecretStore or SecretStore");
        }
        if (keyPattern == null || !keyPattern.contains("{secret}")) {
            throw new IllegalArgumentException("externalSecretKey '" + keyPattern + "' does not contain {secret}, so"
                    + " every Secret would read the same remote key; e.g. {namespace}/{secret}");
        }
        if (refreshInterval == null || !DURATION.matcher(refreshInterval).matches()) {
            throw new IllegalArgumentException("externalSecretRefresh '" + refreshInterval + "' is not a duration such as"
                    + " 1h or 15m");
        }
    }

    /** The remote key of {@code secret}. */
    public String remoteKey(String platform, String namespace, String secret) {
        return keyPattern.replace("{platform}", platform).replace("{namespace}", namespace).replace("{secret}", secret);
    }
}
