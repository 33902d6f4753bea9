package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform large enough that the services are resolved, read and prepared on several threads
 * ({@link Parallel#MIN_WORK}), derived again and again: every run gives the same graph, evidence, warnings (those of the
 * files that cannot be read included, in the same order), notices and omissions. Its services exercise what runs in
 * parallel: each one's configuration (a config server's repository over some), Java sources and those of its library
 * modules (read once for all), logging files, and the registry clients nothing configures.
 */
class ParallelDerivationDeterminismTest {

    private static final int SERVICES = 300;
    private static final int LIBRARIES = 7;
    private static final int RUNS = 20;
    /** A Java file with a URL (so it is looked at) that nests deeper than is parsed: it is not read, with a warning. */
    private static final String BROKEN = "class Broken {\n  String url = \"http://svc-001:8080\";\n  int x = "
            + "(".repeat(600) + "1" + ")".repeat(600) + ";\n}\n";
    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String EUREKA_CLIENT = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";
    private static final String EUREKA_SERVER = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-server";

    @TempDir
    Path dir;

    @Test
    void aLargePlatformDerivedOnSeveralThreadsGivesTheSameOutcomeEveryTime() throws Exception {
        List<Module> modules = platform();
        ForkJoinPool pool = new ForkJoinPool(4); // parallel streams started in it run on its threads
        try {
            String first = snapshot(pool.submit(() -> new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).build(modules)).get());
            assertTrue(first.contains("svc-001/src/main/resources/logback-spring.xml:3 <destination> names logstash"),
                    "the logging files are read");
            assertTrue(first.contains("registry is the platform's only eureka registry"), "the registry clients");
            assertTrue(first.contains("config/src/main/resources/config/svc-005.yml:1 clients.other.url names svc-012"),
                    "a config server's repository over its clients' configuration");
            assertTrue(first.contains("svc-006/src/main/java/io/example/Client.java:"), "the services' Java sources");
            assertTrue(first.contains("lib-3/src/main/java/io/example/lib/Broken.java"), "the libraries' unreadable file");
            assertTrue(first.contains("svc-050/src/main/resources/bootstrap.yml"), "an unreadable configuration");
            for (int run = 1; run < RUNS; run++) {
                assertEquals(first, snapshot(pool.submit(() -> new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).build(modules)).get()), "run " + run);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Everything a derivation gives, in its order. */
    private static String snapshot(ServiceGraph graph) {
        List<String> lines = new ArrayList<>(graph.explain());
        graph.edges().forEach(e -> lines.add("EDGE " + e));
        graph.warnings().forEach(p -> lines.add("WARNING " + p));
        graph.notices().forEach(p -> lines.add("NOTICE " + p));
        graph.omissions().forEach(o -> lines.add("OMISSION " + o));
        graph.outsideEdges().forEach(e -> lines.add("OUTSIDE " + e));
        graph.productEgress().forEach(e -> lines.add("EGRESS " + e));
        graph.unresolvedCalls().forEach(c -> lines.add("UNRESOLVED " + c));
        assertTrue(graph.warnings().stream().map(Problem::toString).anyMatch(w -> w.contains("Broken.java")),
                "the files that cannot be read are warned about");
        return String.join("\n", lines);
    }

    private List<Module> platform() throws Exception {
        Fixtures f = new Fixtures(dir);
        SourceRun.write(dir, "config/src/main/resources/application.yml", "server.port: 8888\nspring.profiles.active: native\n");
        f.service("config", "ports: [{port: 8888}]\nprovides: [spring-cloud-config]\n");
        f.service("registry", "ports: [{port: 8761}]\n", dep(EUREKA_SERVER));
        f.service("logstash", "ports: [{name: tcp, port: 5000}]\n");
        for (int l = 0; l < LIBRARIES; l++) {
            SourceRun.write(dir, "lib-" + l + "/src/main/java/io/example/lib/Lib" + l + ".java",
                    "package io.example.lib;\nclass Lib" + l + " {\n  String url = \"http://svc-" + String.format("%03d", l * 40)
                            + ":8080/lib\";\n}\n");
            if (l == 3) {
                SourceRun.write(dir, "lib-3/src/main/java/io/example/lib/Broken.java", BROKEN);
            }
            f.library("lib-" + l);
        }
        for (int i = 0; i < SERVICES; i++) {
            service(f, i);
        }
        return f.modules();
    }

    private void service(Fixtures f, int i) throws Exception {
        String name = name(i);
        String resources = name + "/src/main/resources/";
        StringBuilder config = new StringBuilder("clients.next.url: http://" + name(i + 1) + ":8080\n"
                + "clients.lost.url: http://${LOST_HOST_" + i + "}:8080\n");
        if (i % 5 == 0) {
            config.append("spring.config.import: configserver:http://config:8888\n");
            SourceRun.write(dir, "config/src/main/resources/config/" + name + ".yml",
                    "clients.other.url: http://" + name(i + 7) + ":8080\n");
        }
        SourceRun.write(dir, resources + "application.yml", config.toString());
        if (i % 3 == 1) {
            SourceRun.write(dir, resources + "logback-spring.xml", """
                    <configuration>
                      <appender name="STASH" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
                        <destination>%s:5000</destination>
                      </appender>
                    </configuration>
                    """.formatted(i % 2 == 0 ? "${UNSET_LOGSTASH_HOST}" : "logstash"));
        }
        if (i % 6 == 0) {
            SourceRun.write(dir, name + "/src/main/java/io/example/Client.java", """
                    package io.example;
                    class Client {
                      @org.springframework.beans.factory.annotation.Value("${clients.next.url}") String next;
                      String other = "http://%s:8080/api";
                    }
                    """.formatted(name(i + 3)));
        }
        if (i % 25 == 0) {
            SourceRun.write(dir, name + "/src/main/java/io/example/Broken.java", BROKEN);
        }
        if (i % 50 == 0) {
            Path properties = dir.resolve(resources + "bootstrap.yml");
            Files.write(properties, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}); // not UTF-8
        }
        List<io.aiplatform.security.core.graph.ModuleDependency> deps = new ArrayList<>();
        if (i % 4 == 0) {
            deps.add(dep(EUREKA_CLIENT));
        }
        if (i % 2 == 0) {
            deps.add(dep("lib-" + i % LIBRARIES));
        }
        f.service(name, HTTP, deps.toArray(io.aiplatform.security.core.graph.ModuleDependency[]::new));
    }

    private static String name(int i) {
        return String.format("svc-%03d", i % SERVICES);
    }
}
