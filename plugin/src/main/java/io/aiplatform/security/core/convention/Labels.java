package io.aiplatform.security.core.convention;

/** The recommended {@code app.kubernetes.io} labels the layer sets and reads. */
public final class Labels {

    /** The label that names a service's pods; the default selector of a service without labels of its own. */
    public static final String NAME = "app.kubernetes.io/name";
    /** The label that names the platform an object is part of. */
    public static final String PART_OF = "app.kubernetes.io/part-of";
    /** The label that names the tool managing an object. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** The value of {@link #MANAGED_BY} on every generated object: the plugin's name. */
    public static final String MANAGED_BY_PLUGIN = "ai-security-maven-plugin";
    /** The label Kubernetes sets on every Namespace to its name. */
    public static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";

    private Labels() {
    }
}
