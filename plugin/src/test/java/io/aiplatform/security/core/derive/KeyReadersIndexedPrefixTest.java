package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A catalog prefix with a list element {@code [*]} covers the keys of every index of that list, and only under it. */
class KeyReadersIndexedPrefixTest {

    @Test
    void anIndexedPrefixCoversEveryIndex() {
        assertEquals("spring.cloud.gateway.routes[*].metadata.cors",
                KeyReaders.of("spring.cloud.gateway.routes[0].metadata.cors.allowed-origins").orElseThrow().prefix());
        assertEquals(true, KeyReaders.of("spring.cloud.gateway.routes[12].metadata.cors.allowedOrigins").orElseThrow()
                .settings());
        assertEquals(true, KeyReaders.of("spring.cloud.gateway.routes[3].metadata.cors").orElseThrow().settings());
    }

    @Test
    void aKeyBesideTheIndexedPrefixIsNotUnderIt() {
        // spring.cloud.gateway is the gateway's own prefix (read only by Spring Cloud Gateway, issue 30 point 2)
        assertEquals("spring.cloud.gateway", KeyReaders.of("spring.cloud.gateway.routes[0].uri").orElseThrow().prefix());
        assertEquals("spring.cloud.gateway", KeyReaders.of("spring.cloud.gateway.routes[0].metadata.corsx").orElseThrow()
                .prefix());
        assertEquals("spring.cloud.gateway", KeyReaders.of("spring.cloud.gateway.routes.metadata.cors").orElseThrow()
                .prefix());
    }
}
