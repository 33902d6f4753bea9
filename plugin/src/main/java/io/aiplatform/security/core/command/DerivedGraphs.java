package io.aiplatform.security.core.command;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.io.RunStamp.Fingerprint;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * The service graph of the last derivation in this JVM, reused when every input is the same: in one
 * {@code mvn verify}, validate-security then checks against the graph generate-security derived
 * instead of deriving it again. The key is a digest of every input the derivation's sources declare
 * ({@link io.aiplatform.security.core.graph.DerivationSources#inputs}: the modules and their dependencies,
 * the bytes of descriptors, configuration, sources, Compose and Kubernetes files and the platform file,
 * the Helm charts and values files, the profiles and the namespace), so a changed file is derived anew.
 */
final class DerivedGraphs {

    private static String lastKey;
    private static ServiceGraph lastGraph;

    private DerivedGraphs() {
    }

    /** The graph of {@code modules}, the charts rendered with their default values only. */
    static ServiceGraph derive(Path root, List<Module> modules, List<String> profiles, String namespace)
            throws InvalidInputException {
        return derive(new DerivationProject(root, modules, profiles, namespace));
    }

    /** The graph, reading {@code configDirectories} as a configuration repository kept outside the code repository. */
    static ServiceGraph derive(Path root, List<Module> modules, List<String> profiles, String namespace,
                               List<Path> configDirectories) throws InvalidInputException {
        return derive(new DerivationProject(root, modules, profiles, namespace, configDirectories, List.of()));
    }

    static ServiceGraph derive(DerivationProject project) throws InvalidInputException {
        return derived(project).graph();
    }

    /** A graph, and whether it is the one an earlier goal of this JVM derived (and so has logged its problems). */
    record Derived(ServiceGraph graph, boolean reused) {
    }

    /** The graph of {@code project}, reused when an earlier derivation in this JVM read the same inputs. */
    static Derived derived(DerivationProject project) throws InvalidInputException {
        String key = InputDigests.derivation(new Fingerprint(), project).add("root", project.root())
                .add("profiles", project.profiles()).add("namespace", project.namespace())
                .add("configDirectories", project.configDirectories()).add("helmValues", project.helmValues()).hex();
        synchronized (DerivedGraphs.class) {
            if (key.equals(lastKey)) {
                return new Derived(lastGraph, true);
            }
        }
        ServiceGraph graph = new ServiceGraphBuilder(ClientCatalog.builtIn(), project.root())
                .configuration(project.profiles(), project.namespace()).configDirectories(project.configDirectories())
                .helmValues(project.helmValues()).intents(project.intents()).build(project.modules());
        synchronized (DerivedGraphs.class) {
            lastKey = key;
            lastGraph = graph;
        }
        return new Derived(graph, false);
    }
}
