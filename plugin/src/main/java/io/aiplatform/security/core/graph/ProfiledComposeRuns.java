package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigFiles;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A module that only Compose services under a profile run: Compose starts a service with {@code profiles} only when
 * one of them is active ({@code docker compose --profile apps up}; docs.docker.com, <i>Using profiles with Compose</i>:
 * "services without a profiles attribute are always enabled"), so a plain {@code docker compose up} runs the rest (the
 * infrastructure) and the module is started on the host meanwhile ({@code mvn quarkus:dev}, the IDE). Both are ways it
 * runs: the Compose services' environment gives the first, its own configuration on the host the second.
 */
final class ProfiledComposeRuns {

    private ProfiledComposeRuns() {
    }

    /**
     * Where each Compose service that runs {@code s} gets its profile ({@code docker-compose.yaml:21 gives Compose
     * service api the profile apps}), when containers run it and every one is such a Compose service; empty otherwise.
     */
    static Optional<String> onlyProfiled(Derivation d, Service s) {
        List<Container> containers = ServiceContainers.of(d).of(s);
        List<String> where = new ArrayList<>();
        for (Container c : containers) {
            Optional<ConfigValue> profile = profile(d, c);
            if (profile.isEmpty()) {
                return Optional.empty();
            }
            where.add(d.shown(profile.get().file()) + ":" + profile.get().line() + " gives Compose service " + c.name()
                    + " the profile " + profile.get().value());
        }
        return where.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", where));
    }

    /** Why {@code s} runs on the host, for evidence: no container runs it, or only Compose services under a profile. */
    static String whyOnHost(Derivation d, Service s) {
        return onlyProfiled(d, s).map(p -> "only Compose services under a profile run it, which a plain docker compose"
                + " up does not start: " + p).orElse("no Compose service or workload of the repository runs it");
    }

    /** The first {@code profiles} item of Compose service {@code c}, or empty (a workload, a service without one). */
    private static Optional<ConfigValue> profile(Derivation d, Container c) {
        if (c.file() == null || !DeploymentContainers.composeFile(c.file())) {
            return Optional.empty();
        }
        Map<Path, Map<String, ConfigValue>> files = d.once("compose profiles", ConcurrentHashMap::new);
        Map<String, ConfigValue> profiles = files.computeIfAbsent(c.file(), ProfiledComposeRuns::firstProfiles);
        return Optional.ofNullable(profiles.get(c.name().toLowerCase(Locale.ROOT)));
    }

    /** By lower-case Compose service name, the first item of its {@code profiles}, as {@code file} has it. */
    private static Map<String, ConfigValue> firstProfiles(Path file) {
        Map<String, ConfigValue> first = new TreeMap<>();
        for (ConfigFiles.Document doc : ConfigFiles.read(file, problem -> { })) {
            doc.properties().forEach((key, v) -> {
                String k = key.toLowerCase(Locale.ROOT);
                if (k.startsWith("services.") && k.endsWith(".profiles[0]") && v.value() != null
                        && !v.value().isBlank()) {
                    first.putIfAbsent(k.substring("services.".length(), k.length() - ".profiles[0]".length()), v);
                }
            });
        }
        return first;
    }
}
