package io.aiplatform.security.bench;

import io.aiplatform.security.core.graph.Location;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ModuleDependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic platform of N services: roles in realistic proportions (a few databases
 * providing products, many API and worker services), about 10 declared dependencies per service
 * (module dependencies on earlier services and client libraries), some external services, and
 * secrets and config maps per service. {@link #write} puts the descriptors on disk and returns the
 * modules in memory (the plugin's input model); {@link #writeReactor} also writes every module's POM
 * and an aggregator, so the same platform is a real Maven reactor.
 */
public final class SyntheticPlatform {

    private static final String[][] PRODUCTS = {
        {"postgresql", "org.postgresql:postgresql", "5432"},
        {"redis", "redis.clients:jedis", "6379"},
        {"qdrant", "io.qdrant:client", "6334"},
        {"kafka", "org.apache.kafka:kafka-clients", "9092"},
        {"mongodb", "org.mongodb:mongodb-driver-sync", "27017"},
        {"neo4j", "org.neo4j.driver:neo4j-java-driver", "7687"},
    };

    private SyntheticPlatform() {
    }

    /** {@code SyntheticPlatform <folder> <services> [pluginVersion]}: writes the reactor, for a real Maven build of it. */
    public static void main(String[] args) throws IOException {
        writeReactor(Path.of(args[0]), Integer.parseInt(args[1]), 42, args.length > 2 ? args[2] : "0.1.0-SNAPSHOT");
    }

    public static List<Module> write(Path root, int services, long seed) throws IOException {
        Random random = new Random(seed);
        List<Module> modules = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            String name = "svc-" + i;
            Path dir = root.resolve(name);
            Path descriptor = dir.resolve("src/main/ai-security/service.yaml");
            Files.createDirectories(descriptor.getParent());
            StringBuilder yaml = new StringBuilder();
            List<ModuleDependency> deps = new ArrayList<>();
            if (i < PRODUCTS.length) {
                yaml.append("role: database\nports: [{name: main, port: ").append(PRODUCTS[i][2]).append("}]\n")
                        .append("provides: [").append(PRODUCTS[i][0]).append("]\n");
            } else {
                int r = random.nextInt(10);
                String role = r < 4 ? "api" : r < 6 ? "worker" : r < 7 ? "inference" : r < 8 ? "learning" : r < 9 ? "monitoring" : "worker";
                yaml.append("role: ").append(role).append("\nports: [{name: http, port: 8080}, {name: metrics, port: 9090}]\n");
                if (random.nextInt(20) == 0) {
                    yaml.append("ingress: {external: true}\n");
                }
                int calls = 7 + random.nextInt(5);
                for (int c = 0; c < calls && i > PRODUCTS.length; c++) {
                    int target = PRODUCTS.length + random.nextInt(i - PRODUCTS.length);
                    deps.add(dep("io.bench", "svc-" + target));
                }
                for (int c = 0; c < 2; c++) {
                    String[] client = PRODUCTS[random.nextInt(PRODUCTS.length)][1].split(":");
                    deps.add(dep(client[0], client[1]));
                }
            }
            yaml.append("secrets: [").append(name).append("-credentials]\nconfigMaps: [").append(name).append("-config]\n");
            if (i >= PRODUCTS.length + 2) {
                writeConfigurationAndSources(dir, name, i, random);
            }
            Files.writeString(descriptor, yaml.toString());
            modules.add(new Module("io.bench", name, dir.resolve("pom.xml"), descriptor, deps));
        }
        return modules;
    }

    /**
     * What a Spring Boot service holds besides its POM: an application.yml naming its database and two
     * other services (a gateway route and a client URL), and a Feign client and an HTTP literal in Java.
     */
    private static void writeConfigurationAndSources(Path dir, String name, int i, Random random) throws IOException {
        int first = PRODUCTS.length;
        String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        String routed = "svc-" + (first + random.nextInt(i - first));
        String called = "svc-" + (first + random.nextInt(i - first));
        String feign = "svc-" + (first + random.nextInt(i - first));
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), "spring:\n  application:\n    name: " + name + "\n"
                + "  datasource:\n    url: jdbc:postgresql://svc-" + Arrays.asList(PRODUCTS).indexOf(product)
                + ":" + product[2] + "/db\n  cloud:\n    gateway:\n      routes:\n        - id: r\n          uri: lb://"
                + routed + "\nclients:\n  catalog:\n    url: http://" + called + ":8080/api\nserver:\n  port: 8080\n"
                + "logging:\n  level:\n    root: INFO\n");
        Path java = Files.createDirectories(dir.resolve("src/main/java/io/bench/" + name.replace('-', '_')));
        Files.writeString(java.resolve("Client.java"), "package io.bench." + name.replace('-', '_') + ";\n\n"
                + "import org.springframework.cloud.openfeign.FeignClient;\n\n"
                + "@FeignClient(name = \"" + feign + "\")\npublic interface Client {\n    String BASE = \"http://"
                + called + "/items\";\n\n    default String describe(int id) {\n        return BASE + \"/\" + id;\n    }\n}\n");
    }

    /** {@link #write}, plus {@code pom.xml} of the root (aggregator, plugin configured) and of every module. */
    public static List<Module> writeReactor(Path root, int services, long seed, String pluginVersion) throws IOException {
        List<Module> modules = write(root, services, seed);
        StringBuilder aggregator = new StringBuilder()
                .append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n")
                .append("  <groupId>io.bench</groupId>\n  <artifactId>bench-platform</artifactId>\n")
                .append("  <version>1.0.0</version>\n  <packaging>pom</packaging>\n  <modules>\n");
        for (Module m : modules) {
            aggregator.append("    <module>").append(m.artifactId()).append("</module>\n");
            StringBuilder pom = new StringBuilder()
                    .append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n")
                    .append("  <parent><groupId>io.bench</groupId><artifactId>bench-platform</artifactId>")
                    .append("<version>1.0.0</version></parent>\n")
                    .append("  <artifactId>").append(m.artifactId()).append("</artifactId>\n  <packaging>pom</packaging>\n")
                    .append("  <dependencies>\n");
            for (ModuleDependency d : m.dependencies()) {
                boolean module = d.groupId().equals("io.bench");
                pom.append("    <dependency><groupId>").append(d.groupId()).append("</groupId><artifactId>")
                        .append(d.artifactId()).append("</artifactId><version>").append(module ? "1.0.0" : "1.0")
                        .append("</version>").append(module ? "<type>pom</type>" : "").append("</dependency>\n");
            }
            pom.append("  </dependencies>\n</project>\n");
            Files.writeString(m.pomFile(), pom.toString());
        }
        aggregator.append("  </modules>\n  <build>\n    <plugins>\n      <plugin>\n")
                .append("        <groupId>io.aiplatform.security</groupId>\n")
                .append("        <artifactId>ai-security-maven-plugin</artifactId>\n")
                .append("        <version>").append(pluginVersion).append("</version>\n")
                .append("        <configuration><namespace>bench</namespace></configuration>\n")
                .append("      </plugin>\n    </plugins>\n  </build>\n</project>\n");
        Files.writeString(root.resolve("pom.xml"), aggregator.toString());
        return modules;
    }

    private static ModuleDependency dep(String g, String a) {
        return new ModuleDependency(g, a, null, false, Set.of(), new Location(null, 0));
    }
}
