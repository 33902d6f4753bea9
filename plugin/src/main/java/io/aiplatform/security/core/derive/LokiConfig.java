package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A Grafana Loki configuration file a container runs: the files a container of Loki's image ({@code grafana/loki})
 * bind-mounts or copies by name ({@code ./loki/loki-config.yaml:/etc/loki/config.yaml}, passed by
 * {@code -config.file}), and the settings in it that name a server Loki connects to (catalog data
 * {@code loki-clients.txt}: the S3-compatible object store of {@code common.storage.s3} and {@code storage_config.aws},
 * the ruler's Alertmanager).
 */
public final class LokiConfig {

    private static final Set<String> KEYS = load();

    /** One setting that names a server: its key, value (never shown: an s3:// URL may carry credentials) and line. */
    public record Setting(String key, String value, int line) {
    }

    private LokiConfig() {
    }

    /** Whether container {@code c} runs Loki: an image whose repository is {@code grafana/loki}. */
    public static boolean runsLoki(Container c) {
        return c.images().stream().map(image -> image.split("@")[0].toLowerCase(Locale.ROOT))
                .map(repository -> repository.lastIndexOf(':') > repository.lastIndexOf('/')
                        ? repository.substring(0, repository.lastIndexOf(':')) : repository)
                .anyMatch(repository -> repository.endsWith("grafana/loki"));
    }

    /** The YAML files among {@code paths} (mounted or copied by name), when the container runs Loki; sorted, once each. */
    public static List<Path> in(List<Path> paths, boolean runsLoki) {
        if (!runsLoki) {
            return List.of();
        }
        return ContainerConfigFiles.in(paths, false, 0, name -> name.endsWith(".yaml") || name.endsWith(".yml"),
                relative -> false);
    }

    /** The text of {@code file}; a file over {@link ConfigFiles#MAX_FILE_BYTES} or unreadable is a warning and null. */
    public static String text(Path file, Consumer<Problem> warnings) {
        return ContainerConfigFiles.text(file, "Loki configuration", warnings);
    }

    /** The settings of {@code text} (Loki's YAML, from {@code file}) that name a server, in file order. */
    public static List<Setting> peerSettings(Path file, String text, Consumer<Problem> warnings) {
        List<Setting> found = new ArrayList<>();
        for (ConfigFiles.Document doc : ConfigFiles.yamlKeysAsWritten(file, text, warnings)) {
            doc.properties().forEach((key, v) -> {
                if (KEYS.contains(key.replaceAll("\\[\\d+]", "[*]")) || KEYS.contains(key)) {
                    found.add(new Setting(key, v.value(), v.line()));
                }
            });
        }
        return found;
    }

    private static Set<String> load() {
        Set<String> keys = new TreeSet<>();
        for (String[] parts : CatalogData.lines("loki-clients.txt")) {
            keys.add(parts[0]);
        }
        return Set.copyOf(keys);
    }
}
