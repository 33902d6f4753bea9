package io.aiplatform.security.core.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphIntentsTest {

    @TempDir
    Path dir;

    static final Coordinates SOURCE = new Coordinates("com.example.shop", "orders", "2.4.0");

    static final String NOTHING_ELSE = """
                egress: []
                secrets: []
                configMaps: []
                kubernetesApi: []
                serviceAccountAnnotations: {}
                automountServiceAccountToken: false
                scrapes: []
            """;

    /** A test whose files go to {@code dir} (for the fixture's files in other tests). */
    static GraphIntentsTest at(Path dir) {
        GraphIntentsTest t = new GraphIntentsTest();
        t.dir = dir;
        return t;
    }

    private String intentsOf(Fixtures f) throws Exception {
        return IntentsYaml.text(GraphIntents.of(f.graph(), SOURCE, Map.of("io.example:orders", "2.4.0-SNAPSHOT")));
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    /** A service repository: calls by host to services elsewhere, a product nobody here provides, a call inside. */
    static Fixtures shop(Path dir, GraphIntentsTest t) throws Exception {
        t.write("orders/src/main/resources/application.yml", "payments:\n  url: http://payments:8080/api\n"
                + "audit:\n  url: http://audit/events\n"
                + "spring:\n  datasource:\n    url: jdbc:postgresql://app:S3cretPassw0rd@db:5432/orders\n"
                + "    password: S3cretPassw0rd\n"
                + "reports:\n  url: http://reporter:Hunter2Secret@reports:9000/x\n"
                + "partner:\n  url: https://api.partner.example.com/v1\n");
        t.write("worker/src/main/resources/application.yml", "orders.url: http://orders:8080\n");
        return new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}]\nrole: api\nsecrets: [orders-db]\n"
                        + "egress: [{cidr: 203.0.113.0/24, ports: [443]}]\n", Fixtures.dep("org.postgresql:postgresql"))
                .service("worker", "ports: [{name: metrics, port: 9090}]\n");
    }

    @Test
    void callsToHostsElsewhereAndToProductsNobodyHereProvidesAreKeptWithTheirEvidence() throws Exception {
        assertEquals("""
                apiVersion: ai-security.io/v1
                kind: ServiceIntents
                source:
                  groupId: com.example.shop
                  artifactId: orders
                  version: 2.4.0
                services:
                  - name: orders
                    module: io.example:orders:2.4.0-SNAPSHOT
                    role: api
                    ports:
                      - name: http
                        port: 8080
                        protocol: TCP
                    labels:
                      app.kubernetes.io/name: orders
                    provides: []
                    calls:
                      - service: audit
                        ports: []
                        evidence:
                          - orders/src/main/resources/application.yml:4 audit.url names audit
                      - service: db
                        ports:
                          - 5432
                        evidence:
                          - orders/src/main/resources/application.yml:7 spring.datasource.url names db
                      - service: payments
                        ports:
                          - 8080
                        evidence:
                          - orders/src/main/resources/application.yml:2 payments.url names payments
                      - product: postgresql
                        ports:
                          - 5432
                        evidence:
                          - 'orders/pom.xml declares org.postgresql:postgresql (catalog: postgresql)'
                      - service: reports
                        ports:
                          - 9000
                        evidence:
                          - orders/src/main/resources/application.yml:10 reports.url names reports
                    egress:
                      - cidr: 203.0.113.0/24
                        ports:
                          - 443
                    secrets:
                      - name: orders-db
                    configMaps: []
                    kubernetesApi: []
                    serviceAccountAnnotations: {}
                    automountServiceAccountToken: true
                    scrapes: []
                  - name: worker
                    module: io.example:worker:2.4.0
                    role: worker
                    ports:
                      - name: metrics
                        port: 9090
                        protocol: TCP
                    labels:
                      app.kubernetes.io/name: worker
                    provides: []
                    calls:
                      - service: orders
                        ports:
                          - 8080
                        evidence:
                          - worker/src/main/resources/application.yml:1 orders.url names orders
                """ + NOTHING_ELSE, intentsOf(shop(dir, this)));
    }

    @Test
    void noPasswordOfAUrlOrOfTheConfigurationReachesTheFile() throws Exception {
        String text = intentsOf(shop(dir, this));
        for (String secret : new String[] {"S3cretPassw0rd", "Hunter2Secret", "reporter", "app:"}) {
            assertFalse(text.contains(secret), secret + " in\n" + text);
        }
        assertFalse(text.contains("api.partner.example.com"), "a host outside (with dots) is no service call");
    }

    @Test
    void anExcludedHostAndTheRepositorysOwnServicesAreNoCallsElsewhere() throws Exception {
        write("orders/src/main/resources/application.yml", "audit.url: http://audit:9000\npayments.url: http://payments\n"
                + "self.url: http://orders:8080\nlocal.url: http://localhost:8080\n");
        Fixtures f = new Fixtures(dir).service("orders", "ports: [{name: http, port: 8080}]\n"
                + "exclude: [{host: audit, reason: switched off in production}]\n");
        ServiceIntents intents = GraphIntents.of(f.graph(), SOURCE, Map.of());
        assertEquals(java.util.List.of("payments"), intents.services().get(0).calls().stream().map(IntentCall::describe)
                .toList(), "no call to audit (excluded), orders (itself) or localhost; payments without a port");
        assertEquals(java.util.List.of(), intents.services().get(0).calls().get(0).ports());
    }

    @Test
    void theSameIntentsAreTheSameBytes() throws Exception {
        String first = intentsOf(shop(dir, this));
        assertEquals(first, intentsOf(shop(dir, this)));
    }

    @Test
    void ingressProvisionsOtherNamespacesAndApiAccessUseTheDescriptorsShapes() throws Exception {
        Fixtures f = new Fixtures(dir).service("orders", """
                ports: [{name: http, port: 8080}, {name: metrics, port: 9090}, {name: gossip, port: 7946, protocol: UDP}]
                labels: {app: orders, tier: backend}
                provides: [{product: orders-api, port: http, clients: ["com.example:orders-client"]}]
                calls:
                  - {service: audit, namespace: compliance, port: 9000, labels: {app: audit}}
                ingress:
                  external: true
                  fromNamespaces: {kubernetes.io/metadata.name: ingress-nginx}
                  ports: [http]
                  from:
                    - {namespace: monitoring, labels: {app: prometheus}, port: metrics}
                egress: [{cidr: 0.0.0.0/0, except: [10.0.0.0/8], ports: [443, {port: 53, protocol: UDP}]}]
                secrets: [{name: tls, watch: true}, orders-db]
                configMaps: [{name: flags, immutable: true}]
                kubernetesApi:
                  - {apiGroup: "", resources: [services], verbs: [get, list], scope: cluster}
                serviceAccountAnnotations: {iam.gke.io/gcp-service-account: orders@p.iam.gserviceaccount.com}
                automountServiceAccountToken: true
                """);
        String text = intentsOf(f);
        assertTrue(text.contains("""
                    ports:
                      - name: gossip
                        port: 7946
                        protocol: UDP
                      - name: http
                        port: 8080
                        protocol: TCP
                      - name: metrics
                        port: 9090
                        protocol: TCP
                    labels:
                      app: orders
                      tier: backend
                    provides:
                      - product: orders-api
                        port: http
                        clients:
                          - com.example:orders-client
                    calls:
                      - service: audit
                        namespace: compliance
                        labels:
                          app: audit
                        ports:
                          - 9000
                        evidence:
                """), text);
        assertTrue(text.contains("""
                    egress:
                      - cidr: 0.0.0.0/0
                        except:
                          - 10.0.0.0/8
                        ports:
                          - port: 53
                            protocol: UDP
                          - 443
                    ingress:
                      external: true
                      fromNamespaces:
                        kubernetes.io/metadata.name: ingress-nginx
                      from:
                        - namespace: monitoring
                          labels:
                            app: prometheus
                          port: metrics
                      ports:
                        - http
                    secrets:
                      - name: orders-db
                      - name: tls
                        watch: true
                    configMaps:
                      - name: flags
                        immutable: true
                    kubernetesApi:
                      - apiGroup: ''
                        resources:
                          - services
                        verbs:
                          - get
                          - list
                        scope: cluster
                    serviceAccountAnnotations:
                      iam.gke.io/gcp-service-account: orders@p.iam.gserviceaccount.com
                    automountServiceAccountToken: true
                    scrapes: []
                """), text);
    }
}
