package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.VersionedKeys;
import java.util.Optional;

/**
 * Whether a module's {@code bootstrap.yml} / {@code bootstrap.properties} configure it. Spring Cloud's bootstrap
 * context reads them; from Spring Cloud 2020.0 (Spring Cloud Commons 3.0, {@code spring-cloud-context} 3.0) it is off
 * by default and on only with {@code spring-cloud-starter-bootstrap} on the classpath (or
 * {@code spring.cloud.bootstrap.enabled=true} set outside the application's files, which is not looked at here). A
 * module whose Spring Cloud version is unknown, or older, reads them as before; so does a module of another framework
 * (Micronaut's bootstrap files).
 */
final class SpringCloudBootstrap {

    /** The first Spring Cloud Context version that reads bootstrap files only on request. */
    static final String OFF_SINCE = "3.0";
    /** The library that turns the legacy bootstrap on again. */
    static final String STARTER = "org.springframework.cloud:spring-cloud-starter-bootstrap";

    private SpringCloudBootstrap() {
    }

    /** Whether {@code m}'s bootstrap files are read. */
    static boolean reads(Module m) {
        return whyUnread(m).isEmpty();
    }

    /** Why {@code m}'s bootstrap files are not read; empty when they are. */
    static Optional<String> whyUnread(Module m) {
        Optional<String> version = m.frameworks().of(FrameworkVersions.SPRING_CLOUD);
        if (version.isEmpty() || VersionedKeys.compare(version.get(), OFF_SINCE) < 0) {
            return Optional.empty();
        }
        boolean starter = m.dependencies().stream().anyMatch(d -> d.onRuntimeClasspath()
                && (d.key().equals(STARTER) || d.brings().contains(STARTER)));
        return starter ? Optional.empty() : Optional.of("Spring Cloud " + version.get() + " (spring-cloud-context) reads"
                + " bootstrap files only with " + STARTER + " on the classpath, which " + m.artifactId() + " does not"
                + " carry");
    }
}
