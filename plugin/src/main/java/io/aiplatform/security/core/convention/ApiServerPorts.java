package io.aiplatform.security.core.convention;

import java.util.List;

/**
 * The ports the API server is reached on: 443 is the {@code kubernetes} Service's port, which a CNI
 * that applies policies before the Service's address translation sees; 6443 is the API server's own
 * port (kubeadm's default), which a CNI that applies them after it sees. Both, so it works on either.
 */
public final class ApiServerPorts {

    public static final List<Integer> DEFAULT = List.of(443, 6443);

    private ApiServerPorts() {
    }
}
