package io.aiplatform.security.core.io;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Everything {@code generate-security} writes, by relative path, in a stable order. */
public final class SecurityLayer {

    public static final String MANIFESTS = "manifests";
    public static final String CONTROL_PLANE = "control-plane";
    public static final String HELM = "helm";
    /** The top folders of the output, each replaced as a whole when the layer is written. */
    public static final String VERIFY = "verify";
    public static final List<String> FOLDERS = List.of(MANIFESTS, CONTROL_PLANE, HELM, VERIFY);

    private final SortedMap<String, GeneratedFile> files;

    public SecurityLayer(Collection<GeneratedFile> files) {
        TreeMap<String, GeneratedFile> byPath = new TreeMap<>();
        for (GeneratedFile f : files) {
            if (byPath.put(f.path(), f) != null) {
                throw new IllegalStateException("two generated objects want the file " + f.path());
            }
        }
        this.files = Collections.unmodifiableSortedMap(byPath);
    }

    public List<GeneratedFile> files() {
        return List.copyOf(files.values());
    }

    public Map<String, GeneratedFile> byPath() {
        return files;
    }

    /** The files below {@code folder} ({@code manifests}, {@code control-plane} or {@code helm}), keyed by path inside it. */
    public SortedMap<String, GeneratedFile> under(String folder) {
        TreeMap<String, GeneratedFile> result = new TreeMap<>();
        files.forEach((path, file) -> {
            if (path.startsWith(folder + "/")) {
                result.put(path.substring(folder.length() + 1), file);
            }
        });
        return result;
    }
}
