package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Quarkus' {@code kubernetes-config} extension as its guide documents it: with
 * {@code quarkus.kubernetes-config.enabled=true} the service reads the ConfigMaps that
 * {@code quarkus.kubernetes-config.config-maps} names (and, with {@code quarkus.kubernetes-config.secrets.enabled=true},
 * the Secrets of {@code quarkus.kubernetes-config.secrets}) through the Kubernetes API as configuration, above
 * {@code application.properties} and below the environment; a later name of the list wins over an earlier one. An
 * entry named {@code application.properties}, {@code application.yaml} or {@code application.yml} is read as that
 * file, any other entry is one property. The ConfigMaps and Secrets are those of the repository's manifests; one
 * that is not there is a warning naming it. A Secret's values are marked secret: never shown.
 */
final class QuarkusKubernetesConfig {

    private static final Set<String> FILE_ENTRIES = Set.of("application.properties", "application.yaml",
            "application.yml");
    private static final String CONFIG_MAPS = "quarkus.kubernetes-config.config-maps";
    private static final String SECRETS = "quarkus.kubernetes-config.secrets";

    private QuarkusKubernetesConfig() {
    }

    /**
     * {@code local} with the ConfigMaps and Secrets it names for the extension over it, as found in {@code index}
     * (those in {@code moduleDir} first); a name that is not in the repository is a warning to {@code warnings}.
     */
    static ModuleConfiguration overlay(ModuleConfiguration local, Path moduleDir, List<String> profiles,
                                       ConfigDataIndex index, Consumer<Problem> warnings) {
        if (!local.value("quarkus.kubernetes-config.enabled").map(v -> v.strip().equals("true")).orElse(false)) {
            return local;
        }
        ModuleConfiguration config = local;
        config = layer(config, local, ConfigData.CONFIG_MAP, CONFIG_MAPS, moduleDir, profiles, index, warnings);
        if (local.value("quarkus.kubernetes-config.secrets.enabled").map(v -> v.strip().equals("true")).orElse(false)) {
            config = layer(config, local, ConfigData.SECRET, SECRETS, moduleDir, profiles, index, warnings);
        }
        return config;
    }

    private static ModuleConfiguration layer(ModuleConfiguration config, ModuleConfiguration local, String kind,
                                             String listKey, Path moduleDir, List<String> profiles,
                                             ConfigDataIndex index, Consumer<Problem> warnings) {
        Optional<ConfigValue> list = local.source(listKey);
        if (list.isEmpty()) {
            return config;
        }
        for (String name : local.value(listKey).orElse("").split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Optional<ConfigData> data = index.find(kind, n, moduleDir.resolve("pom.xml"));
            if (data.isEmpty()) {
                ConfigValue v = list.get();
                warnings.accept(new Problem(v.file(), v.line(), null, kind + " " + n + ", which " + listKey + " names,"
                        + " is not in the repository's manifests, so the settings it gives are not read; add its manifest,"
                        + " or add 'calls:' for the connections it configures"));
                continue;
            }
            config = config.overriddenBy(ModuleConfiguration.documents(documents(data.get()), profiles));
        }
        return config;
    }

    /** The documents an entry of {@code data} gives: a file entry's, or one property per other entry. */
    private static List<ConfigFiles.Document> documents(ConfigData data) {
        return data.documents("quarkus-kubernetes-config", FILE_ENTRIES::contains);
    }
}
