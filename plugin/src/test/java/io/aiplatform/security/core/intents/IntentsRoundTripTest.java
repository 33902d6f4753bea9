package io.aiplatform.security.core.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.intents.read.IntentsDocument;
import io.aiplatform.security.core.intents.read.IntentsReader;
import io.aiplatform.security.core.intents.read.PublishedService;
import io.aiplatform.security.core.support.ArtifactFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a service repository writes, the platform reads back as it was meant: the writer (GraphIntents, IntentsYaml)
 * and the reader (IntentsReader) agree on every field, including calls into other namespaces, callers of other
 * namespaces, named egress ports and Kubernetes API access.
 */
class IntentsRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theReaderReadsBackEveryServiceCallAndGrantTheWriterWrote() throws Exception {
        Fixtures shop = GraphIntentsTest.shop(dir, GraphIntentsTest.at(dir))
                .service("billing", """
                        role: api
                        ports: [{name: grpc, port: 9090}, {name: metrics, port: 9100}]
                        labels: {app: billing, tier: backend}
                        provides: [{product: billing-api, port: grpc}]
                        calls:
                          - {service: ledger, namespace: finance, labels: {app: ledger}, port: 7000}
                        ingress:
                          external: true
                          fromNamespaces: {kubernetes.io/metadata.name: ops}
                          from: [{namespace: finance, labels: {app: auditor}, port: grpc}]
                        egress: [{cidr: 198.51.100.0/24, except: [198.51.100.7/32], ports: [{name: https, port: 8443}]}]
                        configMaps: [{name: billing-config, watch: true}]
                        kubernetesApi: [{resources: [leases], apiGroup: coordination.k8s.io, verbs: [get, update]}]
                        serviceAccountAnnotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::1:role/billing"}
                        """);
        ServiceIntents written = GraphIntents.of(shop.graph(), GraphIntentsTest.SOURCE, Map.of());
        Path file = dir.resolve("orders-2.4.0-ai-security-intents.yaml");
        Files.writeString(file, IntentsYaml.text(written));

        IntentsDocument read = new IntentsReader().read(new ArtifactFile("com.example.shop", "orders", "2.4.0", file));

        assertEquals(written.services().stream().map(s -> s.service().name()).toList(),
                read.services().stream().map(PublishedService::name).toList());
        for (int i = 0; i < written.services().size(); i++) {
            ServiceIntent w = written.services().get(i);
            PublishedService r = read.services().get(i);
            assertEquals(w.module(), r.module(), w.service().name());
            assertEquals(calls(w.calls()), r.calls().stream().map(c -> List.of(String.valueOf(c.service()),
                    String.valueOf(c.product()), String.valueOf(c.namespace()), c.labels().toString(),
                    c.ports().toString(), c.evidence().toString())).toList(), w.service().name());
            assertSameService(w.service(), r.descriptor());
        }
    }

    private static List<List<String>> calls(List<IntentCall> calls) {
        return calls.stream().map(c -> List.of(String.valueOf(c.service()), String.valueOf(c.product()),
                String.valueOf(c.namespace()), Map.copyOf(c.labels()).toString(), c.ports().toString(),
                c.evidence().toString())).toList();
    }

    /** A value as text without the lines it was read from (the descriptor's and the intents file's differ). */
    private static String lineless(Object value) {
        return String.valueOf(value).replaceAll("(line|nameLine)=\\d+", "line");
    }

    private static void assertSameService(Service w, ServiceDescriptor r) {
        ServiceDescriptor d = w.descriptor();
        assertEquals(w.role(), r.role(), w.name());
        assertEquals(d.ports(), r.ports(), w.name());
        assertEquals(w.labels(), r.labels(), w.name());
        assertEquals(lineless(d.provides()), lineless(r.provides()), w.name());
        assertEquals(lineless(d.ingress()), lineless(r.ingress()), w.name());
        assertEquals(lineless(d.egress()), lineless(r.egress()), w.name());
        assertEquals(lineless(d.secrets()), lineless(r.secrets()), w.name());
        assertEquals(lineless(d.configMaps()), lineless(r.configMaps()), w.name());
        assertEquals(lineless(d.kubernetesApi()), lineless(r.kubernetesApi()), w.name());
        assertEquals(d.serviceAccountAnnotations(), r.serviceAccountAnnotations(), w.name());
        assertEquals(w.automountServiceAccountToken(), r.automountServiceAccountToken(), w.name());
        assertEquals(lineless(d.scrapes()), lineless(r.scrapes()), w.name());
    }
}
