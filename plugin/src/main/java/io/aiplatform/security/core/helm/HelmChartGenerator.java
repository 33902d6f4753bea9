package io.aiplatform.security.core.helm;

import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.ExternalSecretGenerator;
import io.aiplatform.security.core.generate.LayerObject;
import io.aiplatform.security.core.generate.NetworkPolicyGenerator;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.io.GeneratedHeader;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the security layer as a Helm chart, {@code helm/<platform>-security/}: one template per
 * generated object, each the object's own YAML (the text written to manifests/) inside the guard of the
 * values switch that names it. The ServiceAccount's {@code automountServiceAccountToken} and
 * annotations come from values. With the default values the chart renders exactly the objects of
 * {@code manifests/}. It never holds key material: encryption renders only {@code NOTES.txt}.
 * Every template starts with a Go template comment naming the source (it renders to nothing); Chart.yaml
 * and values.yaml with the YAML comment, values.yaml with a comment above each value saying what it sets
 * (the schema's description), and a README.md describes the chart.
 */
public final class HelmChartGenerator {

    private final PlatformSettings platform;
    private final EncryptionSettings encryption;
    private final HelmChartSettings chart;
    private final ManifestSerializer serializer = new ManifestSerializer();
    private final GeneratedHeader header;

    public HelmChartGenerator(PlatformSettings platform, EncryptionSettings encryption, HelmChartSettings chart) {
        this.platform = platform;
        this.encryption = encryption;
        this.chart = chart;
        this.header = new GeneratedHeader(platform.source());
    }

    /** {@code <platform>-security}: the chart's name and folder. */
    public static String chartName(String platform) {
        return platform + "-security";
    }

    private String chartName() {
        return chartName(platform.platform());
    }

    /** The chart's files, under {@code helm/<chart name>/}; {@code objects} includes default-deny-all and allow-dns. */
    public List<GeneratedFile> generate(List<LayerObject> objects) {
        String root = OutputFolders.HELM + "/" + chartName() + "/";
        List<GeneratedFile> files = new ArrayList<>();
        List<ChartReadme.Template> installs = new ArrayList<>();
        TreeMap<String, ServiceAccount> serviceAccounts = new TreeMap<>();
        int services = 0;
        for (LayerObject o : objects) {
            String template;
            if (o.object() instanceof ServiceAccount sa) {
                serviceAccounts.put(o.service(), sa);
                template = serviceAccountTemplate(o.service(), sa);
            } else if (o.object() instanceof Namespace) {
                template = "{{- if .Values.podSecurity.namespace }}\n" + o.yaml().replace("\n  name: " + platform.namespace()
                        + "\n", "\n  name: {{ include \"" + chartName() + ".namespace\" . | default \"" + platform.namespace() + "\" }}\n") + "{{- end }}\n";
            } else if (o.path().endsWith("/" + NetworkPolicyGenerator.API_SERVER_FILE)) {
                template = apiServerTemplate(o);
            } else {
                template = "{{- if " + guard(o) + " }}\n" + releaseNamespace(o.yaml()) + "{{- end }}\n";
            }
            if (o.object() instanceof NetworkPolicy && o.service() != null) {
                services++;
            }
            files.add(file(root + "templates/" + o.path(), header.templateComment() + template));
            installs.add(new ChartReadme.Template("templates/" + o.path(), o.object().getKind(),
                    o.object().getMetadata().getName(), condition(o)));
        }
        files.add(file(root + "Chart.yaml", serializer.toYaml(chartYaml(), header)));
        boolean externalSecrets = objects.stream().anyMatch(o -> ExternalSecretGenerator.KIND.equals(o.object().getKind()));
        Map<String, Object> values = ChartValues.of(platform, encryption, serviceAccounts, chart, externalSecrets);
        Map<String, Object> schema = ValuesSchema.of(serviceAccounts.keySet());
        SchemaDescriptions descriptions = new SchemaDescriptions(schema);
        files.add(file(root + "values.yaml", serializer.toCommentedYaml(values, header, descriptions::of)));
        files.add(file(root + "values.schema.json", serializer.toJson(schema)));
        files.add(file(root + "README.md", new ChartReadme(chartName(), platform, header).markdown(installs, values,
                descriptions)));
        files.add(file(root + "templates/NOTES.txt", ChartNotes.of(platform, encryption, services)));
        files.add(file(root + "templates/_helpers.tpl", header.templateComment()
                + "{{/* The namespace of every object: the namespace value, else the"
                + " release's (helm install -n). */}}\n{{- define \"" + chartName() + ".namespace\" -}}\n"
                + "{{- .Values.namespace | default .Release.Namespace -}}\n{{- end -}}\n"));
        return files;
    }

    /** The values that render the object, as the README shows them. */
    private static String condition(LayerObject o) {
        if (o.object() instanceof ServiceAccount) {
            return "rbac.enabled and rbac.serviceAccounts." + o.service() + ".create";
        }
        if (o.object() instanceof Namespace) {
            return "podSecurity.namespace";
        }
        if (o.path().endsWith("/" + NetworkPolicyGenerator.API_SERVER_FILE)) {
            return "networkPolicies.enabled and networkPolicies.apiServer.endpoints not empty";
        }
        return guard(o).replace(".Values.", "").replaceFirst("^and (\\S+) (\\S+)$", "$1 and $2");
    }

    private Map<String, Object> chartYaml() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("apiVersion", "v2");
        c.put("name", chartName());
        c.put("description", "NetworkPolicies and RBAC of the " + platform.platform() + " platform, generated by "
                + Labels.MANAGED_BY_PLUGIN + " from its service modules");
        c.put("type", "application");
        c.put("version", chart.version());
        c.put("appVersion", chart.appVersion());
        return c;
    }

    /**
     * The object's YAML with each {@code namespace: <platform namespace>} key (the object's own and
     * its subjects') naming the release's namespace instead; label values and selectors are left alone.
     */
    private String releaseNamespace(String yaml) {
        return NAMESPACE_KEY.matcher(yaml).replaceAll(m -> m.group(2).equals(platform.namespace())
                ? Matcher.quoteReplacement(m.group(1) + "namespace: {{ include \"" + chartName()
                        + ".namespace\" . }}")
                : Matcher.quoteReplacement(m.group()));
    }

    private static final Pattern NAMESPACE_KEY =
            Pattern.compile("(?m)^(\\s*(?:- )?)namespace: (\\S+)$");

    /**
     * A service's egress to the API server with its addresses and ports from
     * {@code networkPolicies.apiServer}: rendered only when endpoints are set (an egress rule with no
     * peer would allow every destination).
     */
    private String apiServerTemplate(LayerObject o) {
        StringBuilder t = new StringBuilder("{{- if and .Values.networkPolicies.enabled"
                + " .Values.networkPolicies.apiServer.endpoints }}\n");
        String[] lines = releaseNamespace(o.yaml()).split("\n");
        int replaced = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals("    - ports:")) {
                t.append(line).append('\n')
                        .append("        {{- range .Values.networkPolicies.apiServer.ports }}\n")
                        .append("        - port: {{ . }}\n")
                        .append("          protocol: TCP\n")
                        .append("        {{- end }}\n");
                while (i + 1 < lines.length && lines[i + 1].startsWith("        ")) {
                    i++;
                }
                replaced++;
            } else if (line.equals("      to:")) {
                t.append(line).append('\n')
                        .append("        {{- range .Values.networkPolicies.apiServer.endpoints }}\n")
                        .append("        - ipBlock:\n")
                        .append("            cidr: {{ . | quote }}\n")
                        .append("        {{- end }}\n");
                while (i + 1 < lines.length && lines[i + 1].startsWith("        ")) {
                    i++;
                }
                replaced++;
            } else {
                t.append(line).append('\n');
            }
        }
        if (replaced != 2) {
            throw new IllegalStateException("the API server policy of " + o.service() + " serialized in an unexpected shape");
        }
        return t.append("{{- end }}\n").toString();
    }

    /** The values condition that renders an object other than a ServiceAccount. */
    private static String guard(LayerObject o) {
        if (ExternalSecretGenerator.KIND.equals(o.object().getKind())) {
            return ".Values.externalSecrets.enabled";
        }
        if (o.object() instanceof NetworkPolicy) {
            if (o.service() != null) {
                return ".Values.networkPolicies.enabled";
            }
            return switch (o.object().getMetadata().getName()) {
                case NetworkPolicyGenerator.DEFAULT_DENY -> "and .Values.networkPolicies.enabled .Values.networkPolicies.defaultDeny";
                case NetworkPolicyGenerator.ALLOW_DNS -> "and .Values.networkPolicies.enabled .Values.networkPolicies.allowDNS";
                default -> throw new IllegalStateException("no switch for " + o.path());
            };
        }
        return ".Values.rbac.enabled"; // Role, RoleBinding, ClusterRole, ClusterRoleBinding
    }

    /**
     * The ServiceAccount without its annotations and token flag, serialized as every object is; the
     * two come back from {@code rbac.serviceAccounts.<service>}: annotations right under
     * {@code metadata:}, the flag as the last top-level key.
     */
    private String serviceAccountTemplate(String service, ServiceAccount sa) {
        ServiceAccount bare = new ServiceAccountBuilder(sa)
                .editMetadata().withAnnotations(null).endMetadata()
                .withAutomountServiceAccountToken(null)
                .build();
        StringBuilder t = new StringBuilder()
                .append("{{- $sa := index .Values.rbac.serviceAccounts \"").append(service).append("\" }}\n")
                .append("{{- if and .Values.rbac.enabled $sa.create }}\n");
        boolean annotationsPlaced = false;
        for (String line : releaseNamespace(serializer.toYaml(bare)).split("\n")) {
            t.append(line).append('\n');
            if (line.equals("metadata:")) {
                t.append("  {{- with $sa.annotations }}\n")
                        .append("  annotations:\n")
                        .append("    {{- toYaml . | nindent 4 }}\n")
                        .append("  {{- end }}\n");
                annotationsPlaced = true;
            }
        }
        if (!annotationsPlaced) {
            throw new IllegalStateException("ServiceAccount of " + service + " serialized without metadata");
        }
        return t.append("automountServiceAccountToken: {{ $sa.automountServiceAccountToken }}\n")
                .append("{{- end }}\n").toString();
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content, false);
    }
}
