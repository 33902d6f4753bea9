package io.aiplatform.security.core.graph;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versions of the frameworks a module is built with, as its build manages them ({@code spring-boot} ->
 * {@code 3.3.2}): which keys the framework reads depends on them ({@code spring.redis.*} became
 * {@code spring.data.redis.*} in Spring Boot 3.0). Empty when unknown (a service of the platform file, a module whose
 * build names no such version), and then every key is read as before.
 */
public record FrameworkVersions(Map<String, String> versions) {

    /** Spring Boot, whose version is that of {@code org.springframework.boot:spring-boot}. */
    public static final String SPRING_BOOT = "spring-boot";

    /** No version known. */
    public static final FrameworkVersions UNKNOWN = new FrameworkVersions(Map.of());

    public FrameworkVersions {
        versions = Map.copyOf(new TreeMap<>(versions));
    }

    /** A module built with Spring Boot {@code version}; unknown when the version is null or blank. */
    public static FrameworkVersions springBoot(String version) {
        return version == null || version.isBlank() ? UNKNOWN : new FrameworkVersions(Map.of(SPRING_BOOT, version.strip()));
    }

    /**
     * Spring Cloud, whose version is that of {@code org.springframework.cloud:spring-cloud-context} (Spring Cloud
     * Commons' release: 3.0 for the 2020.0 release train).
     */
    public static final String SPRING_CLOUD = "spring-cloud-context";

    /** These versions and Spring Cloud's {@code version} (unchanged when it is null or blank). */
    public FrameworkVersions withSpringCloud(String version) {
        if (version == null || version.isBlank()) {
            return this;
        }
        Map<String, String> all = new TreeMap<>(versions);
        all.put(SPRING_CLOUD, version.strip());
        return new FrameworkVersions(all);
    }

    /** The version of {@code framework}, if known. */
    public Optional<String> of(String framework) {
        return Optional.ofNullable(versions.get(framework));
    }

    /** {@code spring-boot 3.3.2}, sorted by framework, for the up-to-date digest; empty when unknown. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(versions).forEach((f, v) -> out.append(out.length() == 0 ? "" : ", ").append(f).append(' ').append(v));
        return out.toString();
    }
}
