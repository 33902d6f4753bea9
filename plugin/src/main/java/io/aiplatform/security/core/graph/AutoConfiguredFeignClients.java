package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.AutoConfigurationRegistrations;
import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.DecidingKeys;
import io.aiplatform.security.core.derive.FeignClientScan;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code @EnableFeignClients} that a service's library modules apply themselves: the annotation sits on a class
 * the library registers as a Spring Boot auto-configuration ({@link AutoConfigurationRegistrations}), so every
 * Spring Boot application that runs with the library jar registers the Feign clients it names or scans, as its own
 * {@code @EnableFeignClients} would (an API-client module's usual form: {@code @AutoConfiguration
 * @EnableFeignClients(clients = BookClient.class)}). An auto-configuration the service excludes
 * ({@code spring.autoconfigure.exclude}, {@code @SpringBootApplication(exclude…)}) applies nothing, and a registration
 * file the service's Spring Boot version does not read registers nothing. The annotation may also sit on a class the
 * registered one {@code @Import}s, directly or through others (a starter's {@code @Import(FeignConfig.class)}). Only a
 * Spring application loads Spring Boot's auto-configurations: a service whose framework is Quarkus or Micronaut (an
 * {@code io.quarkus} or {@code io.micronaut} library on its classpath, as {@link DecidingKeys#frameworkOf} tells it
 * for every framework rule) applies none, whatever Spring library a shared module brings.
 */
final class AutoConfiguredFeignClients {

    private static final String EXCLUDE_KEY = "spring.autoconfigure.exclude";

    /** A library's {@code @EnableFeignClients} that applies in the service, and the registration that applies it. */
    record Applied(FeignClientScan.Enable enable, AutoConfigurationRegistrations.Registration registration) {

        /** How evidence names it: {@code (@EnableFeignClients at X.java:8, an auto-configuration registered at …:1)}. */
        String shown() {
            String registered = sourceName(registration.className());
            return "(@EnableFeignClients at " + enable.where() + ", on " + (registered.equals(enable.type()) ? ""
                    : enable.type() + ", which is imported by ") + "auto-configuration " + registered
                    + " that the library registers at " + registration.where() + ")";
        }
    }

    private AutoConfiguredFeignClients() {
    }

    /** The library auto-configurations' {@code @EnableFeignClients} that apply in {@code a}, in library order. */
    static List<Applied> of(Service a, Derivation d) {
        if (!DecidingKeys.SPRING.equals(DecidingKeys.frameworkOf(ServiceClasspath.of(a, d.platform).orElse(Set.of())))) {
            return List.of(); // a Quarkus or Micronaut application loads no Spring Boot auto-configuration
        }
        Map<String, List<AutoConfigurationRegistrations.Registration>> registered =
                d.once(AutoConfiguredFeignClients.class, () -> readAll(d));
        String version = a.module().frameworks().of(FrameworkVersions.SPRING_BOOT).orElse(null);
        List<Module> libraries = LibraryModuleSources.modules(a, d);
        List<JavaSourceReferences.Result> sources = LibraryModuleSources.of(a, d);
        List<Applied> applied = new ArrayList<>();
        for (int i = 0; i < libraries.size(); i++) {
            List<AutoConfigurationRegistrations.Registration> registrations =
                    registered.getOrDefault(libraries.get(i).key(), List.of());
            FeignClientScan.Found feign = sources.get(i).feign();
            for (FeignClientScan.Enable e : feign.enables()) {
                registrations.stream().filter(r -> loads(r, feign.imports()).contains(e.type()) && r.appliedBy(version))
                        .filter(r -> !excluded(a, d, r.className())).findFirst()
                        .ifPresent(r -> applied.add(new Applied(e, r)));
            }
        }
        return applied;
    }

    /**
     * The classes registration {@code r} loads: the registered class and what it {@code @Import}s, transitively, as
     * Spring Framework processes {@code @Import} on a configuration class ({@code imports}: by class, the library's).
     */
    private static Set<String> loads(AutoConfigurationRegistrations.Registration r, Map<String, List<String>> imports) {
        Set<String> loaded = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(sourceName(r.className())));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (loaded.add(next)) {
                queue.addAll(imports.getOrDefault(next, List.of()));
            }
        }
        return loaded;
    }

    /** A class's name as its source declares it: a nested class's binary name {@code a.Outer$Inner} is {@code a.Outer.Inner}. */
    private static String sourceName(String className) {
        return className.replace('$', '.');
    }

    private static boolean excluded(Service a, Derivation d, String autoConfiguration) {
        boolean inCode = d.reading(a).java().excludedAutoConfigurations().stream()
                .anyMatch(x -> x.names(autoConfiguration));
        return inCode || d.configuration(a).all().stream().filter(v -> ConfigKeys.under(v.key(), EXCLUDE_KEY))
                .map(ConfigValue::value).flatMap(v -> Arrays.stream(v.split(",")))
                .anyMatch(n -> n.strip().equals(autoConfiguration));
    }

    private static Map<String, List<AutoConfigurationRegistrations.Registration>> readAll(Derivation d) {
        Map<String, List<AutoConfigurationRegistrations.Registration>> byLibrary = new HashMap<>();
        for (Module lib : LibraryModuleSources.libraries(d.project)) {
            byLibrary.computeIfAbsent(lib.key(), k -> AutoConfigurationRegistrations.of(
                    DerivationProject.resources(lib), d.project::shown, d.findings.unread::add));
        }
        return Map.copyOf(byLibrary);
    }

    /** The first applied annotation that covers {@code client}, if any. */
    static Optional<Applied> covering(List<Applied> applied, FeignClientScan.Client client) {
        return applied.stream().filter(x -> x.enable().covers(client)).findFirst();
    }
}
