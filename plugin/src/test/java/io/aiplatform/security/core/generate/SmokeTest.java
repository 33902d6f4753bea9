package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir Path dir;

    @Test
    void print() throws Exception {
        var graph = new Fixtures(dir)
                .service("gateway", "role: api\nports: [{name: http, port: 8080}]\ningress: {external: true}\nsecrets: [gw]\nkubernetesApi: [{resources: [services, endpoints], verbs: [list, get]}]\n", Fixtures.dep("db"), Fixtures.dep("org.postgresql:postgresql"))
                .service("db", "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n")
                .graph();
        var layer = new SecurityLayerGenerator(new PlatformSettings("ai-platform", "demo", true, true, Map.of("kubernetes.io/metadata.name", "ingress-nginx")),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null)).generate(graph);
        layer.files().forEach(f -> System.out.println("### " + f.path() + "\n" + f.content()));
    }
}
