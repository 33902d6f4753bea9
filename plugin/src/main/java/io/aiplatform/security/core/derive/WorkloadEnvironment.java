package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The environment a Kubernetes workload's containers get: the configuration files mounted from ConfigMaps and
 * Secrets ({@link MountedConfigFiles}), under {@code envFrom} (every key of a ConfigMap or
 * Secret, behind an optional {@code prefix}) first, then {@code env} ({@code value}, or
 * {@code valueFrom.configMapKeyRef} / {@code secretKeyRef}), which wins, as the kubelet orders them; a
 * {@code $(VAR)} in a value is the variable defined before it ({@link KubernetesVariableReferences}).
 * A reference to a ConfigMap or Secret that is in no file of the repository is one warning per
 * workload and object (none when the reference is {@code optional: true}); a value from a Secret is
 * marked so that it is never shown.
 */
final class WorkloadEnvironment {

    private static final String CONFIG_MAP_REF = "configMapKeyRef";
    private static final String SECRET_REF = "secretKeyRef";

    private final ConfigDataIndex index;
    private final List<Problem> warnings = new ArrayList<>();
    /** "workload|kind/name[|key]" already warned about. */
    private final Set<String> warned = new HashSet<>();

    WorkloadEnvironment(ConfigDataIndex index) {
        this.index = index;
    }

    /** Every variable of the workload's containers into {@code variables}, under the workload's name. */
    void read(Workload w, DeployedVariables variables) {
        String service = w.name().value().toLowerCase(Locale.ROOT);
        for (String container : w.containers()) {
            Map<String, ConfigValue> defined = new HashMap<>(); // the container's variables so far, for $(VAR)
            DeployedVariables into = (s, v) -> {
                defined.put(v.key(), v);
                variables.add(s, v);
            };
            MountedConfigFiles.of(w, container, index, warnings::add).forEach(setting -> variables.add(service, setting));
            for (int e = 0; w.has(container + ".envFrom[" + e + "]."); e++) {
                envFrom(w, container + ".envFrom[" + e + "].", service, into);
            }
            for (int e = 0; w.props().containsKey(container + ".env[" + e + "].name"); e++) {
                env(w, container + ".env[" + e + "].", service, into, defined);
            }
        }
    }

    private void envFrom(Workload w, String at, String service, DeployedVariables variables) {
        boolean secret = w.has(at + "secretRef.");
        String ref = at + (secret ? "secretRef." : "configMapRef.");
        String name = w.value(ref + "name");
        if (name == null) {
            return;
        }
        String prefix = w.value(at + "prefix") == null ? "" : w.value(at + "prefix");
        String kind = secret ? ConfigData.SECRET : ConfigData.CONFIG_MAP;
        Optional<ConfigData> data = find(w, kind, name, ref);
        data.ifPresent(d -> d.entries().forEach((key, entry) ->
                variables.add(service, variable(d, key, prefix + key, entry))));
    }

    private void env(Workload w, String at, String service, DeployedVariables variables,
                     Map<String, ConfigValue> defined) {
        String variable = w.value(at + "name");
        ConfigValue plain = w.props().get(at + "value");
        if (plain != null) {
            KubernetesVariableReferences.Expanded expanded = KubernetesVariableReferences.expand(plain.value(), defined);
            variables.add(service, new ConfigValue(variable, expanded.value(), plain.file(), plain.line(), null,
                    expanded.secret()));
            return;
        }
        boolean secret = w.props().containsKey(at + "valueFrom." + SECRET_REF + ".name");
        String ref = at + "valueFrom." + (secret ? SECRET_REF : CONFIG_MAP_REF) + ".";
        String name = w.value(ref + "name");
        String key = w.value(ref + "key");
        if (name == null || key == null) {
            return; // fieldRef, resourceFieldRef: no setting of the repository
        }
        String kind = secret ? ConfigData.SECRET : ConfigData.CONFIG_MAP;
        Optional<ConfigData> data = find(w, kind, name, ref);
        if (data.isEmpty()) {
            return;
        }
        ConfigData.Entry entry = data.get().entries().get(key);
        if (entry != null) {
            variables.add(service, variable(data.get(), key, variable, entry));
        } else if (!optional(w, ref) && warned.add(w.describe() + "|" + kind + "/" + name + "|" + key)) {
            warn(w, ref, w.describe() + " takes " + variable + " from key " + key + " of " + kind + " " + name + " ("
                    + data.get().file().getFileName() + "), which has no such key; the connection it sets is not"
                    + " derived (add the key, or mark the reference optional: true)");
        }
    }

    /** The ConfigMap or Secret a reference names, or empty after one warning per workload and object. */
    private Optional<ConfigData> find(Workload w, String kind, String name, String ref) {
        Optional<ConfigData> data = index.find(kind, name, w.name().file());
        if (data.isEmpty() && !optional(w, ref) && warned.add(w.describe() + "|" + kind + "/" + name)) {
            warn(w, ref, w.describe() + " takes its environment from " + kind + " " + name + ", which is in no"
                    + " manifest or kustomize generator of the repository; the connections its keys set are not"
                    + " derived (add its manifest, mark the reference optional: true, or add 'calls:')");
        }
        return data;
    }

    private static boolean optional(Workload w, String ref) {
        return "true".equals(w.value(ref + "optional"));
    }

    private void warn(Workload w, String ref, String message) {
        ConfigValue at = w.props().get(ref + "name");
        warnings.add(new Problem(at.file(), at.line(), null, message).withRule(DerivationRule.CONFIG_NOT_FOUND));
    }

    /**
     * The variable a key gives: the key's value and place, and as evidence the object and key (with the
     * variable's name when it differs), never the value.
     */
    private static ConfigValue variable(ConfigData data, String key, String variable, ConfigData.Entry entry) {
        String origin = data.describe(key) + (variable.equals(key) ? "" : " as " + variable);
        return new ConfigValue(variable, entry.value(), entry.file(), entry.line(), origin, data.secret());
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
