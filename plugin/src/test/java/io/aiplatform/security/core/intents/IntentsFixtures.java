package io.aiplatform.security.core.intents;

import io.aiplatform.security.core.support.ArtifactFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Intents files written per the format (notes: intents-format), as a local repository would hold them. */
public final class IntentsFixtures {

    /** orders 2.4.0: calls payments by host on 8080, PostgreSQL by product, audit in another namespace. */
    public static final String ORDERS = """
            apiVersion: ai-security.io/v1
            kind: ServiceIntents
            source: {groupId: com.example.shop, artifactId: orders, version: 2.4.0}
            services:
              - name: orders
                module: com.example.shop:orders-service:2.4.0
                role: api
                ports:
                  - {name: http, port: 8080, protocol: TCP}
                labels:
                  app.kubernetes.io/name: orders
                provides: []
                calls:
                  - service: payments
                    ports: [8080]
                    evidence:
                      - "orders-service/src/main/resources/application.yml:12 payments.url"
                  - product: postgresql
                    ports: [5432]
                    evidence: ["orders-service/pom.xml:40 org.postgresql:postgresql (catalog: postgresql)"]
                  - service: audit
                    namespace: compliance
                    ports: [9000]
                    evidence: ["orders-service/src/main/ai-security/service.yaml:14 calls"]
                egress:
                  - {cidr: 203.0.113.0/24, ports: [443]}
                secrets: [{name: orders-db}]
                configMaps: []
                kubernetesApi: []
                serviceAccountAnnotations: {}
                automountServiceAccountToken: false
                scrapes: []
            """;

    /** payments 1.3.0: receives on 8080 and calls nothing. */
    public static final String PAYMENTS = """
            apiVersion: ai-security.io/v1
            kind: ServiceIntents
            source: {groupId: com.example.pay, artifactId: payments, version: 1.3.0}
            services:
              - name: payments
                module: com.example.pay:payments-service:1.3.0
                role: api
                ports:
                  - {name: http, port: 8080, protocol: TCP}
                  - {name: metrics, port: 9090, protocol: TCP}
                labels:
                  app.kubernetes.io/name: payments
                provides: []
                calls: []
                egress: []
                secrets: []
                configMaps: []
                kubernetesApi: []
                serviceAccountAnnotations: {}
                automountServiceAccountToken: false
                scrapes: []
            """;

    private IntentsFixtures() {
    }

    /** Writes {@code text} where a local repository {@code repo} keeps the intents of {@code g:a:v}. */
    public static ArtifactFile publish(Path repo, String gav, String text) throws IOException {
        String[] p = gav.split(":");
        Path file = repo.resolve(p[0].replace('.', '/')).resolve(p[1]).resolve(p[2])
                .resolve(p[1] + "-" + p[2] + "-ai-security-intents.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new ArtifactFile(p[0], p[1], p[2], file);
    }
}
