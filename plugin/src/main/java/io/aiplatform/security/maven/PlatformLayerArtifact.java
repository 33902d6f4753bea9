package io.aiplatform.security.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The layer a platform build publishes ({@code manifests/} zipped; classifier {@code ai-security-layer}, type
 * {@code zip}), resolved by its {@code groupId:artifactId:version} with the build's resolver: the local repository,
 * then the build's remote repositories, none when Maven runs offline.
 */
final class PlatformLayerArtifact {

    static final String CLASSIFIER = "ai-security-layer";
    static final String TYPE = "zip";

    private PlatformLayerArtifact() {
    }

    /** The archive's file in the local repository; a clear failure for coordinates that are wrong or not found. */
    static Path resolve(String coordinates, RepositorySystem system, RepositorySystemSession session,
                        List<RemoteRepository> repositories) throws MojoFailureException {
        String[] gav = coordinates.strip().split(":");
        if (gav.length != 3 || java.util.Arrays.stream(gav).anyMatch(String::isBlank)) {
            throw new MojoFailureException("ai-security: platformLayer '" + coordinates + "' is not groupId:artifactId:version"
                    + " of the platform's build, e.g. -Dai-security.platformLayer=com.example:platform:1.7.0");
        }
        DefaultArtifact artifact = new DefaultArtifact(gav[0], gav[1], CLASSIFIER, TYPE, gav[2]);
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact()
                    .getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("ai-security: the platform's layer " + coordinates + " (classifier " + CLASSIFIER
                    + ", type " + TYPE + ") cannot be resolved" + (session.isOffline() ? " offline (it is not in the local"
                    + " repository " + session.getLocalRepository().getBasedir() + ")" : " from the local repository or "
                    + repositories.stream().map(RemoteRepository::getUrl).toList()) + ": the platform's build attaches it"
                    + " (mvn deploy); or give its manifests/ folder: -Dai-security.platformLayerDirectory=<folder>");
        }
    }
}
