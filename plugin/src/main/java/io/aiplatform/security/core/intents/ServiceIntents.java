package io.aiplatform.security.core.intents;

import java.util.Comparator;
import java.util.List;

/**
 * The intents of a repository: the project that publishes them and its services, sorted by name. The
 * file's format is {@link #API_VERSION}; {@link IntentsYaml} writes it.
 */
public record ServiceIntents(Coordinates source, List<ServiceIntent> services) {

    /** The version of the intents format this plugin writes. */
    public static final String API_VERSION = "ai-security.io/v1";
    public static final String KIND = "ServiceIntents";
    /** The file's name in the output folder. */
    public static final String FILE = io.aiplatform.security.core.convention.OutputFolders.INTENTS;

    public ServiceIntents {
        services = services.stream().sorted(Comparator.comparing(ServiceIntent::name)).toList();
    }
}
