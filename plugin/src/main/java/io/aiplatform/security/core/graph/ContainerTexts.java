package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.DockerfileCopies;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The configuration texts of one program (nginx, Grafana Alloy, Logstash) that a container runs: the files it mounts
 * or its image copies, in order (key: the file name, line 0), then the values of its mounted ConfigMaps' keys of that
 * program (line: the key's); and, for the up-to-date digest, the files the Compose services mount or copy.
 */
final class ContainerTexts {

    private ContainerTexts() {
    }

    /**
     * The texts of {@code files} (read by {@code text}, which warns about a file it cannot read and gives null), then
     * the values of {@code c}'s mounted ConfigMaps' keys that {@code key} accepts (given the key and its value).
     */
    static List<ConfigValue> of(Container c, List<Path> files, BiFunction<Path, Consumer<Problem>, String> text,
                                BiPredicate<String, String> key, ServiceContainers containers, Derivation d) {
        List<ConfigValue> texts = new ArrayList<>();
        for (Path file : files) {
            String read = text.apply(file, d.findings.unread::add);
            if (read != null) {
                texts.add(new ConfigValue(String.valueOf(file.getFileName()), read, file, 0));
            }
        }
        for (String configMap : c.configMaps()) {
            containers.deployment().configMap(configMap).forEach((name, value) -> {
                if (key.test(name, value.value())) {
                    texts.add(new ConfigValue(name, value.value(), value.file(), value.line()));
                }
            });
        }
        return texts;
    }

    /** What {@code c} mounts and, in a build the derivation reads, what its image copies. */
    static List<Path> mountedOrCopied(Container c, ServiceContainers containers) {
        List<Path> paths = new ArrayList<>(c.mounts());
        paths.addAll(containers.copied(c));
        return paths;
    }

    /**
     * Declares, as {@code label} inputs, the files of each Compose service that {@code files} picks from what it mounts
     * or its Dockerfile copies (ConfigMaps are deployment files, declared as such).
     */
    static void declare(DerivationProject project, DeclaredInputs inputs, String label,
                        BiFunction<List<Path>, Container, List<Path>> files) {
        List<Path> compose = inputs.deploymentFiles(project.root()).stream().filter(DeploymentContainers::composeFile).toList();
        for (Container c : DeploymentContainers.read(compose, problem -> { }).containers()) {
            List<Path> paths = new ArrayList<>(c.mounts());
            if (DockerfileInputs.declared(c)) {
                paths.addAll(DockerfileCopies.sources(c.dockerfile(), c.buildContext(), problem -> { }));
            }
            files.apply(paths, c).forEach(f -> inputs.file(label, f));
        }
    }
}
