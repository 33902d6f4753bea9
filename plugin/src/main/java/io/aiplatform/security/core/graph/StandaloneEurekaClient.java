package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import java.util.List;
import java.util.Optional;

/**
 * A Eureka client switched to standalone mode, as Spring Cloud Netflix documents it for a Eureka server without
 * peers: {@code eureka.client.register-with-eureka: false} and {@code eureka.client.fetch-registry: false}. It neither
 * registers nor fetches the registry, so it contacts none of its service URLs ({@code eureka.client.service-url.*},
 * Micronaut's {@code eureka.client.default-zone}), which then configure no connection (the usual
 * {@code defaultZone: http://${eureka.instance.hostname}:${server.port}/eureka/} names the server itself).
 */
final class StandaloneEurekaClient {

    private static final List<String> SERVICE_URLS = List.of("eureka.client.service-url", "eureka.client.default-zone");

    private StandaloneEurekaClient() {
    }

    /** Why nothing reads {@code v}, when it is a service URL of a standalone Eureka client. */
    static Optional<String> whyUnread(ConfigValue v, ModuleConfiguration config) {
        if (SERVICE_URLS.stream().noneMatch(p -> ConfigKeys.under(v.key(), p))
                || !isFalse(config, "eureka.client.register-with-eureka") || !isFalse(config, "eureka.client.fetch-registry")) {
            return Optional.empty();
        }
        return Optional.of("eureka.client.register-with-eureka and eureka.client.fetch-registry are false: the Eureka"
                + " client contacts no registry");
    }

    private static boolean isFalse(ModuleConfiguration config, String key) {
        return config.value(key).map(v -> v.strip().equalsIgnoreCase("false")).orElse(false);
    }
}
