package io.aiplatform.security.core.convention;

import java.util.Map;

/** The cluster DNS every pod must reach: the pods labelled {@code k8s-app: kube-dns} in {@code kube-system}, port 53. */
public final class KubeDns {

    public static final String NAME = "kube-dns";
    public static final String NAMESPACE = "kube-system";
    /** The labels of the DNS pods (CoreDNS keeps kube-dns's). */
    public static final Map<String, String> POD_LABELS = Map.of("k8s-app", NAME);
    /** The labels that select the DNS pods' namespace. */
    public static final Map<String, String> NAMESPACE_LABELS = Map.of(Labels.NAMESPACE_NAME, NAMESPACE);
    public static final int PORT = 53;

    private KubeDns() {
    }
}
