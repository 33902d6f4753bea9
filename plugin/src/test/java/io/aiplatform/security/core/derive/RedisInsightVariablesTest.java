package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RedisInsight's REDISINSIGHT_HOST (v1) and RI_APP_HOST (v2) are the address its own web server binds, so a
 * Redis host written there is no connection; the database it is preconfigured with (RI_REDIS_HOST, RI_REDIS_PORT) is.
 */
class RedisInsightVariablesTest {

    private final Path file = Path.of("redisinsight.yaml");

    private List<String> references(String image, List<ConfigValue> env) {
        Container insight = new Container("redisinsight", file, List.of(image), null, null, env, List.of(), List.of(),
                Map.of());
        return ContainerVariables.references(insight, Set.of("redis-cache")::contains,
                p -> p.getFileName().toString()).stream().map(r -> r.host() + ":" + r.port() + " " + r.source()).toList();
    }

    @Test
    void itsListenAddressNamesNoDatabase() {
        List<ConfigValue> env = List.of(new ConfigValue("REDISINSIGHT_HOST", "redis-cache", file, 22),
                new ConfigValue("REDISINSIGHT_PORT", "6379", file, 24),
                new ConfigValue("RI_APP_HOST", "redis-cache", file, 26));
        assertEquals(List.of(), references("redis/redisinsight", env));
        assertEquals(List.of(), references("redislabs/redisinsight:1.14.0", env));
    }

    @Test
    void aPreconfiguredDatabaseIsAConnection() {
        List<ConfigValue> env = List.of(new ConfigValue("RI_REDIS_HOST", "redis-cache", file, 30),
                new ConfigValue("RI_REDIS_PORT", "6379", file, 31));
        assertEquals(List.of("redis-cache:6379 redisinsight.yaml:30 RI_REDIS_HOST"),
                references("redis/redisinsight:2.68", env));
    }

    @Test
    void anotherImagesHostVariableOfThatNameStillCounts() {
        List<ConfigValue> env = List.of(new ConfigValue("REDISINSIGHT_HOST", "redis-cache", file, 22),
                new ConfigValue("REDISINSIGHT_PORT", "6379", file, 24));
        assertEquals(List.of("redis-cache:6379 redisinsight.yaml:22 REDISINSIGHT_HOST"),
                references("example/redis-dashboard:1", env));
    }
}
