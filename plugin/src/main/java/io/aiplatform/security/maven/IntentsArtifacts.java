package io.aiplatform.security.maven;

import io.aiplatform.security.core.command.PlatformIntents;
import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.InvalidInputException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * The intents files of the service repositories a platform deploys, resolved with Maven's resolver (the local
 * repository, then the build's remote repositories; offline, only the local one): those the reactor's POMs list
 * as dependencies of type {@code yaml} with classifier {@code ai-security-intents} (versions from a BOM or
 * properties, as Maven manages them) and those the platform file lists ({@code - intents: g:a:v}).
 */
final class IntentsArtifacts {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Log log;

    IntentsArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
                     Log log) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.log = log;
    }

    /** True for a dependency on an intents artifact: it names services to assemble, no library on a classpath. */
    static boolean isIntents(Dependency d) {
        return PlatformIntents.CLASSIFIER.equals(d.getClassifier());
    }

    /** Every intents artifact listed, resolved, sorted by coordinates; fails naming what cannot be resolved. */
    List<ArtifactFile> resolve(List<MavenProject> reactor, Path platformRoot) throws MojoFailureException {
        Map<String, Listed> listed = listed(reactor, platformRoot);
        if (listed.isEmpty()) {
            return List.of();
        }
        if (system == null || session == null) {
            throw new MojoFailureException("ai-security: intents are listed (" + String.join(", ", listed.keySet())
                    + "), but this build has no Maven resolver to resolve them");
        }
        List<ArtifactFile> resolved = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Listed l : listed.values()) {
            try {
                ArtifactResult result = system.resolveArtifact(session, new ArtifactRequest(new DefaultArtifact(
                        l.groupId, l.artifactId, PlatformIntents.CLASSIFIER, PlatformIntents.TYPE, l.version),
                        repositories, null));
                File file = result.getArtifact().getFile();
                resolved.add(new ArtifactFile(l.groupId, l.artifactId, l.version, file.toPath()));
            } catch (ArtifactResolutionException e) {
                log.debug("ai-security: resolving " + l.coordinates() + ": " + e.getMessage());
                missing.add(l.coordinates() + " (type " + PlatformIntents.TYPE + ", classifier "
                        + PlatformIntents.CLASSIFIER + "; listed in " + l.where + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new MojoFailureException("ai-security: cannot resolve the intents of " + String.join(", ", missing)
                    + "; searched " + searched() + ". Publish them from the service's repository (mvn deploy, with"
                    + " generate-security attaching target/ai-security/intents.yaml), or correct the version (-X shows"
                    + " the resolver's message)");
        }
        return resolved;
    }

    /** Where the resolver looked: the local repository and, unless offline, each remote repository. */
    private String searched() {
        String local = session.getLocalRepository() == null ? "the local repository"
                : "the local repository " + session.getLocalRepository().getBasedir();
        if (session.isOffline()) {
            return local + " only (the build is offline, -o)";
        }
        List<String> remote = repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").toList();
        return local + (remote.isEmpty() ? " (no remote repository configured)" : " and " + String.join(", ", remote));
    }

    /** An intents artifact the platform lists, and where. */
    private record Listed(String groupId, String artifactId, String version, String where) {
        String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    private static Map<String, Listed> listed(List<MavenProject> reactor, Path platformRoot)
            throws MojoFailureException {
        Map<String, Listed> byKey = new TreeMap<>();
        for (MavenProject p : reactor) {
            for (Dependency d : p.getDependencies()) {
                if (isIntents(d)) {
                    if (!PlatformIntents.TYPE.equals(d.getType())) {
                        throw new MojoFailureException("ai-security: " + p.getFile() + " depends on " + d.getGroupId()
                                + ":" + d.getArtifactId() + " with classifier " + PlatformIntents.CLASSIFIER
                                + " and type " + d.getType() + "; an intents artifact is of <type>yaml</type>");
                    }
                    add(byKey, new Listed(d.getGroupId(), d.getArtifactId(), d.getVersion(), declaredIn(d, p)));
                }
            }
        }
        List<String> fromFile;
        try {
            fromFile = PlatformIntents.listed(platformRoot);
        } catch (InvalidInputException e) {
            throw new MojoFailureException("ai-security: " + e.getMessage());
        }
        for (String gav : fromFile) {
            String[] parts = gav.split(":");
            add(byKey, new Listed(parts[0], parts[1], parts[2], "src/main/ai-security/platform.yaml"));
        }
        return byKey;
    }

    /** The POM (and line) that declares {@code d}: the parent's for an inherited dependency, else the project's. */
    private static String declaredIn(Dependency d, MavenProject p) {
        org.apache.maven.model.InputLocation location = d.getLocation("artifactId");
        if (location == null || location.getSource() == null || location.getSource().getLocation() == null) {
            return String.valueOf(p.getFile());
        }
        return location.getSource().getLocation() + (location.getLineNumber() > 0 ? ":" + location.getLineNumber() : "");
    }

    /** One version of an artifact: listing it twice in the same version is fine, in two versions is not. */
    private static void add(Map<String, Listed> byKey, Listed l) throws MojoFailureException {
        if (l.version == null || l.version.isBlank()) {
            throw new MojoFailureException("ai-security: the intents " + l.groupId + ":" + l.artifactId + " listed in "
                    + l.where + " have no version; give one (or manage it in a BOM)");
        }
        Listed before = byKey.putIfAbsent(l.groupId + ":" + l.artifactId, l);
        if (before != null && !before.version.equals(l.version)) {
            throw new MojoFailureException("ai-security: the intents " + l.groupId + ":" + l.artifactId + " are listed"
                    + " in two versions: " + before.version + " (" + before.where + ") and " + l.version + " ("
                    + l.where + "); the platform deploys one version of a service: keep one");
        }
    }
}
