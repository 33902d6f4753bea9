package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * A host name that a Compose file gives a Compose service on its networks ({@code host}, lower case), how
 * ({@code on network backend the alias}, {@code the hostname}, {@code the container name}, {@code the
 * service name}) and where.
 */
public record ComposeHostName(String host, String composeService, String how, Path file, int line) {

    /** {@code docker-compose.yml:12 gives Compose service gatewayserver on network backend the alias gateway}. */
    public String describe(Function<Path, String> shown) {
        return shown.apply(file) + ":" + line + " gives Compose service " + composeService + " " + how + " " + host;
    }
}
