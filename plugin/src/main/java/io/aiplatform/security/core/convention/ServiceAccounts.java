package io.aiplatform.security.core.convention;

import java.util.Optional;

/** Each service runs as a ServiceAccount of its own, named {@code <service>-sa}. */
public final class ServiceAccounts {

    private static final String SUFFIX = "-sa";

    private ServiceAccounts() {
    }

    /** The ServiceAccount of {@code service}. */
    public static String of(String service) {
        return service + SUFFIX;
    }

    /** The service whose ServiceAccount this is by the naming rule, if any. */
    public static Optional<String> serviceOf(String serviceAccount) {
        return serviceAccount != null && serviceAccount.endsWith(SUFFIX) && serviceAccount.length() > SUFFIX.length()
                ? Optional.of(serviceAccount.substring(0, serviceAccount.length() - SUFFIX.length()))
                : Optional.empty();
    }
}
