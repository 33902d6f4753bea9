package io.aiplatform.security.core.helm;

import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The default {@code values.yaml} of the chart: the switches operators of the reference design know,
 * set so that {@code helm template} renders exactly the kustomize output. Never a key: only the
 * provider, the key's name and where the control-plane file is.
 */
final class ChartValues {

    /** Where kubeadm-style control planes keep the file; only used in the install notes. */
    static final String API_SERVER_FILE = "/etc/kubernetes/enc/encryption-config.yaml";

    private ChartValues() {
    }

    static Map<String, Object> of(PlatformSettings platform, EncryptionSettings encryption,
                                  SortedMap<String, ServiceAccount> serviceAccounts, HelmChartSettings chart,
                                  boolean externalSecrets) {
        Map<String, Object> networkPolicies = new LinkedHashMap<>();
        networkPolicies.put("enabled", true);
        networkPolicies.put("defaultDeny", platform.defaultDeny());
        networkPolicies.put("allowDNS", platform.allowDns());
        Map<String, Object> apiServer = new LinkedHashMap<>();
        apiServer.put("endpoints", platform.apiServerEndpoints().stream().sorted().toList());
        apiServer.put("ports", platform.apiServerPorts());
        networkPolicies.put("apiServer", apiServer);

        Map<String, Object> accounts = new LinkedHashMap<>();
        serviceAccounts.forEach((service, sa) -> {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("create", true);
            account.put("automountServiceAccountToken", Boolean.TRUE.equals(sa.getAutomountServiceAccountToken()));
            Map<String, String> annotations = sa.getMetadata().getAnnotations();
            account.put("annotations", annotations == null ? new TreeMap<>() : new TreeMap<>(annotations));
            accounts.put(service, account);
        });
        Map<String, Object> rbac = new LinkedHashMap<>();
        rbac.put("enabled", true);
        rbac.put("serviceAccounts", accounts);

        Map<String, Object> kms = new LinkedHashMap<>();
        boolean isKms = encryption.provider() == EncryptionProvider.KMS;
        kms.put("apiVersion", "v2");
        kms.put("name", isKms && encryption.kmsName() != null ? encryption.kmsName() : "");
        kms.put("endpoint", isKms && encryption.kmsEndpoint() != null ? encryption.kmsEndpoint() : "");
        kms.put("timeout", isKms && encryption.kmsTimeout() != null ? encryption.kmsTimeout() : "3s");
        Map<String, Object> enc = new LinkedHashMap<>();
        enc.put("enabled", encryption.provider().writesConfiguration());
        enc.put("provider", encryption.provider().id());
        enc.put("keyName", isKms ? "" : encryption.keyName());
        enc.put("kms", kms);
        enc.put("controlPlaneFile", chart.controlPlaneFile());
        enc.put("apiServerFile", API_SERVER_FILE);
        Map<String, Object> secrets = new LinkedHashMap<>();
        secrets.put("encryption", enc);

        Map<String, Object> podSecurity = new LinkedHashMap<>();
        podSecurity.put("namespace", platform.podSecurity().level() != PodSecurityLevel.NONE);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("namespace", "");
        values.put("podSecurity", podSecurity);
        values.put("networkPolicies", networkPolicies);
        values.put("rbac", rbac);
        values.put("externalSecrets", Map.of("enabled", externalSecrets));
        values.put("secrets", secrets);
        return values;
    }
}
