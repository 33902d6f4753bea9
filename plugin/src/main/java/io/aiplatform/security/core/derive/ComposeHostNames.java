package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host names Compose gives a service on its networks besides the service's name, as the Compose
 * specification defines them: {@code networks.<network>.aliases}, {@code hostname} and
 * {@code container_name}. A URL that names one of them reaches that Compose service. {@code localhost} is the
 * loopback name whatever a container calls itself ({@code hostname: localhost} on a host-network container): it
 * never names another service.
 */
final class ComposeHostNames {

    private static final Pattern ALIAS = Pattern.compile("networks\\.(.+)\\.aliases\\[\\d+\\]");

    /** The host names by lower-case Compose service name, in file order. */
    private final Map<String, List<ComposeHostName>> byService = new LinkedHashMap<>();

    /**
     * Takes in {@code field} of Compose service {@code service} when it gives a host name ({@code value}, as
     * interpolated); whether it was one of those fields.
     */
    boolean read(String service, String field, ConfigValue v, String value) {
        Matcher alias = ALIAS.matcher(field);
        String how = alias.matches() ? "on network " + alias.group(1) + " the alias"
                : field.equals("hostname") ? "the hostname"
                : field.equals("container_name") ? "the container name" : null;
        if (how == null) {
            return false;
        }
        if (value != null && !value.contains("${") && Authority.isRegName(value.strip())
                && !ServiceHosts.isLoopback(value.strip())) {
            add(new ComposeHostName(value.strip().toLowerCase(Locale.ROOT), service, how, v.file(), v.line()));
        }
        return true;
    }

    /** A Compose service's own name as a host name (when it differs from the name of the service it runs). */
    void add(ComposeHostName name) {
        List<ComposeHostName> names = byService.computeIfAbsent(name.composeService(), k -> new ArrayList<>());
        if (names.stream().noneMatch(n -> n.host().equals(name.host()))) {
            names.add(name);
        }
    }

    /** The Compose services that carry {@code host} (lower case) as an alias, hostname or container name, in file order. */
    List<String> servicesCalled(String host) {
        List<String> services = new ArrayList<>();
        byService.forEach((service, names) -> {
            if (names.stream().anyMatch(n -> n.host().equals(host))) {
                services.add(service);
            }
        });
        return services;
    }

    /** The host names of the Compose service {@code service}. */
    List<ComposeHostName> of(String service) {
        return List.copyOf(byService.getOrDefault(service.toLowerCase(Locale.ROOT), List.of()));
    }
}
