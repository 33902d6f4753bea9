package io.aiplatform.security.core.layer;

import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.generate.AuditPolicyGenerator;
import io.aiplatform.security.core.generate.EncryptionConfigGenerator;
import io.aiplatform.security.core.generate.ExternalSecretGenerator;
import io.aiplatform.security.core.generate.ExternalSecretsSettings;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.LayerObject;
import io.aiplatform.security.core.generate.NetworkPolicyGenerator;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.generate.RbacGenerator;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.helm.HelmChartGenerator;
import io.aiplatform.security.core.helm.HelmChartSettings;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.io.GeneratedHeader;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.io.SecurityLayer;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.verify.VerificationKit;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a {@link ServiceGraph} into the files of the security layer:
 * <pre>
 * manifests/kustomization.yaml                                      (format kustomize)
 * manifests/default-deny-all.yaml, manifests/allow-dns.yaml
 * manifests/services/&lt;name&gt;/network-policy.yaml, service-account.yaml[, role.yaml, role-binding.yaml, ...]
 * helm/&lt;platform&gt;-security/...                                       (format helm; the same objects)
 * control-plane/encryption-config.yaml   (owner-only; never referenced by the kustomization or the chart)
 * </pre>
 * Every YAML file starts with the {@link GeneratedHeader} comment naming what it was generated from.
 */
public final class SecurityLayerGenerator {

    private final PlatformSettings platform;
    private final EncryptionSettings encryption;
    private final Set<OutputFormat> formats;
    private final HelmChartSettings chart;
    private final ExternalSecretsSettings externalSecrets;
    private final ManifestSerializer serializer = new ManifestSerializer();

    /** Kustomize output only. */
    public SecurityLayerGenerator(PlatformSettings platform, EncryptionSettings encryption) {
        this(platform, encryption, Set.of(OutputFormat.KUSTOMIZE), null);
    }

    /** {@code chart} is needed when {@code formats} has {@link OutputFormat#HELM}. */
    public SecurityLayerGenerator(PlatformSettings platform, EncryptionSettings encryption, Set<OutputFormat> formats,
                                  HelmChartSettings chart) {
        this(platform, encryption, formats, chart, ExternalSecretsSettings.DEFAULT);
    }

    /** {@code externalSecrets} is used when {@code formats} has {@link OutputFormat#EXTERNAL_SECRETS}. */
    public SecurityLayerGenerator(PlatformSettings platform, EncryptionSettings encryption, Set<OutputFormat> formats,
                                  HelmChartSettings chart, ExternalSecretsSettings externalSecrets) {
        if (formats.contains(OutputFormat.HELM) && chart == null) {
            throw new IllegalArgumentException("the helm format needs chart settings");
        }
        this.platform = platform;
        this.encryption = encryption;
        this.formats = Set.copyOf(formats);
        this.chart = chart;
        this.externalSecrets = externalSecrets;
    }

    public SecurityLayer generate(ServiceGraph graph) {
        GeneratedHeader header = new GeneratedHeader(platform.source());
        List<LayerObject> objects = objects(graph);
        List<GeneratedFile> files = new ArrayList<>();
        if (formats.contains(OutputFormat.KUSTOMIZE)) {
            files.addAll(kustomize(objects, header));
        }
        if (formats.contains(OutputFormat.HELM)) {
            files.addAll(new HelmChartGenerator(platform, encryption, chart).generate(objects));
        }
        files.addAll(new VerificationKit(platform, encryption).generate(graph));
        if (encryption.provider().writesConfiguration()) { // a control plane of one's own: its files
            files.add(new GeneratedFile(OutputFolders.CONTROL_PLANE + "/encryption-config.yaml",
                    serializer.toYaml(new EncryptionConfigGenerator().generate(encryption), header), true));
            files.add(new GeneratedFile(OutputFolders.CONTROL_PLANE + "/" + AUDIT_POLICY_FILE,
                    serializer.toYaml(new AuditPolicyGenerator().generate(), header), false));
        }
        return new SecurityLayer(files);
    }

    /** Where the ExternalSecrets go, one file per Secret (a Secret may be shared by services). */
    public static final String EXTERNAL_SECRETS_DIR = "external-secrets/";

    /** The kube-apiserver audit policy, beside the EncryptionConfiguration. */
    public static final String AUDIT_POLICY_FILE = "audit-policy.yaml";

    /** The platform's Namespace with its Pod Security Admission labels. */
    public static final String NAMESPACE_FILE = "namespace.yaml";

    /** Every object the layer can hold, including default-deny-all and allow-dns whatever the settings say. */
    public List<LayerObject> objects(ServiceGraph graph) {
        List<LayerObject> objects = new ArrayList<>();
        NetworkPolicyGenerator netpol = new NetworkPolicyGenerator(platform);
        RbacGenerator rbac = new RbacGenerator(platform);
        objects.add(object(NetworkPolicyGenerator.DEFAULT_DENY + ".yaml", null, netpol.defaultDeny()));
        objects.add(object(NetworkPolicyGenerator.ALLOW_DNS + ".yaml", null, netpol.allowDns()));
        if (platform.podSecurity().level() != PodSecurityLevel.NONE) {
            Map<String, String> labels = new TreeMap<>(platform.commonLabels());
            labels.putAll(platform.podSecurity().labels());
            objects.add(object(NAMESPACE_FILE, null, new NamespaceBuilder().withNewMetadata()
                    .withName(platform.namespace()).withLabels(labels).endMetadata().build()));
        }
        if (formats.contains(OutputFormat.EXTERNAL_SECRETS)) {
            new ExternalSecretGenerator(platform, externalSecrets).generate(graph).forEach((name, es) ->
                    objects.add(object(EXTERNAL_SECRETS_DIR + name + ".yaml", null, es)));
        }
        // each service's objects only read the graph: in parallel on a large platform, kept in the services' order
        objects.addAll(Parallel.stream(graph.services())
                .map(service -> serviceObjects(graph, service, netpol, rbac))
                .flatMap(List::stream)
                .toList());
        return objects;
    }

    /** A service's NetworkPolicies and RBAC objects, serialized by a serializer of their own (one is not thread-safe). */
    private static List<LayerObject> serviceObjects(ServiceGraph graph, Service service, NetworkPolicyGenerator netpol,
                                                    RbacGenerator rbac) {
        ManifestSerializer serializer = new ManifestSerializer();
        List<LayerObject> objects = new ArrayList<>();
        String dir = "services/" + service.name() + "/";
        objects.add(object(serializer, dir + "network-policy.yaml", service.name(), netpol.forService(graph, service)));
        if (service.usesKubernetesApi()) {
            objects.add(object(serializer, dir + NetworkPolicyGenerator.API_SERVER_FILE, service.name(),
                    netpol.apiServerAccess(service)));
        }
        for (Map.Entry<String, HasMetadata> e : rbac.forService(service).entrySet()) {
            objects.add(object(serializer, dir + e.getKey() + ".yaml", service.name(), e.getValue()));
        }
        return objects;
    }

    private LayerObject object(String path, String service, HasMetadata object) {
        return object(serializer, path, service, object);
    }

    private static LayerObject object(ManifestSerializer serializer, String path, String service, HasMetadata object) {
        return new LayerObject(path, service, object, serializer.toYaml(object));
    }

    private boolean wanted(String platformWidePolicy) {
        return switch (platformWidePolicy) {
            case NetworkPolicyGenerator.DEFAULT_DENY -> platform.defaultDeny();
            case NetworkPolicyGenerator.ALLOW_DNS -> platform.allowDns();
            default -> true;
        };
    }

    private List<GeneratedFile> kustomize(List<LayerObject> objects, GeneratedHeader header) {
        List<GeneratedFile> files = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (LayerObject o : objects) {
            if (o.service() == null && !(o.object() instanceof Namespace) && !wanted(o.object().getMetadata().getName())) {
                continue;
            }
            if (o.path().endsWith("/" + NetworkPolicyGenerator.API_SERVER_FILE) && platform.apiServerEndpoints().isEmpty()) {
                continue; // no address to allow: the build warns, and the Helm chart takes it from values
            }
            files.add(new GeneratedFile(OutputFolders.MANIFESTS + "/" + o.path(), header.headed(o.yaml()), false));
            resources.add(o.path());
        }
        Map<String, Object> kustomization = new LinkedHashMap<>();
        kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        kustomization.put("kind", "Kustomization");
        kustomization.put("resources", resources.stream().sorted().toList());
        files.add(new GeneratedFile(OutputFolders.MANIFESTS + "/kustomization.yaml",
                serializer.toYaml(kustomization, header), false));
        return files;
    }
}
