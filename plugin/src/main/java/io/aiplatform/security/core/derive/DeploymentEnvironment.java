package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The container environment that deployment files in the repository give each service: Docker
 * Compose files ({@code docker-compose*.yml}, {@code compose*.yml}; environment as a map or as
 * {@code KEY=value} items) and Kubernetes Deployments and StatefulSets ({@code env[].name/value}).
 * A compose service belongs to a module by its build context, else by its name; a Kubernetes
 * workload by its name. The variables override the application's configuration as Spring Boot's
 * relaxed binding reads them ({@code SPRING_DATASOURCE_URL} is {@code spring.datasource.url}) and
 * resolve placeholders that name them ({@code ${EUREKA_URI:…}}).
 */
public final class DeploymentEnvironment {

    private static final int MAX_DEPTH = 4;

    /** Variables by compose service or workload name, and compose build contexts by service name. */
    private final Map<String, List<ConfigValue>> byName = new LinkedHashMap<>();
    private final Map<Path, String> contextToName = new LinkedHashMap<>();
    /** What the Compose files' interpolation could not do (a required variable, a bound passed). */
    private final List<Problem> warnings = new ArrayList<>();

    private DeploymentEnvironment() {
    }

    /**
     * The files {@link #scan} reads: YAML outside build output, sources and resources, sorted. Folders
     * that cannot be walked are left out without a word: this is for digests of the inputs, and the scan
     * itself reports them.
     */
    public static List<Path> files(Path root) {
        return files(root, problem -> { });
    }

    /** The files {@link #scan} reads; a folder or file that cannot be read is a warning to {@code warnings}. */
    public static List<Path> files(Path root, Consumer<Problem> warnings) {
        List<Path> top;
        try (Stream<Path> children = Files.list(root)) {
            top = children.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            warnings.accept(notWalked(root, e));
            return List.of();
        }
        // each folder of the root walked on its own, in parallel when there are many: a platform of thousands of
        // modules has as many; the problems are handed on in the order of the folders, so the same on every run
        List<Walked> walked = Parallel.stream(top).map(child -> walk(root, child)).toList();
        walked.forEach(w -> w.problems().forEach(warnings));
        return walked.stream().flatMap(w -> w.files().stream()).sorted().toList();
    }

    /** The candidate files below a folder, and the paths that could not be read there. */
    private record Walked(List<Path> files, List<Problem> problems) {
    }

    /** The candidate files at or below {@code start} (a child of {@code root}), within the searched depth. */
    private static Walked walk(Path root, Path start) {
        List<Path> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            // folders that never hold them (build output, dependencies, VCS) are not entered at all
            Files.walkFileTree(start, Set.of(), MAX_DEPTH - 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return name.equals("target") || name.equals("node_modules") || name.equals(".git")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile() && candidate(root.relativize(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || candidate(root.relativize(file))) {
                        problems.add(notWalked(file, e)); // a folder, or a file that would have been read
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(notWalked(start, e));
        }
        problems.sort(Comparator.comparing(p -> p.file().toString())); // not the order folders are listed in
        return new Walked(found, problems);
    }

    private static Problem notWalked(Path path, Exception e) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return Problem.at(path, 0, "cannot read this path while looking for Compose and Kubernetes files ("
                + FileErrors.reason(cause) + "); the environment they would give services is not read");
    }

    /** The environment of every Compose and Kubernetes file below {@code root}; what cannot be read is a warning. */
    public static DeploymentEnvironment scan(Path root, Consumer<Problem> warnings) {
        DeploymentEnvironment env = new DeploymentEnvironment();
        for (Path file : files(root, warnings)) {
            for (ConfigFiles.Document doc : ConfigFiles.read(file, warnings)) {
                env.compose(file, doc.properties());
                env.kubernetes(doc.properties());
            }
        }
        return env;
    }

    /** @param p a path relative to the project root (folders above it, such as a build's own target/, do not count) */
    private static boolean candidate(Path p) {
        String path = "/" + p.toString().replace('\\', '/');
        if (path.contains("/target/") || path.contains("/node_modules/") || path.contains("/.git/")
                || path.contains("/src/main/resources/") || path.contains("/src/test/")) {
            return false;
        }
        String name = p.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private void compose(Path file, Map<String, ConfigValue> props) {
        for (ConfigValue v : props.values()) {
            String key = v.key();
            if (!key.startsWith("services.")) {
                continue;
            }
            String rest = key.substring("services.".length());
            int dot = rest.indexOf('.');
            if (dot < 0) {
                continue;
            }
            String service = rest.substring(0, dot);
            String field = rest.substring(dot + 1);
            boolean build = field.equals("build") || field.equals("build.context");
            if (!build && !field.startsWith("environment")) {
                continue;
            }
            String value = interpolated(v);
            if (value == null) {
                continue;
            }
            if (build) {
                if (!value.contains("${")) {
                    contextToName.put(file.getParent().resolve(value).toAbsolutePath().normalize(), service);
                }
            } else if (field.startsWith("environment[")) {
                int eq = value.indexOf('=');
                if (eq > 0) {
                    add(service, value.substring(0, eq), value.substring(eq + 1), v);
                }
            } else if (field.startsWith("environment.")) {
                add(service, v.key().substring(("services." + service + ".environment.").length()), value, v);
            }
        }
    }

    /**
     * A Compose value as Compose interpolates it ({@code ${DB_HOST:-postgres}} is {@code postgres});
     * the build knows none of the variables of the shell that will run Compose. A required variable
     * ({@code ${X:?err}}) is a warning; {@code null} when the value passes the interpolation's bounds.
     */
    private String interpolated(ConfigValue v) {
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate(v.value(), Map.of());
        if (r.exceeded() != null) {
            warnings.add(new Problem(v.file(), v.line(), null, v.key() + " is not read: its Compose interpolation"
                    + " passed a bound (" + r.exceeded() + ")"));
            return null;
        }
        if (!r.required().isEmpty()) {
            warnings.add(new Problem(v.file(), v.line(), null, v.key() + " requires " + String.join(", ", r.required())
                    + ", which only the shell that runs Compose sets; a host it gives cannot be derived (give it a"
                    + " default: ${NAME:-host}, or add 'calls:')"));
        }
        return r.value();
    }

    /** What Compose interpolation could not do, by file, line and key (never a value). */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    private void kubernetes(Map<String, ConfigValue> props) {
        ConfigValue kind = props.get("kind");
        ConfigValue name = props.get("metadata.name");
        if (kind == null || name == null || !List.of("Deployment", "StatefulSet", "DaemonSet").contains(kind.value())) {
            return;
        }
        for (int c = 0; props.containsKey("spec.template.spec.containers[" + c + "].name")
                || props.containsKey("spec.template.spec.containers[" + c + "].image"); c++) {
            for (int e = 0; props.containsKey("spec.template.spec.containers[" + c + "].env[" + e + "].name"); e++) {
                String prefix = "spec.template.spec.containers[" + c + "].env[" + e + "].";
                ConfigValue value = props.get(prefix + "value");
                if (value != null) {
                    add(name.value().toLowerCase(Locale.ROOT), props.get(prefix + "name").value(), value.value(), value);
                }
            }
        }
    }

    private void add(String service, String variable, String value, ConfigValue where) {
        String raw = variable.toLowerCase(Locale.ROOT);
        List<ConfigValue> list = byName.computeIfAbsent(service.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        list.add(new ConfigValue(raw, value, where.file(), where.line()));
        String relaxed = ConfigKeys.ofVariable(variable);
        if (!relaxed.equals(raw)) {
            list.add(new ConfigValue(relaxed, value, where.file(), where.line()));
        }
    }

    /** The variables for a module at {@code moduleDir} with these candidate names (service name, artifactId). */
    public List<ConfigValue> forModule(Path moduleDir, List<String> names) {
        String byContext = contextToName.get(moduleDir.toAbsolutePath().normalize());
        if (byContext != null && byName.containsKey(byContext)) {
            return byName.get(byContext);
        }
        for (String n : names) {
            if (n != null && byName.containsKey(n.toLowerCase(Locale.ROOT))) {
                return byName.get(n.toLowerCase(Locale.ROOT));
            }
        }
        return List.of();
    }
}
