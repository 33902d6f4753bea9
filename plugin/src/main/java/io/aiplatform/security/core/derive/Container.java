package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A container a deployment file in the repository runs: a Docker Compose service or a Kubernetes
 * workload (Deployment, StatefulSet, DaemonSet), with what the monitoring and infrastructure sources
 * need of it. {@code name} is the Compose service's or the workload's name, in lower case.
 *
 * @param file        the Compose file or the manifest
 * @param images      the images it runs (a workload may run several containers)
 * @param buildContext a Compose service's build context, resolved; null for an image or a workload
 * @param dockerfile  the Dockerfile of that build context; null without one
 * @param environment its environment variables, by their names as written (raw, not relaxed)
 * @param mounts      the host paths a Compose service binds (resolved against the Compose file's folder)
 * @param configMaps  the ConfigMaps a workload mounts as volumes
 * @param annotations a workload's pod template annotations (keys in lower case)
 */
public record Container(String name, Path file, List<String> images, Path buildContext, Path dockerfile,
                        List<ConfigValue> environment, List<Path> mounts, List<String> configMaps,
                        Map<String, ConfigValue> annotations) {

    public Container {
        images = List.copyOf(images);
        environment = List.copyOf(environment);
        mounts = List.copyOf(mounts);
        configMaps = List.copyOf(configMaps);
        annotations = Map.copyOf(annotations);
    }

    /** The name of each image, the last segment of its repository without tag or digest: {@code prometheus} of {@code prom/prometheus:v2.53.0}. */
    public List<String> imageNames() {
        return images.stream().map(image -> {
            String repository = image.split("@")[0];
            String last = repository.substring(repository.lastIndexOf('/') + 1);
            int colon = last.indexOf(':');
            return (colon < 0 ? last : last.substring(0, colon)).toLowerCase(Locale.ROOT);
        }).toList();
    }
}
