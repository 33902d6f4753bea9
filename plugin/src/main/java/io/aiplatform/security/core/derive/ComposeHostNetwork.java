package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Compose services of the repository's Compose files that run on the host's network ({@code network_mode: host},
 * interpolated as Compose does, knowing no variable of the shell). Docker documents that such a container shares the
 * host's network stack: it gets no address of its own, listens on the host's ports, and its {@code localhost} is the
 * host's, where every other host-network container listens and every port a Compose service publishes is bound.
 */
public final class ComposeHostNetwork {

    private static final Pattern FIELD = Pattern.compile("^services\\.([^.]+)\\.network_mode$");

    /** A Compose service (lower case) that runs on the host network, and where its {@code network_mode} is set. */
    public record HostNetworked(String composeService, Path file, int line) {

        /** {@code docker-compose.yml:13 runs Compose service zipkin with network_mode: host}. */
        public String describe(Function<Path, String> shown) {
            return shown.apply(file) + ":" + line + " runs Compose service " + composeService + " with network_mode: host";
        }
    }

    private ComposeHostNetwork() {
    }

    /**
     * The host-network Compose services of the Compose files among {@code files} (any file with {@code services}, as
     * {@link DeploymentContainers} reads them: {@code scripts/app.yml} run with {@code docker compose -f}); an
     * unreadable file is a warning.
     */
    public static List<HostNetworked> of(List<Path> files, Consumer<Problem> warnings) {
        List<HostNetworked> services = new ArrayList<>();
        for (Path file : files) {
            for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(file, warnings)) {
                doc.forEach((key, v) -> {
                    Matcher m = FIELD.matcher(key);
                    if (m.matches() && "host".equals(ComposeInterpolation.interpolate(v.value(), Map.of()).value().strip())) {
                        services.add(new HostNetworked(m.group(1).toLowerCase(Locale.ROOT), v.file(), v.line()));
                    }
                });
            }
        }
        return services;
    }
}
