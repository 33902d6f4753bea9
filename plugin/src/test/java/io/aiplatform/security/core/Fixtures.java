package io.aiplatform.security.core;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.graph.Location;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ModuleDependency;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds reactor modules on disk (descriptor files) for core tests, without Maven. */
public final class Fixtures {

    public static final String GROUP = "io.example";

    private final Path root;
    private final List<Module> modules = new ArrayList<>();

    public Fixtures(Path root) {
        this.root = root;
    }

    /** A service module; {@code descriptor} is the YAML text of its service.yaml. */
    public Fixtures service(String artifactId, String descriptor, ModuleDependency... deps) {
        Path dir = root.resolve(artifactId);
        Path file = dir.resolve("src/main/ai-security/service.yaml");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, descriptor, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        modules.add(new Module(GROUP, artifactId, dir.resolve("pom.xml"), file, List.of(deps)));
        return this;
    }

    /** The root project's platform file, listing services without a module. */
    public Fixtures platformFile(String yaml) {
        Path file = root.resolve("src/main/ai-security/platform.yaml");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A plain library module. */
    public Fixtures library(String artifactId, ModuleDependency... deps) {
        modules.add(new Module(GROUP, artifactId, root.resolve(artifactId).resolve("pom.xml"), null, List.of(deps)));
        return this;
    }

    public List<Module> modules() {
        return List.copyOf(modules);
    }

    public ServiceGraph graph() throws InvalidInputException {
        return new ServiceGraphBuilder(ClientCatalog.builtIn(), root).build(modules);
    }

    public static ModuleDependency dep(String coordinates) {
        return dep(coordinates, null);
    }

    /** {@code groupId:artifactId} or a bare artifactId of {@link #GROUP}. */
    public static ModuleDependency dep(String coordinates, String scope) {
        String[] ga = coordinates.contains(":") ? coordinates.split(":") : new String[] {GROUP, coordinates};
        return new ModuleDependency(ga[0], ga[1], scope, false, Set.of(), new Location(null, 0));
    }

    public static ModuleDependency excluding(String coordinates, String... exclusions) {
        String[] ga = coordinates.contains(":") ? coordinates.split(":") : new String[] {GROUP, coordinates};
        return new ModuleDependency(ga[0], ga[1], null, false, Set.of(exclusions), new Location(null, 0));
    }

    public static ModuleDependency optional(String coordinates) {
        String[] ga = coordinates.contains(":") ? coordinates.split(":") : new String[] {GROUP, coordinates};
        return new ModuleDependency(ga[0], ga[1], null, true, Set.of(), new Location(null, 0));
    }
}
