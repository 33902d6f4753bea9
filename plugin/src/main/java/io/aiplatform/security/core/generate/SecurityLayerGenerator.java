package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ServiceGraph} into the files of the security layer:
 * <pre>
 * manifests/kustomization.yaml
 * manifests/default-deny-all.yaml, manifests/allow-dns.yaml
 * manifests/services/&lt;name&gt;/network-policy.yaml, service-account.yaml[, role.yaml, role-binding.yaml, ...]
 * control-plane/encryption-config.yaml   (owner-only; never referenced by the kustomization)
 * </pre>
 */
public final class SecurityLayerGenerator {

    private final PlatformSettings platform;
    private final EncryptionSettings encryption;
    private final ManifestSerializer serializer = new ManifestSerializer();

    public SecurityLayerGenerator(PlatformSettings platform, EncryptionSettings encryption) {
        this.platform = platform;
        this.encryption = encryption;
    }

    public SecurityLayer generate(ServiceGraph graph) {
        List<GeneratedFile> files = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        NetworkPolicyGenerator netpol = new NetworkPolicyGenerator(platform);
        RbacGenerator rbac = new RbacGenerator(platform);
        if (platform.defaultDeny()) {
            add(files, resources, NetworkPolicyGenerator.DEFAULT_DENY + ".yaml", netpol.defaultDeny());
        }
        if (platform.allowDns()) {
            add(files, resources, NetworkPolicyGenerator.ALLOW_DNS + ".yaml", netpol.allowDns());
        }
        for (Service service : graph.services()) {
            String dir = "services/" + service.name() + "/";
            add(files, resources, dir + "network-policy.yaml", netpol.forService(graph, service));
            for (Map.Entry<String, HasMetadata> e : rbac.forService(service).entrySet()) {
                add(files, resources, dir + e.getKey() + ".yaml", e.getValue());
            }
        }
        Map<String, Object> kustomization = new LinkedHashMap<>();
        kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        kustomization.put("kind", "Kustomization");
        kustomization.put("resources", resources.stream().sorted().toList());
        files.add(new GeneratedFile(SecurityLayer.MANIFESTS + "/kustomization.yaml",
                serializer.toYaml(kustomization), false));
        files.add(new GeneratedFile(SecurityLayer.CONTROL_PLANE + "/encryption-config.yaml",
                serializer.toYaml(new EncryptionConfigGenerator().generate(encryption)), true));
        return new SecurityLayer(files);
    }

    private void add(List<GeneratedFile> files, List<String> resources, String path, Object object) {
        files.add(new GeneratedFile(SecurityLayer.MANIFESTS + "/" + path, serializer.toYaml(object), false));
        resources.add(path);
    }
}
