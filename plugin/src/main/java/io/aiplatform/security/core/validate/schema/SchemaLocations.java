package io.aiplatform.security.core.validate.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where schemas are looked up, in order: the locations the user configured (folders in
 * kubeconform's layout, or templates), then the schemas bundled with the plugin.
 */
public final class SchemaLocations {

    /** The template kubeconform appends to a location that does not end in {@code json}. */
    public static final String LAYOUT = "{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/"
            + "{{ .ResourceKind }}{{ .KindSuffix }}.json";
    static final String BUNDLED = "/io/aiplatform/security/k8s-schemas/";

    private final List<String> locations;
    private final String kubernetesVersion;

    public SchemaLocations(List<String> locations, String kubernetesVersion) {
        this.locations = List.copyOf(locations);
        this.kubernetesVersion = kubernetesVersion;
    }

    public List<String> locations() {
        return locations;
    }

    public String kubernetesVersion() {
        return kubernetesVersion;
    }

    /** Whether {@code location} is a plain folder or file on disk: no template to expand and no URL. */
    public static boolean isOnDisk(String location) {
        return !location.contains(LAYOUT.substring(0, 2)) && !location.contains("://");
    }

    /** A location as a template: as written when it ends in {@code json}, else with the layout appended. */
    public static String template(String location) {
        if (location.endsWith("json")) {
            return location;
        }
        return location.endsWith("/") ? location + LAYOUT : location + "/" + LAYOUT;
    }

    /** Opens the schema for {@code name}, or returns null when no location has it. */
    public InputStream open(SchemaName name) throws IOException {
        for (String location : locations) {
            String expanded = name.expand(template(location), kubernetesVersion, true);
            if (expanded.startsWith("http://") || expanded.startsWith("https://")) {
                try {
                    return URI.create(expanded).toURL().openStream();
                } catch (IOException e) {
                    continue;
                }
            }
            Path path = expanded.startsWith("file:") ? Path.of(URI.create(expanded)) : Path.of(expanded);
            if (Files.isRegularFile(path)) {
                return Files.newInputStream(path);
            }
        }
        if ("master".equals(kubernetesVersion)) {
            return SchemaLocations.class.getResourceAsStream(BUNDLED + "master-standalone-strict/" + name.fileName());
        }
        return null;
    }

    /** The names of the bundled schema files, as {@code bundled.txt} beside them lists them (one per line, sorted). */
    public static List<String> bundledFiles() {
        return BundledIndex.FILES;
    }

    /** Reads the index once, on first use. */
    private static final class BundledIndex {
        static final List<String> FILES = read();

        private static List<String> read() {
            try (InputStream in = SchemaLocations.class.getResourceAsStream(BUNDLED + "bundled.txt")) {
                if (in == null) {
                    throw new IllegalStateException("The plugin jar lacks " + BUNDLED + "bundled.txt; rebuild the plugin");
                }
                List<String> names = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
                return List.copyOf(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Copies the bundled schemas into {@code dir}/master-standalone-strict, for kubeconform. */
    public static Path extractBundled(Path dir) throws IOException {
        Path target = dir.resolve("master-standalone-strict");
        Files.createDirectories(target);
        for (String file : bundledFiles()) {
            try (InputStream in = SchemaLocations.class.getResourceAsStream(BUNDLED + "master-standalone-strict/" + file)) {
                if (in != null) {
                    Files.copy(in, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }
}
