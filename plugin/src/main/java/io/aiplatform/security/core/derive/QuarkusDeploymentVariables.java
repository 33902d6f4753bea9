package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The environment of the Deployment that Quarkus' {@code quarkus-kubernetes} (or {@code quarkus-openshift},
 * {@code quarkus-minikube}) extension generates, as its guide documents the module's own settings for it, under the
 * extension's prefix ({@code quarkus.kubernetes}, {@code quarkus.openshift}, {@code quarkus.minikube}):
 * <ul>
 *   <li>{@code <prefix>.env.vars.<name>=<value>}: a variable whose name is {@code <name>} in upper case with its dashes
 *   as underscores ({@code my-env-var} is {@code MY_ENV_VAR});</li>
 *   <li>{@code <prefix>.env.configmaps} / {@code <prefix>.env.secrets}: {@code envFrom}, every key of each ConfigMap or
 *   Secret named (comma-separated) a variable;</li>
 *   <li>{@code <prefix>.env.mapping.<name>.from-configmap} or {@code .from-secret} with {@code .with-key}: the variable
 *   {@code <name>} (converted as above) from that key.</li>
 * </ul>
 * The ConfigMaps and Secrets are those of the repository's manifests and generators, resolved as a workload's
 * references are; one that is not there (or lacks the key) is a warning naming the property. As the kubelet orders
 * them, {@code envFrom} comes first and the single variables win over it. Evidence names the property's file, line
 * and key (and the ConfigMap or Secret key a value comes from); a Secret's value is marked secret, never shown.
 */
final class QuarkusDeploymentVariables {

    private QuarkusDeploymentVariables() {
    }

    /**
     * The variables, names as the generated Deployment writes them, that {@code config} (the module's own
     * configuration, at {@code moduleDir}) gives under each of {@code prefixes}; a later prefix's variable of the same
     * name wins.
     */
    static List<ConfigValue> of(ModuleConfiguration config, Path moduleDir, List<String> prefixes, ConfigDataIndex index,
                                Consumer<Problem> warnings) {
        Map<String, ConfigValue> fromLists = new LinkedHashMap<>();
        Map<String, ConfigValue> single = new LinkedHashMap<>();
        Path from = moduleDir.resolve("pom.xml");
        for (String prefix : prefixes) {
            envFrom(config, prefix + ".env.configmaps", ConfigData.CONFIG_MAP, from, index, warnings, fromLists);
            envFrom(config, prefix + ".env.secrets", ConfigData.SECRET, from, index, warnings, fromLists);
            vars(config, prefix, single);
            mappings(config, prefix, from, index, warnings, single);
        }
        List<ConfigValue> out = new ArrayList<>(fromLists.values());
        out.addAll(single.values());
        return out;
    }

    /** The name the extension gives the variable {@code name}: upper case, dashes as underscores. */
    static String variableName(String name) {
        return name.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static void vars(ModuleConfiguration config, String prefix, Map<String, ConfigValue> into) {
        String under = prefix + ".env.vars.";
        for (ConfigValue p : sorted(config, under)) {
            String name = p.key().substring(under.length());
            Optional<String> value = config.value(p.key());
            if (name.isEmpty() || value.isEmpty()) {
                continue;
            }
            String variable = variableName(name);
            into.put(variable, new ConfigValue(variable, value.get(), p.file(), p.line(), p.key() + " as " + variable,
                    p.secret()));
        }
    }

    private static void envFrom(ModuleConfiguration config, String listKey, String kind, Path from,
                                ConfigDataIndex index, Consumer<Problem> warnings, Map<String, ConfigValue> into) {
        Optional<ConfigValue> list = config.source(listKey);
        if (list.isEmpty()) {
            return;
        }
        for (String name : config.value(listKey).orElse("").split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Optional<ConfigData> data = find(kind, n, list.get(), from, index, warnings);
            data.ifPresent(d -> d.entries().forEach((key, entry) -> into.put(key, new ConfigValue(key, entry.value(),
                    entry.file(), entry.line(), d.describe(key) + " (" + list.get().key() + ")", d.secret()))));
        }
    }

    private static void mappings(ModuleConfiguration config, String prefix, Path from, ConfigDataIndex index,
                                 Consumer<Problem> warnings, Map<String, ConfigValue> into) {
        String under = prefix + ".env.mapping.";
        for (ConfigValue p : sorted(config, under)) {
            String rest = p.key().substring(under.length());
            boolean secret = rest.endsWith(".from-secret");
            if (!secret && !rest.endsWith(".from-configmap")) {
                continue;
            }
            String name = rest.substring(0, rest.lastIndexOf('.'));
            Optional<String> object = config.value(p.key()).map(String::strip);
            Optional<String> key = config.value(under + name + ".with-key").map(String::strip);
            if (name.isEmpty() || object.isEmpty() || key.isEmpty()) {
                continue;
            }
            String kind = secret ? ConfigData.SECRET : ConfigData.CONFIG_MAP;
            Optional<ConfigData> data = find(kind, object.get(), p, from, index, warnings);
            if (data.isEmpty()) {
                continue;
            }
            ConfigData.Entry entry = data.get().entries().get(key.get());
            String variable = variableName(name);
            if (entry == null) {
                warnings.accept(new Problem(p.file(), p.line(), null, p.key() + " takes " + variable + " from key "
                        + key.get() + " of " + kind + " " + object.get() + ", which has no such key; the connection it"
                        + " sets is not derived (add the key)").withRule(DerivationRule.CONFIG_NOT_FOUND));
                continue;
            }
            into.put(variable, new ConfigValue(variable, entry.value(), entry.file(), entry.line(),
                    data.get().describe(key.get()) + " as " + variable + " (" + p.key() + ")",
                    data.get().secret()));
        }
    }

    /** The ConfigMap or Secret {@code property} names, or empty after a warning naming the property. */
    private static Optional<ConfigData> find(String kind, String name, ConfigValue property, Path from,
                                             ConfigDataIndex index, Consumer<Problem> warnings) {
        Optional<ConfigData> data = index.find(kind, name, from);
        if (data.isEmpty()) {
            warnings.accept(new Problem(property.file(), property.line(), null, kind + " " + name + ", which "
                    + property.key() + " names for the Deployment quarkus-kubernetes generates, is in no manifest or"
                    + " kustomize generator of the repository; the connections its keys set are not derived (add its"
                    + " manifest, or add 'calls:')").withRule(DerivationRule.CONFIG_NOT_FOUND));
        }
        return data;
    }

    /** The properties below {@code under}, by key. */
    private static List<ConfigValue> sorted(ModuleConfiguration config, String under) {
        Map<String, ConfigValue> byKey = new TreeMap<>();
        for (ConfigValue p : config.properties().values()) {
            if (p.key().startsWith(under)) {
                byKey.put(p.key(), p);
            }
        }
        return List.copyOf(byKey.values());
    }
}
