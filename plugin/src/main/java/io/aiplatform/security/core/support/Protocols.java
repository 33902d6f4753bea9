package io.aiplatform.security.core.support;

import java.util.List;

/** The protocols a Kubernetes port or NetworkPolicy rule can name, in the order reports list them. */
public final class Protocols {

    /** SCTP, TCP and UDP: what the API server accepts. */
    public static final List<String> ALL = List.of("SCTP", "TCP", "UDP");

    private Protocols() {
    }

    public static boolean isValid(String protocol) {
        return ALL.contains(protocol);
    }
}
