package io.aiplatform.security.core.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aiplatform.security.core.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Every intents file the plugin writes is valid against the JSON Schema in the jar; the schema refuses what the format does not have. */
class IntentsSchemaTest {

    @TempDir
    Path dir;

    static final String SCHEMA = "/io/aiplatform/security/core/intents/intents-v1.schema.json";

    static Set<String> problems(String yamlText) throws Exception {
        JsonSchema schema;
        try (InputStream in = IntentsSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, SCHEMA + " in the jar");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Object plain = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        JsonNode node = new ObjectMapper().valueToTree(plain);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    private Path written(Fixtures f) throws Exception {
        return IntentsFile.write(dir.resolve("target/ai-security"),
                GraphIntents.of(f.graph(), GraphIntentsTest.SOURCE, Map.of()));
    }

    @Test
    void aWrittenFileIsValid() throws Exception {
        Path file = written(GraphIntentsTest.shop(dir, GraphIntentsTest.at(dir)));
        assertEquals(Set.of(), problems(Files.readString(file)));
    }

    @Test
    void aFileWithEveryShapeIsValid() throws Exception {
        Fixtures f = new Fixtures(dir).service("orders", """
                ports: [{name: http, port: 8080}, {name: metrics, port: 9090}]
                provides: [{product: orders-api, port: http, clients: ["com.example:orders-client"]}, redis]
                calls: [{service: audit, namespace: compliance, port: 9000, labels: {app: audit}}]
                ingress: {external: true, fromCidrs: [203.0.113.0/24], ports: [8080],
                          from: [{namespace: monitoring, labels: {app: prometheus}, port: metrics}]}
                egress: [{cidr: 0.0.0.0/0, except: [10.0.0.0/8], ports: [443, {port: 53, protocol: UDP}]}]
                secrets: [{name: tls, watch: true}]
                configMaps: [{name: flags, immutable: true}]
                kubernetesApi: [{resources: [pods], verbs: [list], resourceNames: [a]}]
                scrapes: [{role: api}, {service: orders, port: 9090}]
                """);
        assertEquals(Set.of(), problems(Files.readString(written(f))));
    }

    @Test
    void theSchemaRefusesAnUnknownKeyANewerVersionAndACallToBoth() throws Exception {
        String base = "apiVersion: ai-security.io/v1\nkind: ServiceIntents\n"
                + "source: {groupId: g, artifactId: a, version: '1'}\nservices: []\n";
        assertEquals(Set.of(), problems(base));
        assertTrue(problems(base + "extra: 1\n").stream().anyMatch(p -> p.contains("extra")));
        assertTrue(problems(base.replace("v1", "v2")).stream().anyMatch(p -> p.contains("apiVersion")));
        String service = "services:\n  - {name: a, module: 'g:a:1', role: api, ports: [], labels: {}, provides: [],"
                + " calls: [CALL], egress: [], secrets: [], configMaps: [], kubernetesApi: [],"
                + " serviceAccountAnnotations: {}, automountServiceAccountToken: false, scrapes: []}\n";
        String withCall = base.replace("services: []\n", service);
        assertEquals(Set.of(), problems(withCall.replace("CALL", "{service: b, ports: [80], evidence: [x]}")));
        assertTrue(!problems(withCall.replace("CALL", "{service: b, product: p, ports: [], evidence: [x]}")).isEmpty());
        assertTrue(!problems(withCall.replace("CALL", "{service: b, ports: [0], evidence: [x]}")).isEmpty());
    }
}
