package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The application configuration files a Kubernetes container gets from a ConfigMap or Secret mounted as a
 * volume: a key named as Spring Boot names its files ({@code application.yml}, {@code application.yaml},
 * {@code application.properties}) mounted into a folder that Spring Boot reads — one named {@code config}
 * ({@code file:./config/} below the working directory, {@code classpath:/config/} below a classpath root such as
 * Jib's {@code /app/classes}), or one that the container's {@code SPRING_CONFIG_LOCATION},
 * {@code SPRING_CONFIG_ADDITIONAL_LOCATION} or {@code SPRING_CONFIG_IMPORT} variable names. Each property of
 * the file (documents for a profile aside: which profile is active is not known here) is a setting of the
 * container, under the container's own variables, which win over it as Spring Boot orders them; the evidence
 * names the object, key and property, never a Secret's value.
 */
final class MountedConfigFiles {

    private static final Pattern FILE_NAME = Pattern.compile("application\\.(ya?ml|properties)");
    private static final List<String> LOCATION_VARIABLES = List.of("SPRING_CONFIG_LOCATION",
            "SPRING_CONFIG_ADDITIONAL_LOCATION", "SPRING_CONFIG_IMPORT");

    private MountedConfigFiles() {
    }

    /** One mounted file: the object and key it comes from and the folder it is mounted into. */
    private record Mounted(String kind, String name, String key, String folder) {
    }

    /**
     * The settings of the configuration files mounted into {@code container} (a key prefix of {@code w}), in
     * mount order; {@code index} finds the objects (one that is not in the repository gives nothing here:
     * the environment's references warn about those).
     */
    static List<ConfigValue> of(Workload w, String container, ConfigDataIndex index, Consumer<Problem> warnings) {
        List<ConfigValue> settings = new ArrayList<>();
        for (Mounted m : mounts(w, container)) {
            if (!readByApplication(m.folder(), w, container)) {
                continue;
            }
            Optional<ConfigData> data = index.find(m.kind(), m.name(), w.name().file());
            ConfigData.Entry entry = data.map(d -> d.entries().get(m.key())).orElse(null);
            if (entry != null) {
                settings.addAll(settings(data.get(), m, entry, warnings));
            }
        }
        return settings;
    }

    /** The files the container's volume mounts place, from ConfigMap and Secret volumes. */
    private static List<Mounted> mounts(Workload w, String container) {
        List<Mounted> mounts = new ArrayList<>();
        String pod = w.template() + ".spec.";
        for (int m = 0; w.has(container + ".volumeMounts[" + m + "]."); m++) {
            String at = container + ".volumeMounts[" + m + "].";
            String volume = w.value(at + "name");
            String path = w.value(at + "mountPath");
            if (volume == null || path == null) {
                continue;
            }
            for (int v = 0; w.has(pod + "volumes[" + v + "]."); v++) {
                if (volume.equals(w.value(pod + "volumes[" + v + "].name"))) {
                    mounts.addAll(files(w, pod + "volumes[" + v + "].", path, w.value(at + "subPath")));
                }
            }
        }
        return mounts;
    }

    /** The keys a volume places below {@code path}: each key as a file, or its {@code items[]} paths; a {@code subPath} mount places one. */
    private static List<Mounted> files(Workload w, String volume, String path, String subPath) {
        boolean secret = w.value(volume + "secret.secretName") != null;
        String name = secret ? w.value(volume + "secret.secretName") : w.value(volume + "configMap.name");
        if (name == null) {
            return List.of();
        }
        String kind = secret ? ConfigData.SECRET : ConfigData.CONFIG_MAP;
        String items = volume + (secret ? "secret" : "configMap") + ".items[";
        List<Mounted> files = new ArrayList<>();
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (subPath != null) {
            int slash = trimmed.lastIndexOf('/');
            String file = trimmed.substring(slash + 1);
            String key = keyAt(w, items, subPath);
            if (FILE_NAME.matcher(file).matches() && key != null) {
                files.add(new Mounted(kind, name, key, slash <= 0 ? "/" : trimmed.substring(0, slash)));
            }
            return files;
        }
        if (w.has(items + "0].")) {
            for (int i = 0; w.has(items + i + "]."); i++) {
                String key = w.value(items + i + "].key");
                String file = w.value(items + i + "].path");
                if (key != null && file != null && FILE_NAME.matcher(file).matches()) {
                    files.add(new Mounted(kind, name, key, trimmed));
                }
            }
            return files;
        }
        for (String file : List.of("application.yml", "application.yaml", "application.properties")) {
            files.add(new Mounted(kind, name, file, trimmed));
        }
        return files;
    }

    /** The key that a {@code subPath} names: the item whose path it is, else the key of that name. */
    private static String keyAt(Workload w, String items, String subPath) {
        for (int i = 0; w.has(items + i + "]."); i++) {
            if (subPath.equals(w.value(items + i + "].path"))) {
                return w.value(items + i + "].key");
            }
        }
        return w.has(items + "0].") ? null : subPath;
    }

    /** Whether Spring Boot reads files of {@code folder}: a folder named config, or one the container's location variables name. */
    private static boolean readByApplication(String folder, Workload w, String container) {
        if (folder.equals("config") || folder.endsWith("/config")) {
            return true;
        }
        for (int e = 0; w.props().containsKey(container + ".env[" + e + "].name"); e++) {
            String variable = w.value(container + ".env[" + e + "].name");
            String value = w.value(container + ".env[" + e + "].value");
            if (variable != null && value != null && LOCATION_VARIABLES.contains(variable.toUpperCase(Locale.ROOT))
                    && namesFolder(value, folder)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a location list ({@code optional:file:/etc/app/,classpath:/}) names {@code folder} or a file in it. */
    private static boolean namesFolder(String locations, String folder) {
        for (String item : locations.split("[,;]")) {
            String location = item.strip().replaceFirst("^optional:", "").replaceFirst("^file:", "");
            if (location.endsWith("/")) {
                location = location.substring(0, location.length() - 1);
            }
            if (location.equals(folder) || location.startsWith(folder + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The file's properties outside profile documents, at the manifest's lines (a block scalar starts a line below its key). */
    private static List<ConfigValue> settings(ConfigData data, Mounted m, ConfigData.Entry entry,
                                              Consumer<Problem> warnings) {
        String origin = data.describe(m.key()) + " (mounted at " + m.folder() + ")";
        List<ConfigValue> settings = new ArrayList<>();
        for (ConfigFiles.Document doc : ConfigFiles.configurationText(entry.file(), m.key(), entry.value(),
                data.secret() ? problem -> { } : warnings)) {
            if (doc.profiles().isEmpty()) {
                doc.properties().forEach((key, v) -> settings.add(new ConfigValue(key, v.value(), entry.file(),
                        entry.line() + v.line(), origin + " " + key, data.secret())));
            }
        }
        return settings;
    }
}
