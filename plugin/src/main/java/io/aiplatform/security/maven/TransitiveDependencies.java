package io.aiplatform.security.maven;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * What an external dependency brings onto the runtime classpath, read from POMs only (the
 * resolver's dependency collection: no jar is downloaded, no reactor module is built), with the
 * POM's exclusions and the resolver's rules for optional and test/provided dependencies. Results are
 * kept per dependency for the build; a POM that cannot be read (offline, a private repository) gives
 * nothing and is counted, never a failure.
 */
final class TransitiveDependencies {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Log log;
    private final Map<String, List<String>> cache = new HashMap<>();
    private final Set<String> unreadable = new LinkedHashSet<>();

    TransitiveDependencies(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
                           Log log) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.log = log;
    }

    List<String> of(Dependency d) {
        if (d.getVersion() == null || d.getVersion().isBlank()) {
            return List.of();
        }
        List<Exclusion> exclusions = new ArrayList<>();
        d.getExclusions().forEach(e -> exclusions.add(new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*")));
        String key = d.getGroupId() + ":" + d.getArtifactId() + ":" + d.getVersion() + ":" + d.getType() + " "
                + exclusions.stream().map(e -> e.getGroupId() + ":" + e.getArtifactId()).sorted().toList();
        return cache.computeIfAbsent(key, k -> collect(d, exclusions));
    }

    private List<String> collect(Dependency d, List<Exclusion> exclusions) {
        String extension = "pom".equals(d.getType()) ? "pom" : "jar";
        DefaultArtifact artifact = new DefaultArtifact(d.getGroupId(), d.getArtifactId(), d.getClassifier(), extension,
                d.getVersion());
        CollectRequest request = new CollectRequest(
                new org.eclipse.aether.graph.Dependency(artifact, "runtime", false, exclusions), repositories);
        DependencyNode root;
        try {
            CollectResult result = system.collectDependencies(session, request);
            root = result.getRoot();
        } catch (DependencyCollectionException e) {
            unreadable.add(d.getGroupId() + ":" + d.getArtifactId() + ":" + d.getVersion());
            log.debug("ai-security: cannot read the POMs below " + artifact + ": " + e.getMessage());
            root = e.getResult() == null ? null : e.getResult().getRoot();
        } catch (RuntimeException e) {
            unreadable.add(d.getGroupId() + ":" + d.getArtifactId() + ":" + d.getVersion());
            log.debug("ai-security: cannot read the POMs below " + artifact + ": " + e);
            return List.of();
        }
        List<String> brings = new ArrayList<>();
        if (root == null) {
            return brings;
        }
        Deque<DependencyNode> queue = new ArrayDeque<>(root.getChildren());
        Set<String> seen = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            DependencyNode node = queue.poll();
            if (node.getDependency() == null || node.getDependency().isOptional()) {
                continue;
            }
            String scope = node.getDependency().getScope();
            if ("test".equals(scope) || "provided".equals(scope) || "system".equals(scope)) {
                continue;
            }
            String ga = node.getArtifact().getGroupId() + ":" + node.getArtifact().getArtifactId();
            if (seen.add(ga)) {
                brings.add(ga);
                queue.addAll(node.getChildren());
            }
        }
        return brings;
    }

    /** The dependencies whose POMs could not be read in this build. */
    Set<String> unreadable() {
        return unreadable;
    }
}
