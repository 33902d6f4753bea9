package io.aiplatform.security.core.convention;

import java.util.List;

/** The top folders of the plugin's output folder, each written and replaced as a whole. */
public final class OutputFolders {

    /** The NetworkPolicies, RBAC and Namespace, with their kustomization. */
    public static final String MANIFESTS = "manifests";
    /** The API server's files: EncryptionConfiguration and audit policy. */
    public static final String CONTROL_PLANE = "control-plane";
    /** The Helm chart. */
    public static final String HELM = "helm";
    /** The verification kit. */
    public static final String VERIFY = "verify";
    /** The validation reports. */
    public static final String REPORTS = "reports";
    /** The key rotation plan. */
    public static final String ROTATION = "rotation";
    /** The intents of a service repository (a file at the top of the output folder, not a folder). */
    public static final String INTENTS = "intents.yaml";
    /** The folders of the security layer that {@code generate-security} writes, in the order it writes them. */
    public static final List<String> LAYER = List.of(MANIFESTS, CONTROL_PLANE, HELM, VERIFY);
    /** Every top folder the plugin writes. */
    public static final List<String> ALL = List.of(MANIFESTS, CONTROL_PLANE, HELM, VERIFY, REPORTS, ROTATION);

    private OutputFolders() {
    }
}
