package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NginxProxyPassesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PLATFORM = """
            services:
              - {name: frontend, role: gateway, ports: [{name: http, port: 80}]}
              - {name: api-gateway, ports: [{name: http, port: 8888}]}
              - {name: keycloak, ports: [{name: http, port: 8080}]}
              - {name: docs, ports: [{name: http, port: 80}]}
            """;
    private static final String ORDERS = "ports: [{name: http, port: 8080}, {name: grpc, port: 9090}]\n";

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("orders", ORDERS).service("payments", HTTP)
                .platformFile(PLATFORM).modules(), new NginxProxyPasses());
    }

    @Test
    void aProxyPassUrlOfAFileTheDockerfileCopiesIsACallOnItsPortOrEighty() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  frontend:
                    build: ./frontend
                """);
        SourceRun.write(dir, "frontend/Dockerfile", """
                FROM nginx:alpine
                COPY nginx.conf /etc/nginx/conf.d/default.conf
                """);
        SourceRun.write(dir, "frontend/nginx.conf", """
                server {
                    listen 80;
                    # proxy_pass http://commented-out:1;
                    location /api/ {
                        proxy_pass http://api-gateway:8888/api/;
                    }
                    location /auth/ { proxy_pass "http://keycloak:8080"; }
                    location /docs/ { proxy_pass http://docs; }
                    location /ext/ { proxy_pass https://api.github.com; }
                    location /self/ { proxy_pass http://127.0.0.1:3000; }
                }
                """);
        SourceRun run = run();
        assertEquals(Map.of(
                "frontend->api-gateway", List.of("frontend/nginx.conf:5 proxy_pass http://api-gateway:8888/api/ names"
                        + " api-gateway"),
                "frontend->docs", List.of("frontend/nginx.conf:8 proxy_pass http://docs names docs"),
                "frontend->keycloak", List.of("frontend/nginx.conf:7 proxy_pass http://keycloak:8080 names keycloak")),
                run.edges());
        assertEquals(List.of(8888), run.ports().get("frontend->api-gateway"));
        assertEquals(List.of(80), run.ports().get("frontend->docs"), "nginx's default port for http");
        assertEquals(List.of(), run.warnings(), "outside and loopback hosts are not warned about");
    }

    @Test
    void anUpstreamBlocksServersAreTheCallsAndItsNameIsNoHost() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  frontend:
                    image: nginx:1.27
                    volumes:
                      - ./nginx:/etc/nginx/conf.d:ro
                """);
        SourceRun.write(dir, "nginx/upstreams.conf", """
                upstream backend {
                    least_conn;
                    server orders:8080 weight=2;
                    server payments max_fails=3;
                }
                """);
        SourceRun.write(dir, "nginx/default.conf", """
                server {
                    location / { proxy_pass http://backend/; }
                    location /grpc { grpc_pass grpc://orders:9090; }
                }
                """);
        SourceRun run = run();
        assertEquals(Map.of(
                "frontend->orders", List.of("nginx/default.conf:3 grpc_pass grpc://orders:9090 names orders",
                        "nginx/upstreams.conf:3 upstream backend server orders:8080 names orders"),
                "frontend->payments", List.of("nginx/upstreams.conf:4 upstream backend server payments names payments")),
                run.edges());
        assertEquals(List.of(8080, 9090), run.ports().get("frontend->orders"));
        assertEquals(List.of(8080), run.ports().get("frontend->payments"));
        assertEquals(List.of("service 'frontend': nginx/upstreams.conf:4 upstream backend server payments connects to"
                + " payments:80, but payments declares only http=8080/TCP"), run.warnings(), "a server without port is on 80");
    }

    @Test
    void aTemplateIsFilledFromTheContainersEnvironmentAndNginxVariablesCountOnlyWhenASetGivesALiteral() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  frontend:
                    image: nginx:1.27
                    environment:
                      - GATEWAY_HOST=api-gateway
                    volumes:
                      - ./nginx/templates:/etc/nginx/templates
                """);
        SourceRun.write(dir, "nginx/templates/default.conf.template", """
                server {
                    location /api/ {
                        proxy_set_header Host $host;
                        proxy_pass http://${GATEWAY_HOST}:8888;
                    }
                    location /dyn/ { proxy_pass http://$host; }
                    location /up/ { proxy_pass $scheme://$http_host$request_uri; }
                    location /kc/ {
                        set $kc "keycloak";
                        proxy_pass http://$kc:8080;
                    }
                    location /other/ { proxy_pass http://$kc:8080; }
                }
                """);
        SourceRun run = run();
        assertEquals(Map.of("frontend->api-gateway", List.of("nginx/templates/default.conf.template:4 proxy_pass"
                + " http://${GATEWAY_HOST}:8888 (GATEWAY_HOST=api-gateway in docker-compose.yml frontend) names"
                + " api-gateway"), "frontend->keycloak", List.of("nginx/templates/default.conf.template:10 proxy_pass"
                + " http://$kc:8080 (set $kc \"keycloak\" at line 9) names keycloak")), run.edges());
        assertEquals(List.of(), run.warnings(), "a set of another location gives /other/ nothing");
    }

    @Test
    void aTemplateVariableTheEnvironmentDoesNotSetIsAWarning() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  frontend:
                    image: nginx:1.27
                    volumes:
                      - ./nginx/default.conf.template:/etc/nginx/templates/default.conf.template
                """);
        SourceRun.write(dir, "nginx/default.conf.template", "server {\n  location / { proxy_pass http://${API}:80; }\n}\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("service 'frontend': nginx/default.conf.template:2 proxy_pass http://${API}:80"
                + " needs API, which the environment of frontend's container does not set, for the host nginx passes"
                + " to; the connection is not derived (set it in the Compose service or Deployment, or add 'calls:')"),
                run.warnings());
    }

    @Test
    void aConfigMapHoldingNginxConfMountedByAWorkloadCounts() throws Exception {
        SourceRun.write(dir, "k8s/frontend.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: frontend-nginx}
                data:
                  nginx.conf: |
                    events {}
                    http {
                      server {
                        location /api/ { proxy_pass http://api-gateway:8888; }
                      }
                    }
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: frontend}
                spec:
                  template:
                    spec:
                      containers: [{name: nginx, image: nginx:1.27}]
                      volumes:
                        - name: conf
                          configMap: {name: frontend-nginx}
                """);
        SourceRun run = run();
        assertEquals(Map.of("frontend->api-gateway", List.of("k8s/frontend.yaml:9 proxy_pass http://api-gateway:8888"
                + " names api-gateway")), run.edges());
    }

    @Test
    void aTemplateVariableFromASecretNeverShowsItsValue() throws Exception {
        SourceRun.write(dir, "k8s/frontend.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: routes}
                stringData: {gateway-host: api-gateway}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: frontend-nginx}
                data:
                  default.conf.template: |
                    server {
                      location /api/ { proxy_pass http://${GATEWAY_HOST}:8888; }
                    }
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: frontend}
                spec:
                  template:
                    spec:
                      containers:
                        - name: nginx
                          image: nginx:1.27
                          env:
                            - name: GATEWAY_HOST
                              valueFrom: {secretKeyRef: {name: routes, key: gateway-host}}
                      volumes:
                        - name: conf
                          configMap: {name: frontend-nginx}
                """);
        SourceRun run = run();
        // the Secret's value is the host; evidence and warnings may name the variable and the Secret, never the value
        run.edges().values().forEach(reasons -> reasons.forEach(r -> assertTrue(!r.contains("GATEWAY_HOST=api-gateway"), r)));
        run.warnings().forEach(w -> assertTrue(!w.contains("api-gateway"), w));
    }

    @Test
    void aFileNoServiceRunsGivesNothing() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  frontend:
                    image: nginx:1.27
                    volumes:
                      - ./nginx/live:/etc/nginx/conf.d
                """);
        SourceRun.write(dir, "nginx/live/default.conf", "server { listen 80; }\n");
        SourceRun.write(dir, "nginx/old/default.conf", "server { location / { proxy_pass http://orders:8080; } }\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aFolderCopiedIntoAContainerThatRunsNoNginxOwnsNoNginxFileBelowIt() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  payments:
                    build: .
                  frontend:
                    build: ./frontend
                """);
        SourceRun.write(dir, "Dockerfile", "FROM maven:3.9-eclipse-temurin-17 AS build\nCOPY . .\n");
        SourceRun.write(dir, "frontend/Dockerfile",
                "FROM --platform=linux/amd64 nginxinc/nginx-unprivileged:1.27\nCOPY conf/ /etc/nginx/conf.d/\n");
        SourceRun.write(dir, "frontend/conf/default.conf", "server { location / { proxy_pass http://orders:8080; } }\n");
        SourceRun run = run();
        assertEquals(Map.of("frontend->orders", List.of("frontend/conf/default.conf:1 proxy_pass http://orders:8080 names orders")),
                run.edges(), "payments' build copies the whole root but runs no nginx: only frontend, built from an nginx"
                + " image, runs the file");
    }

    @Test
    void aFileLargerThanFourMebibytesIsAWarningNamingItAndNotRead() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  frontend:
                    image: nginx:1.27
                    volumes:
                      - ./nginx:/etc/nginx/conf.d
                """);
        SourceRun.write(dir, "nginx/default.conf", "server { location / { proxy_pass http://orders:8080; } }\n"
                + "#".repeat(4 * 1024 * 1024) + "\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(dir.resolve("nginx/default.conf") + ": the nginx configuration is larger than 4 MiB; it is not read, so the"
                + " connections it configures are not derived (add 'calls:')"), run.unread());
    }

    @Test
    void aConfigurationTheComposeEntrypointWritesWithAHereDocumentIsRunLikeAMountedFile() throws Exception {
        String compose = """
                services:
                  frontend:
                    image: nginx:latest
                    entrypoint:
                      - sh
                      - -euc
                      - |
                        cat <<EOF > /etc/nginx/nginx.conf
                        http {
                          server {
                            listen 80;
                            location /api/ {
                              proxy_pass http://api-gateway:8888\\$$request_uri;
                            }
                            location /auth/ {
                              proxy_pass http://keycloak:8080;
                            }
                          }
                        }
                        EOF
                        cat <<EOF > /tmp/notes.txt
                        proxy_pass http://docs;
                        EOF
                        /docker-entrypoint.sh nginx -g "daemon off;"
                """;
        SourceRun.write(dir, "docker-compose.yml", compose);
        SourceRun run = run();
        assertEquals(Map.of("frontend->api-gateway", List.of("docker-compose.yml:13 proxy_pass http://api-gateway:8888$request_uri"
                        + " names api-gateway"),
                "frontend->keycloak", List.of("docker-compose.yml:16 proxy_pass http://keycloak:8080 names keycloak")),
                run.edges(), "only the document written to a .conf file counts");
        SourceRun.write(dir, "docker-compose.yml", compose.replace("image: nginx:latest", "image: busybox:1.36"));
        assertEquals(Map.of(), run().edges(), "a container that runs no nginx");
    }
}
