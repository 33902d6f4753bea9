package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which keys a Spring Boot version reads, from the catalog's framework-key-versions.txt. */
class VersionedKeysTest {

    private static Optional<VersionedKeys.Reading> boot(String version, String key) {
        return VersionedKeys.of("spring-boot", version, key);
    }

    @Test
    void springBoot3ReadsRedisUnderSpringDataRedisOnly() {
        assertEquals(Optional.of(new VersionedKeys.Reading(false, "spring.redis.host is not read by Spring Boot 3.3.2"
                + " (spring.redis.* became spring.data.redis.* in 3.0)")), boot("3.3.2", "spring.redis.host"));
        assertEquals(Optional.of(new VersionedKeys.Reading(true, "read by Spring Boot 3.3.2")),
                boot("3.3.2", "spring.data.redis.host"));
        assertEquals(false, boot("3.0.0-M5", "SPRING_REDIS_URL".toLowerCase().replace('_', '.')).orElseThrow().read(),
                "a milestone of 3.0 is 3.0");
    }

    @Test
    void springBoot2ReadsTheOldNamesAndNotTheNewOnes() {
        assertEquals(true, boot("2.7.18", "spring.redis.host").orElseThrow().read());
        assertEquals(Optional.of(new VersionedKeys.Reading(false, "spring.data.redis.host is not read by Spring Boot"
                + " 2.7.18 (spring.data.redis.* is read from 3.0 on; before, spring.redis.*)")),
                boot("2.7.18", "spring.data.redis.host"));
        assertEquals(true, boot("2.7.18", "spring.data.cassandra.contact-points").orElseThrow().read());
        assertEquals(false, boot("3.1.0", "spring.data.cassandra.contactPoints").orElseThrow().read(), "relaxed form");
        assertEquals(true, boot("3.1.0", "spring.cassandra.contact-points").orElseThrow().read());
    }

    @Test
    void keysBothGenerationsReadOrNoGenerationChangedSayNothing() {
        assertEquals(Optional.empty(), boot("3.3.2", "spring.data.redis.repositories.enabled"));
        assertEquals(Optional.empty(), boot("3.3.2", "spring.datasource.url"));
        assertEquals(Optional.empty(), boot("3.3.2", "spring.redisson.host"), "whole elements only");
        assertEquals(Optional.empty(), VersionedKeys.of("quarkus", "3.3.2", "spring.redis.host"), "another framework");
    }

    @Test
    void removedKeysAndRegistryExportsAreMatchedByElement() {
        assertEquals("spring.elasticsearch.rest.uris is not read by Spring Boot 3.2.0 (spring.elasticsearch.rest.* became"
                + " spring.elasticsearch.* in 3.0)", boot("3.2.0", "spring.elasticsearch.rest.uris").orElseThrow().why());
        assertEquals(false, boot("3.2.0", "management.metrics.export.prometheus.pushgateway.base-url").orElseThrow().read());
        assertEquals(true, boot("3.2.0", "management.prometheus.metrics.export.pushgateway.base-url").orElseThrow().read());
        assertTrue(boot("2.7.0", "management.prometheus.metrics.export.pushgateway.base-url").orElseThrow().why()
                .endsWith("(management.*.metrics.export.* is read from 3.0 on; before, management.metrics.export.<registry>.*)"));
        assertEquals("management.zipkin.tracing.endpoint is not read by Spring Boot 2.7.0 (management.zipkin.* is read"
                + " from 3.0 on)", boot("2.7.0", "management.zipkin.tracing.endpoint").orElseThrow().why());
    }

    @Test
    void springBoot4ReadsTheZipkinAndOtlpExportersUnderTheirNewNames() {
        assertEquals(Optional.of(new VersionedKeys.Reading(false, "management.zipkin.tracing.endpoint is not read by"
                + " Spring Boot 4.0.1 (management.zipkin.* became management.tracing.export.zipkin.* in 4.0)")),
                boot("4.0.1", "management.zipkin.tracing.endpoint"));
        assertEquals(true, boot("4.0.1", "management.tracing.export.zipkin.endpoint").orElseThrow().read());
        assertEquals(true, boot("3.5.0", "management.zipkin.tracing.endpoint").orElseThrow().read());
        assertEquals("management.tracing.export.zipkin.endpoint is not read by Spring Boot 3.5.0"
                + " (management.tracing.export.zipkin.* is read from 4.0 on; before, management.zipkin.tracing.*)",
                boot("3.5.0", "management.tracing.export.zipkin.endpoint").orElseThrow().why());
        assertEquals(false, boot("4.1.0", "management.otlp.tracing.endpoint").orElseThrow().read());
        assertEquals(true, boot("3.3.0", "management.otlp.tracing.endpoint").orElseThrow().read());
        assertEquals(true, boot("4.0.0", "management.opentelemetry.tracing.export.otlp.endpoint").orElseThrow().read());
        assertEquals(false, boot("3.5.0", "management.opentelemetry.tracing.export.otlp.endpoint").orElseThrow().read());
        assertEquals(true, boot("4.0.0", "management.otlp.metrics.export.url").orElseThrow().read(), "metrics kept it");
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertEquals(0, VersionedKeys.compare("3.0.0-RC1", "3.0"));
        assertTrue(VersionedKeys.compare("3.10.1", "3.9") > 0);
        assertTrue(VersionedKeys.compare("2.7.18", "3.0") < 0);
    }
}
