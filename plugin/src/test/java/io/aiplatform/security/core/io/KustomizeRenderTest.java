package io.aiplatform.security.core.io;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.it.Kustomize;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The generated manifests folder renders with real kustomize ({@code kubectl kustomize}); skipped without kubectl. */
class KustomizeRenderTest {

    @TempDir
    Path dir;

    @Test
    void kubectlKustomizeRendersEveryGeneratedObject() throws Exception {
        assumeTrue(Kustomize.available(), "kubectl is not on the PATH");
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

        Set<String> rendered = new TreeSet<>();
        for (Object doc : new Yaml().loadAll(Kustomize.render(out.resolve("manifests")))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) doc;
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) m.get("metadata");
            rendered.add(m.get("kind") + "/" + meta.get("name"));
        }
        Set<String> generated = new TreeSet<>();
        for (GeneratedFile f : layer.under(OutputFolders.MANIFESTS).values()) {
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
