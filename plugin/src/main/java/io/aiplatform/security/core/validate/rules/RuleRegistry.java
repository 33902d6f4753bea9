package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.convention.KubeDns;
import io.aiplatform.security.core.convention.ServiceAccounts;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import io.aiplatform.security.core.validate.ConnectivityStage;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every rule of stage 3, in one place, in the order they run and are reported. */
public final class RuleRegistry {

    private static final String PSS = "Pod Security Standards, restricted";
    private static final String PSS_BASELINE = "Pod Security Standards, baseline";
    private static final String RBAC_GOOD_PRACTICES = "Kubernetes RBAC good practices";

    private static final List<Rule> RULES = List.of(
            // RBAC
            rule("RBAC-WILDCARD", Severity.ERROR, "wildcard in a Role or ClusterRole",
                    "name each apiGroup, resource, verb and resource name",
                    Citation.of(Control.CIS_5_1_3, Control.GUIDE_RBAC), RbacChecks::wildcard),
            rule("RBAC-SECRETS-LIST", Severity.ERROR, "list or watch on Secrets",
                    "grant get on the Secrets the service needs, by resourceNames",
                    Citation.of(Control.CIS_5_1_2), RbacChecks::secretsList),
            rule("RBAC-SECRETS-UNNAMED", Severity.ERROR, "get on Secrets without resourceNames",
                    "list the Secrets in resourceNames",
                    Citation.of(Control.CIS_5_1_2, Control.GUIDE_RBAC), RbacChecks::secretsUnnamedGet),
            rule("RBAC-ESCALATION", Severity.ERROR, "escalate, bind or impersonate",
                    "remove the verb; these let a subject raise its own privileges",
                    Citation.of(Control.CIS_5_1_8, Control.GUIDE_RBAC), RbacChecks::escalation),
            rule("RBAC-POD-EXEC", Severity.ERROR, "create on pods/exec, pods/attach or pods/portforward",
                    "remove it; exec into pods reaches every Secret and ServiceAccount token they mount",
                    Citation.of(Control.GUIDE_RBAC).and(RBAC_GOOD_PRACTICES), RbacChecks::podExec),
            rule("RBAC-WORKLOAD-CREATE", Severity.ERROR, "create on pods or workload controllers",
                    "remove it, or suppress with the reason; creating a pod or a Deployment, Job, DaemonSet… runs code"
                            + " as any ServiceAccount of the namespace",
                    Citation.of(Control.CIS_5_1_4).and(RBAC_GOOD_PRACTICES + " (workload creation)"),
                    EscalationChecks::workloadCreate),
            rule("RBAC-SA-TOKEN-CREATE", Severity.ERROR, "create on serviceaccounts/token",
                    "remove it; the TokenRequest API mints a token for any ServiceAccount of the scope",
                    Citation.of(Control.CIS_5_1_13).and(RBAC_GOOD_PRACTICES + " (token request)"),
                    EscalationChecks::serviceAccountToken),
            rule("RBAC-EPHEMERAL-CONTAINERS", Severity.ERROR, "update or patch on pods/ephemeralcontainers",
                    "remove it; an ephemeral container runs any image inside an existing pod",
                    Citation.of(Control.GUIDE_RBAC).and(RBAC_GOOD_PRACTICES + " (ephemeral containers)"),
                    EscalationChecks::ephemeralContainers),
            rule("RBAC-NODE-PROXY", Severity.ERROR, "access to nodes/proxy",
                    "remove it; nodes/proxy reaches the kubelet API, bypassing audit and admission",
                    Citation.of(Control.CIS_5_1_10).and(RBAC_GOOD_PRACTICES + " (nodes/proxy)"),
                    EscalationChecks::nodeProxy),
            rule("RBAC-WEBHOOK-CONFIG", Severity.ERROR, "create or update on admission webhook configurations",
                    "remove it; a webhook sees and can rewrite every object the API server admits",
                    Citation.of(Control.CIS_5_1_12).and(RBAC_GOOD_PRACTICES + " (control admission webhooks)"),
                    EscalationChecks::webhooks),
            rule("RBAC-CSR-APPROVAL", Severity.ERROR, "approval of certificate signing requests",
                    "remove it; approving CSRs issues client certificates for any identity",
                    Citation.of(Control.CIS_5_1_11).and(RBAC_GOOD_PRACTICES + " (CSR and certificate issuing)"),
                    EscalationChecks::csrApproval),
            rule("RBAC-RBAC-WRITE", Severity.ERROR, "create or update on Roles, ClusterRoles or their bindings",
                    "remove it; managing RBAC objects is for cluster administrators",
                    Citation.of(Control.GUIDE_RBAC).and(RBAC_GOOD_PRACTICES), EscalationChecks::rbacWrite),
            rule("RBAC-CLUSTER-ADMIN", Severity.ERROR, "binding to cluster-admin",
                    "bind a Role with the permissions the subject needs",
                    Citation.of(Control.CIS_5_1_1), RbacChecks::clusterAdmin),
            rule("RBAC-CLUSTER-ROLE", Severity.WARNING, "ClusterRole bound to a namespaced service",
                    "use a Role in the service's namespace unless cluster scope is really needed",
                    Citation.of(Control.GUIDE_RBAC),
                    RbacChecks::clusterRoleForServiceAccount),
            rule("RBAC-BINDING-DANGLING", Severity.ERROR, "binding to a missing Role or ServiceAccount",
                    "add the Role or ServiceAccount, or fix the name in the binding",
                    Citation.of(Control.GUIDE_RBAC), RbacChecks::danglingBinding),
            rule("RBAC-NULL-ELEMENT", Severity.ERROR, "null element in a list of a Role's rule",
                    "remove the null element (~ or an empty list item), or write the value it stands for",
                    Citation.of(Control.GUIDE_RBAC), RbacNullElements::check),
            rule("RBAC-ROLE-UNBOUND", Severity.WARNING, "Role that nobody binds",
                    "bind it to the ServiceAccount that needs it, or remove it",
                    Citation.of(Control.GUIDE_RBAC), RbacChecks::unboundRole),
            rule("RBAC-TOKEN-MOUNT", Severity.WARNING, "ServiceAccount mounts a token it does not need",
                    "set automountServiceAccountToken: false",
                    Citation.of(Control.CIS_5_1_6, Control.GUIDE_RBAC), RbacChecks::unneededToken),
            rule("WORKLOAD-DEFAULT-SA", Severity.ERROR, "workload on the default ServiceAccount",
                    "set spec.serviceAccountName to the service's own ServiceAccount (" + ServiceAccounts.of("<service>") + ")",
                    Citation.of(Control.CIS_5_1_5, Control.GUIDE_RBAC),
                    WorkloadChecks::defaultServiceAccount),
            // NetworkPolicy
            rule("NETPOL-DEFAULT-DENY", Severity.ERROR, "namespace without default deny",
                    "add a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress] and no rules",
                    Citation.of(Control.CIS_5_3_2, Control.GUIDE_NETWORK), NetworkPolicyChecks::noDefaultDeny),
            rule("NETPOL-DNS-BLOCKED", Severity.ERROR, "egress restricted but DNS not allowed",
                    "allow egress to " + KubeDns.NAME + " (namespace " + KubeDns.NAMESPACE + ", k8s-app: " + KubeDns.NAME
                            + ") on UDP and TCP " + KubeDns.PORT,
                    Citation.of(Control.GUIDE_NETWORK),
                    NetworkPolicyChecks::dnsBlocked),
            rule("NETPOL-DNS-NEW-PODS", Severity.WARNING, "a new pod of the namespace could not resolve names",
                    "add a namespace-wide allow-dns policy (every pod to " + KubeDns.NAME + " on UDP and TCP " + KubeDns.PORT + "), so that"
                            + " workloads added later resolve names too",
                    Citation.NONE, NetworkPolicyChecks::dnsBlockedForNewPods),
            rule("NETPOL-ALLOW-ALL", Severity.ERROR, "rule or peer that allows every source or destination",
                    "name the peers with podSelector (and namespaceSelector), or an ipBlock narrower than the whole"
                            + " address space (0.0.0.0/0, ::/0)", Citation.of(Control.CIS_5_3_2, Control.GUIDE_NETWORK),
                    NetworkPolicyChecks::allowAll),
            rule("NETPOL-METADATA-EGRESS", Severity.ERROR, "egress ipBlock includes the cloud metadata address",
                    "add 169.254.0.0/16 (or 169.254.169.254/32) to an IPv4 ipBlock's except, fd00:ec2::254/128 (or"
                            + " fc00::/7, the private IPv6 range) to an IPv6 one's", Citation.NONE,
                    NetworkPolicyChecks::egressToMetadata),
            rule("NETPOL-SELECTS-NOTHING", Severity.WARNING, "policy selects no known workload",
                    "match the podSelector to the labels of the pods it is for",
                    Citation.NONE, NetworkPolicyChecks::selectsNothing),
            rule("NETPOL-PORT-NOT-EXPOSED", Severity.WARNING, "ingress port the selected pods do not expose",
                    "allow the port the pods listen on, or declare it in the service descriptor", Citation.NONE,
                    NetworkPolicyChecks::portNotExposed),
            // Secrets and encryption
            rule("SECRET-IN-MANIFESTS", Severity.ERROR, "Secret with credentials in the GitOps manifests",
                    "keep Secret values out of Git: use an external secret store or sealed secrets",
                    Citation.of(Control.GUIDE_SECRETS),
                    EncryptionChecks::secretWithCredentials),
            rule("SECRET-DATA-IN-MANIFESTS", Severity.WARNING, "Secret with non-credential data in the GitOps manifests",
                    "keep it in a ConfigMap if it is not secret, or out of Git like any Secret value",
                    Citation.of(Control.GUIDE_SECRETS),
                    EncryptionChecks::secretWithOtherData),
            rule("ENC-IDENTITY-FIRST", Severity.ERROR, "identity is the first encryption provider",
                    "put secretbox, aesgcm or kms first and identity last",
                    Citation.of(Control.CIS_1_2_28, Control.GUIDE_SECRETS), EncryptionChecks::identityFirst),
            rule("ENC-SECRETS-NOT-COVERED", Severity.ERROR, "EncryptionConfiguration does not cover secrets",
                    "add secrets to a resources entry",
                    Citation.of(Control.CIS_1_2_27, Control.GUIDE_SECRETS), EncryptionChecks::secretsNotCovered),
            rule("ENC-DUPLICATE-KEY", Severity.ERROR, "duplicate key names",
                    "give every key of a provider its own name",
                    Citation.of(Control.CIS_1_2_28), EncryptionChecks::duplicateKeyNames),
            rule("ENC-KEY-INVALID", Severity.ERROR, "key is not valid base64 or has the wrong length",
                    "create a key with: head -c 32 /dev/urandom | base64",
                    Citation.of(Control.CIS_1_2_28), EncryptionChecks::invalidKeys),
            rule("ENC-KEY-PLACEHOLDER", Severity.WARNING, "placeholder instead of a key",
                    "supply the key through AI_SECURITY_ENCRYPTION_KEY or encryptionKeyFile before installing the file",
                    Citation.of(Control.CIS_1_2_28), EncryptionChecks::placeholderKeys),
            rule("ENC-AESCBC", Severity.WARNING, "aescbc provider",
                    "use secretbox or kms v2; the Kubernetes documentation calls aescbc weak (padding oracle)",
                    Citation.of(Control.CIS_1_2_28),
                    EncryptionChecks::aescbc),
            rule("ENC-AESGCM-ROTATION", Severity.WARNING, "aesgcm without automated key rotation",
                    "rotate aesgcm keys automatically, at least every 200,000 writes, or use secretbox or kms v2",
                    Citation.of(Control.CIS_1_2_28),
                    EncryptionChecks::aesgcmRotation),
            rule("ENC-KMS-V1", Severity.ERROR, "KMS v1 provider",
                    "use KMS v2 (apiVersion: v2); KMS v1 is deprecated",
                    Citation.of(Control.CIS_1_2_28), EncryptionChecks::kmsV1),
            rule("KEY-MATERIAL-EXPOSED", Severity.ERROR, "key material outside the control-plane file",
                    "remove it, rotate the key (mvn ai-security:rotate-keys-plan), keep keys out of Git and ConfigMaps",
                    Citation.of(Control.CIS_1_2_28, Control.GUIDE_SECRETS), EncryptionChecks::keyMaterialExposed),
            // Audit policy
            rule("AUDIT-SECRETS-LOGGED", Severity.ERROR, "audit policy logs request bodies of Secrets",
                    "audit Secrets at level Metadata, in a rule before any Request or RequestResponse rule that"
                            + " matches them (generate-security writes such a policy: control-plane/audit-policy.yaml)",
                    Citation.of(Control.CIS_3_2_2, Control.GUIDE_AUDITING)
                            .and("security guide: Auditing secret access"),
                    AuditChecks::secretsLogged),
            rule("AUDIT-SECRETS-UNAUDITED", Severity.WARNING, "audit policy does not audit Secrets",
                    "add a rule with level Metadata for group \"\" resources [secrets] before the rules that drop them",
                    Citation.of(Control.CIS_3_2_1, Control.CIS_3_2_2, Control.GUIDE_AUDITING),
                    AuditChecks::secretsUnaudited),
            // Workloads
            rule("POD-RUN-AS-NON-ROOT", Severity.ERROR, "container may run as root",
                    "set securityContext.runAsNonRoot: true",
                    Citation.of(Control.CIS_5_2_7, Control.CIS_5_7_3, Control.GUIDE_CONTAINERS).and(PSS),
                    WorkloadChecks::runAsNonRoot),
            rule("POD-PRIVILEGE-ESCALATION", Severity.ERROR, "privilege escalation allowed",
                    "set securityContext.allowPrivilegeEscalation: false",
                    Citation.of(Control.CIS_5_2_6, Control.CIS_5_7_3).and(PSS), WorkloadChecks::privilegeEscalation),
            rule("POD-CAPABILITIES", Severity.ERROR, "capabilities not dropped",
                    "set securityContext.capabilities.drop: [ALL] (add at most NET_BIND_SERVICE)",
                    Citation.of(Control.CIS_5_2_8_TO_10, Control.CIS_5_7_3, Control.GUIDE_CONTAINERS).and(PSS),
                    WorkloadChecks::capabilities),
            rule("POD-SECCOMP", Severity.ERROR, "no seccomp profile",
                    "set securityContext.seccompProfile.type: RuntimeDefault",
                    Citation.of(Control.CIS_5_7_2).and(PSS), WorkloadChecks::seccomp),
            rule("POD-HOST-NAMESPACES", Severity.ERROR, "host network, PID or IPC namespace",
                    "remove hostNetwork, hostPID and hostIPC", Citation.of(Control.CIS_5_2_3_TO_5).and(PSS_BASELINE),
                    WorkloadChecks::hostNamespaces),
            rule("POD-HOST-PATH", Severity.ERROR, "hostPath volume",
                    "use a persistent volume claim, configMap or emptyDir instead",
                    Citation.of(Control.CIS_5_2_12).and(PSS_BASELINE),
                    WorkloadChecks::hostPath),
            rule("POD-SECURITY-LABELS", Severity.WARNING, "namespace without a pinned restricted Pod Security level",
                    "label the Namespace pod-security.kubernetes.io/enforce: restricted with enforce-version pinned"
                            + " (generate-security writes it: podSecurity, podSecurityVersion)",
                    Citation.of(Control.CIS_5_2_1, Control.CIS_5_2_2).and("Pod Security Admission"),
                    WorkloadChecks::namespaceLabels),
            rule("POD-READONLY-ROOTFS", Severity.WARNING, "writable root filesystem",
                    "set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where it writes",
                    Citation.of(Control.CIS_5_7_3, Control.GUIDE_CONTAINERS),
                    WorkloadChecks::readOnlyRootFilesystem),
            rule("IMAGE-MUTABLE-TAG", Severity.WARNING, "image by a moving tag (latest, stable, main, *-SNAPSHOT...), no tag, or a tag without digest not pulled Always",
                    "pin the image by digest (image@sha256:...), or at least by a version tag with imagePullPolicy: Always",
                    Citation.note("security guide: Container Security"), ApplicationChecks::mutableImages),
            rule("POD-RESOURCES", Severity.WARNING, "container without CPU and memory requests or a memory limit",
                    "set resources.requests.cpu, resources.requests.memory and resources.limits.memory",
                    Citation.note("Kubernetes resource management for pods and containers"),
                    ApplicationChecks::resources),
            rule("POD-PROBES", Severity.WARNING, "long-running container without liveness or readiness probe",
                    "add a readinessProbe (traffic only when ready) and a livenessProbe (restart when stuck)",
                    Citation.NONE,
                    ApplicationChecks::probes),
            rule("DUPLICATE-OBJECT", Severity.ERROR, "the same object defined twice",
                    "keep one definition of the object (API group, kind, namespace and name); kubectl apply silently keeps"
                            + " the later one", Citation.NONE, DuplicateObjects::check),
            rule("NAMESPACE-UNSET", Severity.WARNING, "namespaced object with no namespace set anywhere",
                    "set metadata.namespace, a namespace in the folder's kustomization, or the namespace parameter",
                    Citation.of(Control.CIS_5_7_4), UnsetNamespaces::check),
            rule("NAMESPACE-DEFAULT", Severity.WARNING, "object in the default namespace",
                    "put the object in a namespace of its own (metadata.namespace)", Citation.of(Control.CIS_5_7_4),
                    ApplicationChecks::defaultNamespace),
            rule("POD-SECRET-ENV", Severity.WARNING, "Secret exposed as environment variables",
                    "mount the Secret as a file (a secret volume) instead of env valueFrom.secretKeyRef or envFrom.secretRef",
                    Citation.of(Control.CIS_5_4_1), ApplicationChecks::secretsInEnvironment),
            rule("POD-USER-ID", Severity.WARNING, "no securityContext, or a user id below 10000",
                    "set a pod securityContext with runAsNonRoot: true and runAsUser of 10000 or more",
                    Citation.of(Control.CIS_5_7_3),
                    ApplicationChecks::userIds),
            rule("NETPOL-WORKLOAD-UNSELECTED", Severity.WARNING, "workload that no NetworkPolicy selects",
                    "add a namespace-wide default deny, or a policy selecting the workload's labels",
                    Citation.of(Control.CIS_5_3_2),
                    ApplicationChecks::unselectedWorkloads),
            rule("POD-TOKEN-AUTOMOUNT", Severity.WARNING, "pod mounts an API token that grants nothing",
                    "set automountServiceAccountToken: false in the pod spec (or on its ServiceAccount)",
                    Citation.of(Control.CIS_5_1_6),
                    ApplicationChecks::podTokenAutomount),
            rule("WORKLOAD-SERVICE-MISMATCH", Severity.ERROR, "workload does not match its generated service",
                    "give the pods the service's labels and serviceAccountName " + ServiceAccounts.of("<service>"), Citation.NONE,
                    WorkloadChecks::serviceMismatch));

    /** The checks of the parse, schema and connectivity stages (and suppressions), described like rules. */
    private static final List<RuleDescription> STAGE_CHECKS = List.of(
            check("PARSE", Stage.PARSE, "file that cannot be read as YAML or JSON",
                    "fix the syntax at the line named (kubectl would refuse the file too)"),
            check("SCHEMA", Stage.SCHEMA, "object that does not match its Kubernetes schema",
                    "fix or remove the field named; the API server would refuse the object"),
            new RuleDescription("SCHEMA-MISSING", Severity.WARNING, Stage.SCHEMA, "kind without a schema (a CRD)",
                    "add a schema folder or template (-Dai-security.schemaLocations) or -Dai-security.ignoreMissingSchemas",
                    Citation.NONE),
            check("SCHEMA-ENCRYPTION-CONFIG", Stage.SCHEMA, "EncryptionConfiguration the API server refuses",
                    "fix the structure named (resources, providers, keys); the API server would not start"),
            check("API-NAME", Stage.SCHEMA, "name or namespace the API server refuses",
                    "use a DNS-1123 name: lower-case letters, digits and '-'"),
            check("API-LABEL", Stage.SCHEMA, "label key or value the API server refuses",
                    "use a label key [prefix/]name and a value of at most 63 letters, digits, '-', '_' or '.'"),
            check("API-NETPOL-PEER", Stage.SCHEMA, "NetworkPolicy peer the API server refuses",
                    "give each peer podSelector and/or namespaceSelector, or an ipBlock alone"),
            check("API-NETPOL-IPBLOCK", Stage.SCHEMA, "ipBlock the API server refuses",
                    "write cidr as a CIDR and every except as a strict subset of it"),
            new RuleDescription("API-NETPOL-CIDR-FORM", Severity.WARNING,
                    Stage.SCHEMA, "ipBlock CIDR in a form the API server warns about (bits beyond the prefix, IPv4-mapped"
                    + " IPv6, leading zeros)", "write the block in standard form: its network address, IPv4 as IPv4, no"
                    + " leading zeros", Citation.NONE),
            check("API-PROTOCOL", Stage.SCHEMA, "protocol other than TCP, UDP or SCTP", "use TCP, UDP or SCTP"),
            check("API-NETPOL-PORT", Stage.SCHEMA, "NetworkPolicy port the API server refuses",
                    "use ports 1-65535, and endPort only with a numeric port below it"),
            check("SUPPRESSION-REASON", Stage.RULES, "suppression without a reason",
                    "write the reason: ai-security.io/suppress: \"RULE-ID: why it does not apply\""),
            connectivity(ConnectivityStage.DECLARED_BLOCKED, Severity.ERROR,
                    "declared connection that the policies block",
                    "regenerate the policies (mvn generate-resources) or fix the hand-written policy named"),
            check(ConnectivityStage.API_SERVER_BLOCKED, Stage.CONNECTIVITY, "service with API permissions whose egress"
                    + " blocks the API server", "set apiServerEndpoints and regenerate, or stop mounting the token"),
            connectivity(ConnectivityStage.UNDECLARED_ALLOWED, Severity.ERROR,
                    "connection the policies allow but nobody declared",
                    "declare the dependency (POM or calls:) if it is needed, otherwise narrow the policy named"),
            connectivity(ConnectivityStage.ONE_SIDED, Severity.WARNING,
                    "one side of a connection opened wider than the graph (the other side still blocks it)",
                    "narrow the policy named to the declared peers"));

    private RuleRegistry() {
    }

    private static RuleDescription check(String id, Stage stage, String title, String remediation) {
        return new RuleDescription(id, Severity.ERROR, stage, title, remediation, Citation.NONE);
    }

    /** A check of the connectivity stage: evidence for the security guide's network practice. */
    private static RuleDescription connectivity(String id, Severity severity, String title, String remediation) {
        return new RuleDescription(id, severity, Stage.CONNECTIVITY, title, remediation,
                Citation.of(Control.GUIDE_NETWORK));
    }

    /** What the derivation could not decide, described like rules (stage derivation). */
    private static final List<RuleDescription> DERIVATION_CHECKS = Arrays.stream(DerivationRule.values())
            .map(r -> new RuleDescription(r.id(), r.level() == Problem.Level.INFO ? Severity.INFO : Severity.WARNING,
                    Stage.DERIVATION, r.title(), r.remediation(), Citation.NONE))
            .toList();

    /** Every rule id a finding can carry, described: the rules of stage 3, the stage checks, then the derivation's. */
    public static List<RuleDescription> documented() {
        List<RuleDescription> all = new ArrayList<>(RULES.stream().map(Rule::description).toList());
        all.addAll(STAGE_CHECKS);
        all.addAll(DERIVATION_CHECKS);
        return List.copyOf(all);
    }

    /** The description of a rule id, if it is one the plugin reports. */
    public static Optional<RuleDescription> describe(String id) {
        return documented().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static Rule rule(String id, Severity severity, String title, String remediation, Citation citation,
                             Rule.Check check) {
        return new Rule(id, severity, Stage.RULES, title, remediation, citation, check);
    }

    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
