package io.aiplatform.security.core.validate.rules;

import java.util.Set;

/**
 * A control of the CIS Kubernetes Benchmark (numbered as in v1.8–v1.10) or a best practice of the
 * security guide, as compliance.md lists them, in that order. A rule names the controls it gives
 * evidence for in its {@link Citation}; the report counts a rule's findings under exactly those.
 */
public enum Control {
    CIS_1_2_27("CIS 1.2.27", "--encryption-provider-config is set", "EncryptionConfiguration"),
    CIS_1_2_28("CIS 1.2.28", "encryption providers are appropriately configured", "EncryptionConfiguration"),
    CIS_1_2_29("CIS 1.2.29", "the API server uses only strong cryptographic ciphers", null),
    CIS_3_2_1("CIS 3.2.1", "a minimal audit policy is created", "Policy"),
    CIS_3_2_2("CIS 3.2.2", "the audit policy covers key security concerns (Secrets at Metadata level)", "Policy"),
    CIS_5_1_1("CIS 5.1.1", "cluster-admin is used only where required", null),
    CIS_5_1_2("CIS 5.1.2", "access to Secrets is minimized", null),
    CIS_5_1_3("CIS 5.1.3", "wildcards in Roles and ClusterRoles are minimized", null),
    CIS_5_1_4("CIS 5.1.4", "access to create pods is minimized", null),
    CIS_5_1_5("CIS 5.1.5", "default service accounts are not used", null),
    CIS_5_1_6("CIS 5.1.6", "service account tokens are mounted only where necessary", "ServiceAccount"),
    CIS_5_1_8("CIS 5.1.8", "the bind, impersonate and escalate permissions are limited", null),
    CIS_5_1_10("CIS 5.1.10", "access to the proxy sub-resource of nodes is minimized", null),
    CIS_5_1_11("CIS 5.1.11", "access to the approval sub-resource of certificate signing requests is minimized", null),
    CIS_5_1_12("CIS 5.1.12", "access to webhook configuration objects is minimized", null),
    CIS_5_1_13("CIS 5.1.13", "access to service account token creation is minimized", null),
    CIS_5_2_1("CIS 5.2.1", "the cluster has an active policy control mechanism (Pod Security Admission)", "Namespace"),
    CIS_5_2_2("CIS 5.2.2", "privileged containers are not admitted", "Namespace"),
    CIS_5_2_3_TO_5("CIS 5.2.3-5.2.5", "no hostPID, hostIPC or hostNetwork", Control.WORKLOAD),
    CIS_5_2_6("CIS 5.2.6", "allowPrivilegeEscalation is not allowed", Control.WORKLOAD),
    CIS_5_2_7("CIS 5.2.7", "root containers are not admitted", Control.WORKLOAD),
    CIS_5_2_8_TO_10("CIS 5.2.8-5.2.10", "capabilities are dropped (NET_RAW and added ones included)", Control.WORKLOAD),
    CIS_5_2_12("CIS 5.2.12", "no HostPath volumes", Control.WORKLOAD),
    CIS_5_3_2("CIS 5.3.2", "every namespace has NetworkPolicies", "NetworkPolicy"),
    CIS_5_4_1("CIS 5.4.1", "Secrets are used as files, not as environment variables", Control.WORKLOAD),
    CIS_5_7_1("CIS 5.7.1", "administrative boundaries between resources use namespaces", null),
    CIS_5_7_2("CIS 5.7.2", "the seccomp profile is RuntimeDefault", Control.WORKLOAD),
    CIS_5_7_3("CIS 5.7.3", "security contexts are applied to pods and containers", Control.WORKLOAD),
    CIS_5_7_4("CIS 5.7.4", "the default namespace is not used", null),
    GUIDE_NETWORK("Guide: network security", "network policies enabled: default deny, DNS, exact allow rules",
            "NetworkPolicy"),
    GUIDE_RBAC("Guide: RBAC security", "least privilege, a ServiceAccount per service, no wildcards, no needless tokens",
            "ServiceAccount"),
    GUIDE_SECRETS("Guide: secrets management", "encryption at rest, no Secret values in Git", "EncryptionConfiguration"),
    GUIDE_KEY_ROTATION("Guide: key rotation", "encryption keys rotated quarterly", null),
    GUIDE_CONTAINERS("Guide: container security", "non-root, read-only root filesystem, capabilities dropped", Control.WORKLOAD),
    GUIDE_IMAGE_SCANNING("Guide: image scanning", "container images scanned for vulnerabilities", null),
    GUIDE_AUDITING("Guide: monitoring and auditing", "audit logging enabled, secret access audited", "Policy");

    /** What a control about pods needs: any workload (a Pod, or a kind whose pods come from a template). */
    public static final String WORKLOAD = "workload";

    /** The kinds that count as a {@link #WORKLOAD}. */
    public static final Set<String> WORKLOAD_KINDS = Set.of("Pod", "Deployment", "ReplicaSet", "StatefulSet",
            "DaemonSet", "ReplicationController", "Job", "CronJob");

    private final String id;
    private final String requirement;
    private final String needs;

    Control(String id, String requirement, String needs) {
        this.id = id;
        this.requirement = requirement;
        this.needs = needs;
    }

    /** How reports and rule references name the control, e.g. "CIS 5.1.4". */
    public String id() {
        return id;
    }

    /** What the control asks for, in a few words. */
    public String requirement() {
        return requirement;
    }

    /** The kind of object without which the control is not checked ({@link #WORKLOAD}: any workload; null: none needed). */
    public String needs() {
        return needs;
    }

    /** Whether an object of {@code kind} is what this control needs to be checked. */
    public boolean checks(String kind) {
        return needs != null && kind != null && (WORKLOAD.equals(needs) ? WORKLOAD_KINDS.contains(kind) : needs.equals(kind));
    }
}
