package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.ServerLibraries;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a Spring Cloud Config Server with the {@code native} backend looks for its clients' files:
 * {@code spring.cloud.config.server.native.search-locations} when set; else, for a service that runs the config
 * server (it carries {@code spring-cloud-config-server} or provides {@code spring-cloud-config}) with the profile
 * {@code native} active, the default Spring Cloud Config documents, {@code [classpath:/, classpath:/config, file:./,
 * file:./config]}, of which only {@code classpath:/config} is read: {@code classpath:/} holds the server's own
 * {@code application.*}, which the server does not serve, and {@code file:} locations are the working directory
 * of the running server, not the repository.
 */
final class NativeSearchLocations {

    static final String KEY = "spring.cloud.config.server.native.search-locations";
    static final String DEFAULT = "classpath:/config";
    private static final String PRODUCT = "spring-cloud-config";

    private NativeSearchLocations() {
    }

    /** The comma-separated search locations of {@code s}, if it is a native config server. */
    static Optional<String> of(Service s, ModuleConfiguration config, List<String> activeProfiles) {
        Optional<String> configured = config.value(KEY);
        if (configured.isPresent()) {
            return configured;
        }
        return runsConfigServer(s) && nativeActive(config, activeProfiles) ? Optional.of(DEFAULT) : Optional.empty();
    }

    private static boolean runsConfigServer(Service s) {
        return s.descriptor().provides().stream().anyMatch(p -> PRODUCT.equals(p.product()))
                || s.module().dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .anyMatch(d -> ServerLibraries.productOf(d.groupId(), d.artifactId()).filter(PRODUCT::equals).isPresent());
    }

    private static boolean nativeActive(ModuleConfiguration config, List<String> activeProfiles) {
        return activeProfiles.contains("native") || config.value("spring.profiles.active")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).anyMatch("native"::equals)).orElse(false);
    }
}
