package io.aiplatform.security.core.descriptor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a service is for; decides defaults such as whether a token is mounted. The platform
 * infrastructure roles (gateway, config server, registry, broker) mount none: none of them needs the
 * Kubernetes API in its usual setup; one that does (Kubernetes discovery) says so with
 * {@code kubernetesApi} and {@code automountServiceAccountToken: true}.
 */
public enum ServiceRole {
    API(true),
    INFERENCE(false),
    DATABASE(false),
    LEARNING(true),
    MONITORING(true),
    WORKER(false),
    GATEWAY(false),
    CONFIG_SERVER(false),
    REGISTRY(false),
    BROKER(false);

    private final boolean mountsTokenByDefault;

    ServiceRole(boolean mountsTokenByDefault) {
        this.mountsTokenByDefault = mountsTokenByDefault;
    }

    public boolean mountsTokenByDefault() {
        return mountsTokenByDefault;
    }

    /** {@code api}, {@code config-server}, ... as descriptors write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ServiceRole fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ServiceRole::id).toList();
    }
}
