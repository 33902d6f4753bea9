package io.aiplatform.security.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aiplatform.security.core.support.ArtifactFile;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intents a platform lists, as the build resolves them: from its POMs and its platform file. */
class IntentsArtifactsTest {

    @TempDir
    Path dir;

    @Test
    void resolvesWhatThePomsAndThePlatformFileListSortedByCoordinates() throws Exception {
        platformFile("services:\n  - intents: com.example.shop:orders:2.4.0\n");
        List<ArtifactFile> resolved = artifacts(false, true).resolve(List.of(project("payments", "1.3.0")), dir);
        assertEquals(List.of("com.example.pay:payments:1.3.0", "com.example.shop:orders:2.4.0"),
                resolved.stream().map(ArtifactFile::coordinates).toList());
        assertEquals(dir.resolve("m2/payments-1.3.0-ai-security-intents.yaml"), resolved.get(0).file());
    }

    @Test
    void oneArtifactInTwoVersionsIsRefusedNamingBoth() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> artifacts(false, true)
                .resolve(List.of(project("payments", "1.3.0"), project("payments", "1.4.0")), dir));
        assertEquals("ai-security: the intents com.example.pay:payments are listed in two versions: 1.3.0 ("
                + new File(dir.toFile(), "pom.xml") + ") and 1.4.0 (" + new File(dir.toFile(), "pom.xml") + "); the"
                + " platform deploys one version of a service: keep one", e.getMessage());
    }

    @Test
    void aMissingArtifactNamesItsCoordinatesWhereItIsListedAndTheRepositoriesSearched() throws Exception {
        platformFile("services:\n  - intents: com.example.shop:orders:2.4.0\n");
        MojoFailureException offline = assertThrows(MojoFailureException.class,
                () -> artifacts(true, false).resolve(List.of(), dir));
        assertEquals("ai-security: cannot resolve the intents of com.example.shop:orders:2.4.0 (type yaml, classifier"
                + " ai-security-intents; listed in src/main/ai-security/platform.yaml); searched the local repository "
                + dir.resolve("m2").toFile() + " only (the build is offline, -o). Publish them from the service's"
                + " repository (mvn deploy, with generate-security attaching target/ai-security/intents.yaml), or"
                + " correct the version (-X shows the resolver's message)", offline.getMessage());
        MojoFailureException online = assertThrows(MojoFailureException.class,
                () -> artifacts(false, false).resolve(List.of(), dir));
        assertEquals(true, online.getMessage().contains("searched the local repository " + dir.resolve("m2").toFile()
                + " and intents (file:///repo)."), online.getMessage());
    }

    @Test
    void aModuleThatInheritsAnIntentsDependencyRunsNoLibraryOfIt() {
        MavenProject p = project("payments", "1.3.0");
        Dependency lib = new Dependency();
        lib.setGroupId("org.postgresql");
        lib.setArtifactId("postgresql");
        lib.setVersion("42.7.4");
        p.getModel().addDependency(lib);
        assertEquals(List.of("org.postgresql:postgresql"), new MavenModuleReader("service.yaml", null)
                .read(List.of(p)).get(0).dependencies().stream().map(d -> d.groupId() + ":" + d.artifactId()).toList());
    }

    private MavenProject project(String artifactId, String version) {
        MavenProject p = new MavenProject();
        p.setGroupId("com.example.platform");
        p.setArtifactId("platform-" + version);
        p.setFile(new File(dir.toFile(), "pom.xml"));
        Dependency d = new Dependency();
        d.setGroupId("com.example.pay");
        d.setArtifactId(artifactId);
        d.setVersion(version);
        d.setType("yaml");
        d.setClassifier("ai-security-intents");
        p.getModel().addDependency(d);
        return p;
    }

    private void platformFile(String yaml) throws Exception {
        Path file = dir.resolve("src/main/ai-security/platform.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    /** A resolver that finds every artifact in {@code m2/} ({@code found}) or none. */
    private IntentsArtifacts artifacts(boolean offline, boolean found) throws Exception {
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession();
        session.setOffline(offline);
        LocalRepository local = new LocalRepository(dir.resolve("m2").toFile());
        RepositorySystem system = (RepositorySystem) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RepositorySystem.class}, (proxy, method, args) -> {
                    if (method.getName().equals("newLocalRepositoryManager")) {
                        return null;
                    }
                    ArtifactRequest request = (ArtifactRequest) args[1];
                    ArtifactResult result = new ArtifactResult(request);
                    if (!found) {
                        throw new ArtifactResolutionException(List.of(result));
                    }
                    File file = dir.resolve("m2/" + request.getArtifact().getArtifactId() + "-"
                            + request.getArtifact().getVersion() + "-ai-security-intents.yaml").toFile();
                    result.setArtifact(request.getArtifact().setFile(file));
                    return result;
                });
        session.setLocalRepositoryManager(new org.eclipse.aether.internal.impl.SimpleLocalRepositoryManagerFactory()
                .newInstance(session, local));
        return new IntentsArtifacts(system, session, List.of(new RemoteRepository.Builder("intents", "default",
                "file:///repo").build()), new SystemStreamLog() {
            @Override
            public void debug(CharSequence content) {
                // the resolver's own message: -X only
            }
        });
    }
}
