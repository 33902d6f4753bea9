package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledIngressControllersTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}, {name: admin, port: 9090}]\n";
    private static final String NGINX_PODS = "ingress-nginx/{app.kubernetes.io/component=controller,"
            + " app.kubernetes.io/name=ingress-nginx}";

    @TempDir
    Path dir;

    private static final String SHOP = """
            apiVersion: v1
            kind: Service
            metadata: {name: auth-cluster-ip-service}
            spec:
              selector: {component: auth}
              ports: [{name: web, port: 80, targetPort: 8080}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              annotations: {kubernetes.io/ingress.class: nginx}
            spec:
              rules:
                - http:
                    paths:
                      - path: /auth
                        pathType: Prefix
                        backend:
                          service:
                            name: auth-cluster-ip-service
                            port: {name: web}
                      - path: /orders
                        pathType: Prefix
                        backend:
                          service:
                            name: orders
                            port: {number: 9090}
            """;

    private static final String AUTH_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: auth-deployment}
            spec:
              selector: {matchLabels: {component: auth}}
              template:
                metadata: {labels: {component: auth}}
                spec:
                  containers: [{name: auth, image: shop/auth}]
            """;

    @Test
    void theBackendsOfAnNginxIngressAdmitTheControllerWhereItsInstallManifestsPutIt() throws Exception {
        SourceRun.write(dir, "k8s/shop.yaml", SHOP);
        SourceRun.write(dir, "k8s/auth.yaml", AUTH_DEPLOYMENT);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("auth", HTTP).service("orders", HTTP).modules(),
                new InstalledIngressControllers());
        assertEquals(List.of(NGINX_PODS + " [k8s/shop.yaml:21 Ingress shop (class nginx, whose controller is no"
                + " service of the platform: installed as its project documents, it runs in namespace ingress-nginx,"
                + " pods app.kubernetes.io/component=controller,app.kubernetes.io/name=ingress-nginx) backend names"
                + " auth-cluster-ip-service; Service auth-cluster-ip-service (k8s/shop.yaml:6) maps port 80 to"
                + " targetPort 8080]", NGINX_PODS + " [k8s/shop.yaml:27 Ingress shop (class nginx, whose controller is"
                + " no service of the platform: installed as its project documents, it runs in namespace"
                + " ingress-nginx, pods app.kubernetes.io/component=controller,app.kubernetes.io/name=ingress-nginx)"
                + " backend names orders]"), run.outside());
        assertEquals(List.of("auth:8080", "orders:9090"), run.outsidePorts(), "the pod port each backend leads to");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void anIngressTheControllerOfThePlatformServesAdmitsNothingElse() throws Exception {
        SourceRun.write(dir, "k8s/shop.yaml", SHOP);
        SourceRun.write(dir, "k8s/auth.yaml", AUTH_DEPLOYMENT);
        SourceRun.write(dir, "docker-compose.yml", "services:\n  edge:\n    image: registry.k8s.io/ingress-nginx/controller:v1.9.4\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("auth", HTTP).service("orders", HTTP)
                .platformFile("services:\n  - {name: edge, role: gateway, ports: [{name: http, port: 80}]}\n")
                .modules(), new InstalledIngressControllers());
        assertEquals(List.of(), run.outside());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void anIngressOfAClassWithoutADocumentedPlaceOrOfNoClassIsAWarningPerBackend() throws Exception {
        SourceRun.write(dir, "k8s/shop.yaml", SHOP.replace("annotations: {kubernetes.io/ingress.class: nginx}",
                "annotations: {kubernetes.io/ingress.class: traefik}"));
        SourceRun.write(dir, "k8s/auth.yaml", AUTH_DEPLOYMENT);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("auth", HTTP).service("orders", HTTP).modules(),
                new InstalledIngressControllers());
        assertEquals(List.of(), run.outside());
        assertEquals(2, run.warnings().size(), run.warnings().toString());
        assertEquals("k8s/shop.yaml:21: service 'auth': Ingress shop is of class traefik and sends to auth, but no service of the"
                + " platform is its controller and the plugin does not know where it runs; nothing admits the"
                + " controller to auth (add the controller to platform.yaml, or declare it in auth's descriptor:"
                + " ingress: {from: [{namespace: <its namespace>, labels: {<its pods' labels>}}]})",
                run.warnings().get(0));
        SourceRun.write(dir, "k8s/shop.yaml", SHOP.replace("annotations: {kubernetes.io/ingress.class: nginx}", "labels: {}"));
        SourceRun unnamed = SourceRun.of(dir, new Fixtures(dir).service("auth", HTTP).service("orders", HTTP).modules(),
                new InstalledIngressControllers());
        assertEquals(true, unnamed.warnings().get(1).startsWith("k8s/shop.yaml:27: service 'orders': Ingress shop names no class"
                + " and sends to orders, but"), unnamed.warnings().toString());
        SourceRun.write(dir, "k8s/copy.yaml", SHOP.replace("annotations: {kubernetes.io/ingress.class: nginx}", "labels: {}"));
        SourceRun twice = SourceRun.of(dir, new Fixtures(dir).service("auth", HTTP).service("orders", HTTP).modules(),
                new InstalledIngressControllers());
        assertEquals(2, twice.warnings().size(), "one per service: " + twice.warnings());
        assertEquals(true, twice.warnings().get(1).contains("and sends to orders (and 1 more Ingress backend(s) naming"
                + " it), but"), twice.warnings().toString());
    }

    @Test
    void aServicePortThatLeadsToNoDeclaredPodPortIsAWarningAndAdmitsTheDeclaredPorts() throws Exception {
        // the backend's Service is made by an operator, not in the repository: port 80 is no pod port of orders
        SourceRun.write(dir, "k8s/shop.yaml", SHOP.replace("port: {number: 9090}", "port: {number: 80}"));
        SourceRun.write(dir, "k8s/auth.yaml", AUTH_DEPLOYMENT);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("auth", HTTP).service("orders", HTTP).modules(),
                new InstalledIngressControllers());
        assertEquals(List.of("auth:8080", "orders:8080", "orders:9090"), run.outsidePorts(), "never a policy on port 80");
        assertEquals(List.of("service 'orders': k8s/shop.yaml:27 Ingress shop sends to orders:80, which no Service of the"
                + " repository maps to a pod port, but orders declares only http=8080/TCP, admin=9090/TCP; the"
                + " controller is admitted on orders's ports"), run.warnings());
    }
}
