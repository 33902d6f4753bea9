package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The shell scripts a container holds to run: {@code .sh} files it bind-mounts or its image copies by name, and
 * {@code .sh} keys of the ConfigMaps its workload mounts (Kubernetes makes each key a file under the mount path). A
 * script is run in the container that holds it (its command, a probe, a lifecycle hook), so the URLs it writes are
 * addresses that container connects to ({@code curl -X POST http://connect:8083/connectors}).
 */
public final class ContainerScripts {

    private ContainerScripts() {
    }

    /** Whether {@code name} (a file name, or a ConfigMap's key) is a shell script's. */
    public static boolean candidateName(String name) {
        return name.endsWith(".sh");
    }

    /** The scripts among {@code paths} (mounted or copied by name); sorted, once each. */
    public static List<Path> in(List<Path> paths) {
        return ContainerConfigFiles.in(paths, false, 0, ContainerScripts::candidateName, relative -> false);
    }

    /** The text of {@code file}; a file over {@link ConfigFiles#MAX_FILE_BYTES} or unreadable is a warning and null. */
    public static String text(Path file, Consumer<Problem> warnings) {
        return ContainerConfigFiles.text(file, "shell script", warnings);
    }

    /**
     * The URLs of {@code text} (a script from {@code file}, whose first line is the file's line {@code firstLine}) whose
     * host {@code named} accepts, each with its file line; a comment line is not read, a URL with a variable in its
     * host names none.
     */
    public static List<HostReference> urls(Path file, String text, int firstLine, Predicate<String> named,
                                           java.util.function.Function<Path, String> shown) {
        List<HostReference> refs = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                continue;
            }
            String where = shown.apply(file) + ":" + (firstLine + i);
            for (ConnectionUrl url : ConnectionUrl.findAll(line)) {
                if (url.unresolvedHost()) {
                    continue;
                }
                url.endpoints().stream().filter(e -> named.test(e.host()))
                        .forEach(e -> refs.add(new HostReference(e.host(), e.port(), where)));
            }
        }
        return refs;
    }
}
