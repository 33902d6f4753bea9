package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Spring Cloud Kubernetes' ConfigMap property source as its reference documents it: a service carrying its config
 * library reads, through the Kubernetes API, the ConfigMaps that {@code spring.cloud.kubernetes.config.sources[n].name}
 * name, else the one {@code spring.cloud.kubernetes.config.name} names, else the one named after
 * {@code spring.application.name}; and for each active profile the ConfigMap {@code <name>-<profile>} when there is
 * one. An entry named {@code *.yaml}, {@code *.yml} or {@code *.properties} is read as that file, any other entry is one
 * property; they stand above the service's files and below its environment. Since Spring Cloud 2020.0 the library
 * loads them only through the bootstrap context ({@code spring-cloud-starter-bootstrap}, or
 * {@code spring.cloud.bootstrap.enabled=true}) or {@code spring.config.import=kubernetes:}; the Spring Cloud Kubernetes
 * 1.x starter always did. {@code spring.cloud.kubernetes.config.enabled=false} (or
 * {@code spring.cloud.kubernetes.enabled=false}) switches it off. The ConfigMaps are those of the repository's
 * manifests; one named explicitly that is not there is a warning naming it. Secrets read through the API
 * ({@code spring.cloud.kubernetes.secrets.*}) and sources selected by labels are not read.
 */
final class SpringCloudKubernetesConfig {

    private static final String PREFIX = "spring.cloud.kubernetes.config.";
    private static final String READER = "spring-cloud-kubernetes";
    private static final Set<String> FILE_EXTENSIONS = Set.of(".properties", ".yml", ".yaml");

    private SpringCloudKubernetesConfig() {
    }

    /**
     * {@code local} with the ConfigMaps of {@code index} that the property source reads over it; {@code bootstrap}
     * says whether the module's classpath loads the bootstrap context (or carries the 1.x starter, which always does).
     */
    static ModuleConfiguration overlay(ModuleConfiguration local, boolean bootstrap, Path moduleDir,
                                       List<String> profiles, ConfigDataIndex index, Consumer<Problem> warnings) {
        if (!loads(local, bootstrap) || off(local, PREFIX + "enabled") || off(local, "spring.cloud.kubernetes.enabled")) {
            return local;
        }
        ModuleConfiguration config = local;
        for (Named named : names(local)) {
            Optional<ConfigData> data = index.find(ConfigData.CONFIG_MAP, named.name(), moduleDir.resolve("pom.xml"));
            if (data.isPresent()) {
                config = config.overriddenBy(ModuleConfiguration.documents(documents(data.get()), profiles));
            } else if (named.source() != null) {
                warnings.accept(missing(named));
            }
            for (String profile : profiles) {
                Optional<ConfigData> specific = index.find(ConfigData.CONFIG_MAP, named.name() + "-" + profile,
                        moduleDir.resolve("pom.xml"));
                if (specific.isPresent()) {
                    config = config.overriddenBy(ModuleConfiguration.documents(documents(specific.get()), profiles));
                }
            }
        }
        return config;
    }

    /** A ConfigMap's name and the setting that names it (null for the default, the application's name). */
    private record Named(String name, ConfigValue source) {
    }

    private static boolean loads(ModuleConfiguration local, boolean bootstrap) {
        return bootstrap || on(local, "spring.cloud.bootstrap.enabled") || on(local, "spring.config.use-legacy-processing")
                || local.value("spring.config.import").map(v -> v.contains("kubernetes:")).orElse(false);
    }

    private static List<Named> names(ModuleConfiguration local) {
        List<Named> names = new ArrayList<>();
        for (int i = 0; local.get(PREFIX + "sources[" + i + "]" + ".name").isPresent(); i++) {
            String key = PREFIX + "sources[" + i + "].name";
            local.value(key).map(String::strip).filter(n -> !n.isEmpty())
                    .ifPresent(n -> names.add(new Named(n, local.source(key).orElse(null))));
        }
        if (!names.isEmpty()) {
            return names;
        }
        Optional<String> configured = local.value(PREFIX + "name").map(String::strip).filter(n -> !n.isEmpty());
        if (configured.isPresent()) {
            return List.of(new Named(configured.get(), local.source(PREFIX + "name").orElse(null)));
        }
        return local.value("spring.application.name").map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> List.of(new Named(n, null))).orElse(List.of());
    }

    private static Problem missing(Named named) {
        ConfigValue v = named.source();
        return new Problem(v.file(), v.line(), null, "ConfigMap " + named.name() + ", which " + v.key() + " names for"
                + " Spring Cloud Kubernetes' configuration, is not in the repository's manifests, so the settings it"
                + " gives are not read; add its manifest, or add 'calls:' for the connections it configures")
                .withRule(DerivationRule.CONFIG_NOT_FOUND);
    }

    private static boolean on(ModuleConfiguration config, String key) {
        return config.value(key).map(v -> v.strip().toLowerCase(Locale.ROOT).equals("true")).orElse(false);
    }

    private static boolean off(ModuleConfiguration config, String key) {
        return config.value(key).map(v -> v.strip().toLowerCase(Locale.ROOT).equals("false")).orElse(false);
    }

    /** The documents a ConfigMap gives: its file entries as files, every other entry as one property. */
    private static List<ConfigFiles.Document> documents(ConfigData data) {
        return data.documents(READER, SpringCloudKubernetesConfig::isFile);
    }

    private static boolean isFile(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && FILE_EXTENSIONS.contains(key.substring(dot).toLowerCase(Locale.ROOT));
    }
}
