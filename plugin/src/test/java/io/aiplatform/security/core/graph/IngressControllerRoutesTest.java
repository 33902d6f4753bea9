package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngressControllerRoutesTest {

    private static final String HTTP = "ports: [{name: http, port: 8081}]\n";

    @TempDir
    Path dir;

    private static final String CUSTOMER = """
            apiVersion: v1
            kind: Service
            metadata: {name: customer}
            spec:
              selector: {app: customer}
              ports: [{port: 80, targetPort: 8081}]
            ---
            apiVersion: extensions/v1beta1
            kind: Ingress
            metadata:
              name: customer
            spec:
              rules:
                - http:
                    paths:
                      - path: /customer
                        backend:
                          serviceName: customer
                          servicePort: 80
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: orders
            spec:
              ingressClassName: nginx
              rules:
                - http:
                    paths:
                      - path: /orders
                        pathType: Prefix
                        backend:
                          service:
                            name: orders
                            port: {number: 8081}
            """;

    @Test
    void theOnlyControllerOfThePlatformServesTheIngressesThatNameNoClassThroughTheServicePort() throws Exception {
        SourceRun.write(dir, "k8s/customer.yml", CUSTOMER);
        SourceRun.write(dir, "gateway/docker-compose.yaml", "services:\n  kong:\n    image: kong:1.4.0-oidc\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("customer", HTTP).service("orders", HTTP)
                .platformFile("services:\n  - {name: kong, role: gateway, ports: [{name: proxy, port: 8000}]}\n")
                .modules(), new IngressControllerRoutes());
        assertEquals(Map.of("kong->customer", List.of("k8s/customer.yml:18 Ingress customer (no class named; kong is the"
                + " platform's only Ingress controller: gateway/docker-compose.yaml runs kong from image kong:1.4.0-oidc,"
                + " a kong Ingress controller) backend names customer; Service customer (k8s/customer.yml:6) maps port 80"
                + " to targetPort 8081")), run.edges(), "orders is for the nginx class, which no service of the platform runs");
        assertEquals(List.of(8081), run.ports().get("kong->customer"));
    }

    @Test
    void anIngressOfItsClassIsServedByTheControllerNamedInThePlatformFileAndNoneWithoutAController() throws Exception {
        SourceRun.write(dir, "k8s/customer.yml", CUSTOMER.replace("ingressClassName: nginx", "ingressClassName: traefik"));
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("customer", HTTP).service("orders", HTTP)
                .platformFile("services:\n  - {name: traefik, role: gateway, ports: [{name: web, port: 80}]}\n"
                        + "  - {name: kong, role: gateway, ports: [{name: proxy, port: 8000}]}\n")
                .modules(), new IngressControllerRoutes());
        assertEquals(List.of("traefik->orders"), List.copyOf(run.edges().keySet()),
                "two controllers: the Ingress without a class is nobody's");
        assertEquals(true, run.edges().get("traefik->orders").get(0).startsWith("k8s/customer.yml:34 Ingress orders"
                + " (class traefik, served by traefik: the platform file's service traefik is named after the traefik"
                + " Ingress controller) backend names orders"), run.edges().toString());
        SourceRun none = SourceRun.of(dir, new Fixtures(dir).service("customer", HTTP).service("orders", HTTP)
                .platformFile("services:\n  - {name: edge, role: gateway, ports: [{name: web, port: 80}]}\n")
                .modules(), new IngressControllerRoutes());
        assertEquals(Map.of(), none.edges());
        assertEquals(List.of(), none.warnings());
    }
}
