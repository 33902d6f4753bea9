package io.aiplatform.security.core.io;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.EncryptionProvider;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.GeneratedFile;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.generate.SecurityLayer;
import io.aiplatform.security.core.generate.SecurityLayerGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The generated manifests folder renders with real kustomize ({@code kubectl kustomize}); skipped without kubectl. */
class KustomizeRenderTest {

    /** The kubectl to run; -Dtest.kubectl=... points elsewhere (a missing one makes the test skip). */
    private static final String KUBECTL = System.getProperty("test.kubectl", "kubectl");

    @TempDir
    Path dir;

    private static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder(KUBECTL, "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void kubectlKustomizeRendersEveryGeneratedObject() throws Exception {
        assumeTrue(kubectlAvailable(), "kubectl is not on the PATH");
        SecurityLayer layer = new SecurityLayerGenerator(
                new PlatformSettings("shop", "shop", true, true, Map.of("kubernetes.io/metadata.name", "ingress-nginx")),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null))
                .generate(new Fixtures(dir.resolve("src"))
                        .service("api", "role: api\nports: [{port: 8080}]\nsecrets: [s]\n", dep("db"))
                        .service("db", "role: database\nports: [{port: 5432}]\n")
                        .service("scraper", "kubernetesApi: [{resources: [pods], verbs: [list], scope: cluster}]\n")
                        .graph());
        Path out = dir.resolve("out");
        new OutputWriter().write(out, layer);

        Process p = new ProcessBuilder(KUBECTL, "kustomize", out.resolve("manifests").toString()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), stderr);

        Set<String> rendered = new TreeSet<>();
        for (Object doc : new Yaml().loadAll(new String(stdout, StandardCharsets.UTF_8))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) doc;
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) m.get("metadata");
            rendered.add(m.get("kind") + "/" + meta.get("name"));
        }
        Set<String> generated = new TreeSet<>();
        for (GeneratedFile f : layer.under(SecurityLayer.MANIFESTS).values()) {
            Map<String, Object> m = new Yaml().load(f.content());
            if (!"Kustomization".equals(m.get("kind"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> meta = (Map<String, Object>) m.get("metadata");
                generated.add(m.get("kind") + "/" + meta.get("name"));
            }
        }
        assertEquals(generated, rendered);
        assertEquals(true, rendered.contains("ClusterRole/shop-scraper-clusterrole"));
    }
}
