package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key the module's Spring Boot version does not read configures nothing: {@code SPRING_REDIS_HOST} in a Boot 3
 * service's environment is no edge (Boot 3 reads spring.data.redis.*), and {@code SPRING_DATA_REDIS_HOST} none in a
 * Boot 2 one; with the version unknown both count, as before.
 */
class FrameworkVersionKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void compose() throws Exception {
        SourceRun.composeEnvironment(dir, "cart", "SPRING_REDIS_HOST: old-redis", "SPRING_DATA_REDIS_HOST: new-redis");
    }

    private SourceRun run(FrameworkVersions versions) throws Exception {
        Fixtures f = new Fixtures(dir).service("cart", HTTP, dep("org.springframework.boot:spring-boot-starter-web"),
                dep("org.springframework.boot:spring-boot-starter-data-redis"))
                .service("old-redis", "ports: [{port: 6379}]\n").service("new-redis", "ports: [{port: 6379}]\n");
        return SourceRun.of(dir, SourceRun.withFrameworks(f.modules(), "cart", versions), new ConfiguredHosts());
    }

    @Test
    void springBoot3ReadsOnlyTheNewKey() throws Exception {
        SourceRun run = run(FrameworkVersions.springBoot("3.3.2"));
        assertEquals(List.of("cart->new-redis"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("docker-compose.yml:5 spring.data.redis.host (read by Spring Boot 3.3.2) names new-redis"),
                run.edges().get("cart->new-redis"));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("cart -/-> old-redis (spring.redis.host):"
                + " not a connection: spring.redis.host is not read by Spring Boot 3.3.2 (spring.redis.* became"
                + " spring.data.redis.* in 3.0) [docker-compose.yml:4]")), run.omissions().toString());
    }

    @Test
    void springBoot2ReadsOnlyTheOldKey() throws Exception {
        SourceRun run = run(FrameworkVersions.springBoot("2.7.18"));
        assertEquals(List.of("cart->old-redis"), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().contains("spring.data.redis.host is not read by"
                + " Spring Boot 2.7.18 (spring.data.redis.* is read from 3.0 on; before, spring.redis.*)")),
                run.omissions().toString());
    }

    @Test
    void anUnknownVersionReadsBothAsBefore() throws Exception {
        SourceRun run = run(FrameworkVersions.UNKNOWN);
        assertEquals(List.of("cart->new-redis", "cart->old-redis"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("docker-compose.yml:5 spring.data.redis.host names new-redis"),
                run.edges().get("cart->new-redis"), "no version note without a version");
    }

    @Test
    void aBoot3ServiceSettingOnlyTheOldKeyConnectsToItsDefaultAndIsToldWhichKeyToSet() throws Exception {
        SourceRun.composeEnvironment(dir, "cart", "SPRING_REDIS_HOST: cache");
        Fixtures f = new Fixtures(dir).service("cart", HTTP, dep("org.springframework.boot:spring-boot-starter-web"),
                dep("org.springframework.boot:spring-boot-starter-data-redis"))
                .service("cache", "role: database\nports: [{port: 6379}]\nprovides: [redis]\n");
        List<Module> modules = SourceRun.withFrameworks(f.modules(), "cart", FrameworkVersions.springBoot("3.3.2"));
        SourceRun run = SourceRun.of(dir, modules, new ConfiguredHosts(), new PomDependencies());
        assertEquals(List.of(), List.copyOf(run.edges().keySet()), "Spring Boot 3.3.2's Redis client goes to localhost");
        assertEquals(List.of("cart/pom.xml: service 'cart': org.springframework.boot:spring-boot-starter-data-redis, a"
                + " client of 'redis', connects to Spring Boot's default localhost:6379, the pod itself once deployed:"
                + " none of spring.data.redis.host, spring.data.redis.url, spring.data.redis.sentinel.,"
                + " spring.data.redis.cluster. is set in its configuration or in the environment of docker-compose.yml"
                + " cart (docker-compose.yml:4 sets spring.redis.host, but spring.redis.host is not read by Spring Boot"
                + " 3.3.2 (spring.redis.* became spring.data.redis.* in 3.0)); no connection to cache is derived. Set"
                + " spring.data.redis.host to the service it uses, or add 'exclude: [{client: redis, reason: <why>}]'"
                + " if it connects nowhere"), run.warnings());
    }
}
