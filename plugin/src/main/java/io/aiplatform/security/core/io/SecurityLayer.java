package io.aiplatform.security.core.io;

import io.aiplatform.security.core.convention.OutputFolders;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Everything {@code generate-security} writes, by relative path, in a stable order. */
public final class SecurityLayer {

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

    /** The files below {@code folder} (one of {@link OutputFolders#LAYER}), keyed by path inside it. */
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
