package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository of an image reference as a registry reads it, and when it is known. */
class BuiltImageTest {

    private static BuiltImage image(String image) {
        return new BuiltImage(image, Path.of("billing/pom.xml"), 12, "jib-maven-plugin <to><image>");
    }

    @Test
    void aFirstSegmentWithADotAColonOrLocalhostIsARegistry() {
        assertEquals("shop/orders", BuiltImage.repositoryOf("ghcr.io/shop/orders:1.2"));
        assertEquals("orders", BuiltImage.repositoryOf("docker.io/library/orders@sha256:abc"));
        assertEquals("orders", BuiltImage.repositoryOf("localhost:5000/orders:latest"));
        assertEquals("shop/orders", BuiltImage.repositoryOf("Shop/Orders:1"));
    }

    @Test
    void anUnresolvedPlaceholderFirstSegmentIsNoRegistryAndLeavesTheRepositoryUnknown() {
        assertEquals("${docker.prefix}/billing", BuiltImage.repositoryOf("${docker.prefix}/billing"));
        assertEquals("${docker.prefix}/billing", BuiltImage.repositoryOf("${docker.prefix}/billing:1.0"));
        assertEquals("$registry/billing", BuiltImage.repositoryOf("$REGISTRY/billing"));
        assertEquals(false, image("${docker.prefix}/billing").resolved(), "not 'billing' of some registry");
        assertEquals(false, image("${registry.host:5000}/billing").resolved());
        assertEquals(true, image("registry.example.com/billing:${project.version}").resolved(), "a tag does not matter");
        assertEquals(true, image("acme/billing").resolved());
    }
}
