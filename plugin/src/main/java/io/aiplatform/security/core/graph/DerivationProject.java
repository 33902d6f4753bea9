package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a derivation is asked about: the reactor root, its modules, the configuration profiles, the
 * platform's namespace, the folders of a configuration repository kept outside the code repository
 * (a Git-backed config server's, or a Consul or Vault store's, checked out; relative to the root), and the
 * values files the repository's Helm charts are rendered with (absolute), and the intents files of service
 * repositories the platform deploys (resolved artifacts; their services join the graph). The sources declare
 * their inputs from it ({@link DerivationSource#inputs}).
 */
public record DerivationProject(Path root, List<Module> modules, List<String> profiles, String namespace,
                                List<Path> configDirectories, List<Path> helmValues, List<ArtifactFile> intents) {

    public DerivationProject {
        root = root.toAbsolutePath().normalize();
        modules = List.copyOf(modules);
        profiles = List.copyOf(profiles);
        Path base = root;
        configDirectories = configDirectories.stream().map(p -> base.resolve(p).normalize()).toList();
        helmValues = helmValues.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        intents = intents == null ? List.of() : List.copyOf(intents);
    }

    /** A project that assembles no intents of other repositories. */
    public DerivationProject(Path root, List<Module> modules, List<String> profiles, String namespace,
                             List<Path> configDirectories, List<Path> helmValues) {
        this(root, modules, profiles, namespace, configDirectories, helmValues, List.of());
    }

    /** A project without a configuration repository outside the code repository, whose charts take their own values. */
    public DerivationProject(Path root, List<Module> modules, List<String> profiles, String namespace) {
        this(root, modules, profiles, namespace, List.of(), List.of(), List.of());
    }

    /** The modules that are services (they have a descriptor), in reactor order. */
    public List<Module> serviceModules() {
        return modules.stream().filter(Module::isService).toList();
    }

    /** The configuration folder of a module ({@code src/main/resources}); null for a service of the platform file. */
    public static Path resources(Module m) {
        return m.directory() == null ? null : m.directory().resolve("src/main/resources");
    }

    /** The Java sources folder of a module ({@code src/main/java}); null for a service of the platform file. */
    public static Path javaSources(Module m) {
        return m.directory() == null ? null : m.directory().resolve("src/main/java");
    }

    /** A file as messages show it: relative to the root when below it, else absolute. */
    Path rel(Path file) {
        if (file == null) {
            return null;
        }
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) && !abs.equals(root) ? root.relativize(abs) : abs;
    }

    /** A file as evidence shows it: relative to the reactor root, with '/'. */
    String shown(Path file) {
        return String.valueOf(rel(file)).replace('\\', '/');
    }

    /** The problem with its file shown relative to the root. */
    Problem relative(Problem p) {
        return p.withFile(rel(p.file()));
    }
}
