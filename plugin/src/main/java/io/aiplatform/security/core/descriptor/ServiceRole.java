package io.aiplatform.security.core.descriptor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a service is for; decides defaults such as whether a token is mounted. */
public enum ServiceRole {
    API(true),
    INFERENCE(false),
    DATABASE(false),
    LEARNING(true),
    MONITORING(true),
    WORKER(false);

    private final boolean mountsTokenByDefault;

    ServiceRole(boolean mountsTokenByDefault) {
        this.mountsTokenByDefault = mountsTokenByDefault;
    }

    public boolean mountsTokenByDefault() {
        return mountsTokenByDefault;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ServiceRole::id).toList();
    }
}
