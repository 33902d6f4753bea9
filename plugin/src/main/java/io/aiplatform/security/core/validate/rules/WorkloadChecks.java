package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.connectivity.Topology;
import static io.aiplatform.security.core.validate.rules.Maps.at;
import static io.aiplatform.security.core.validate.rules.Maps.list;
import static io.aiplatform.security.core.validate.rules.Maps.map;
import static io.aiplatform.security.core.validate.rules.Maps.strings;

import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.convention.ServiceAccounts;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The logic of the workload rules (Pod Security Standards "restricted" and service wiring). */
final class WorkloadChecks {


    private WorkloadChecks() {
    }

    /** A workload manifest with its pod template's metadata and spec. */
    record PodTemplate(Manifest manifest, Map<String, Object> metadata, Map<String, Object> spec) {
        List<Map<String, Object>> containers() {
            List<Map<String, Object>> all = new ArrayList<>();
            list(spec.get("initContainers")).forEach(c -> all.add(map(c)));
            list(spec.get("containers")).forEach(c -> all.add(map(c)));
            return all;
        }
    }

    /** The pod templates of every workload manifest, computed once per validation. */
    static List<PodTemplate> templates(ValidationContext c) {
        return c.shared("pod templates", () -> List.copyOf(findTemplates(c)));
    }

    private static List<PodTemplate> findTemplates(ValidationContext c) {
        List<PodTemplate> result = new ArrayList<>();
        for (Manifest m : c.manifests()) {
            String kind = m.kind();
            if (kind == null) {
                continue;
            }
            Object template = Topology.TEMPLATED.contains(kind) ? at(m.content(), "spec", "template")
                    : kind.equals("CronJob") ? at(m.content(), "spec", "jobTemplate", "spec", "template")
                    : kind.equals("Pod") ? m.content() : null;
            if (template != null) {
                result.add(new PodTemplate(m, map(map(template).get("metadata")), map(map(template).get("spec"))));
            }
        }
        return result;
    }

    /**
     * The pod templates that the Pod Security level of their namespace holds to {@code level}: a
     * Namespace manifest's {@code pod-security.kubernetes.io/enforce} label decides, restricted when
     * there is none, so that validation checks what admission would enforce, no more and no less.
     */
    static List<PodTemplate> templates(ValidationContext c, PodSecurityLevel level) {
        List<PodTemplate> result = new ArrayList<>();
        for (PodTemplate t : templates(c)) {
            String ns = t.manifest().namespace() != null ? t.manifest().namespace() : c.namespace();
            if (c.podSecurityLevel(ns).atLeast(level)) {
                result.add(t);
            }
        }
        return result;
    }

    /** Namespaces whose Pod Security labels are missing, unpinned or weaker than restricted. */
    static List<Hit> namespaceLabels(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("Namespace")) {
            Map<String, Object> labels = map(m.metadata().get("labels"));
            Object enforce = labels.get(PodSecurityLevel.LABEL_PREFIX + "enforce");
            Object version = labels.get(PodSecurityLevel.LABEL_PREFIX + "enforce-version");
            if (enforce == null) {
                hits.add(Hit.on(m, "has no " + PodSecurityLevel.LABEL_PREFIX + "enforce label: admission enforces only the"
                        + " cluster's default level (privileged unless configured)"));
            } else if (PodSecurityLevel.of(String.valueOf(enforce)) == null) {
                hits.add(Hit.on(m, "enforces '" + enforce + "', which is not restricted, baseline or privileged"));
            } else if (!PodSecurityLevel.of(String.valueOf(enforce)).atLeast(PodSecurityLevel.RESTRICTED)) {
                hits.add(Hit.on(m, "enforces only " + enforce + "; pods may run without the restricted profile's"
                        + " protections (validate-security checks them at that level too)"));
            } else if (version == null || "latest".equals(String.valueOf(version))) {
                hits.add(Hit.on(m, "enforces restricted at version " + (version == null ? "latest (no enforce-version)"
                        : "latest") + ": a cluster upgrade can change what is admitted; pin enforce-version (e.g. "
                        + PodSecurityLevel.DEFAULT_VERSION + ")"));
            }
        }
        return hits;
    }

    private static List<Hit> perContainer(ValidationContext c, BiFunction<PodTemplate, Map<String, Object>, String> f) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : templates(c, PodSecurityLevel.RESTRICTED)) {
            for (Map<String, Object> container : t.containers()) {
                String msg = f.apply(t, container);
                if (msg != null) {
                    hits.add(Hit.on(t.manifest(), "container " + container.get("name") + " " + msg));
                }
            }
        }
        return hits;
    }

    private static Object podOrContainer(PodTemplate t, Map<String, Object> container, String field) {
        Object own = map(container.get("securityContext")).get(field);
        return own != null ? own : map(t.spec().get("securityContext")).get(field);
    }

    static List<Hit> runAsNonRoot(ValidationContext c) {
        return perContainer(c, (t, ct) -> Boolean.TRUE.equals(podOrContainer(t, ct, "runAsNonRoot")) ? null
                : "may run as root: securityContext.runAsNonRoot is not true");
    }

    static List<Hit> privilegeEscalation(ValidationContext c) {
        return perContainer(c, (t, ct) -> Boolean.FALSE.equals(map(ct.get("securityContext")).get("allowPrivilegeEscalation"))
                ? null : "does not set securityContext.allowPrivilegeEscalation: false");
    }

    static List<Hit> capabilities(ValidationContext c) {
        return perContainer(c, (t, ct) -> {
            Map<String, Object> caps = map(map(ct.get("securityContext")).get("capabilities"));
            if (!strings(caps.get("drop")).contains("ALL")) {
                return "does not drop ALL capabilities";
            }
            List<String> added = strings(caps.get("add")).stream().filter(a -> !a.equals("NET_BIND_SERVICE")).toList();
            return added.isEmpty() ? null : "adds capabilities " + added;
        });
    }

    static List<Hit> seccomp(ValidationContext c) {
        return perContainer(c, (t, ct) -> {
            Object type = map(podOrContainer(t, ct, "seccompProfile")).get("type");
            return "RuntimeDefault".equals(type) || "Localhost".equals(type) ? null
                    : "has no seccompProfile of type RuntimeDefault or Localhost";
        });
    }

    static List<Hit> readOnlyRootFilesystem(ValidationContext c) { // the guide's, not a Pod Security level's: every pod
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : templates(c)) {
            for (Map<String, Object> container : t.containers()) {
                if (!Boolean.TRUE.equals(map(container.get("securityContext")).get("readOnlyRootFilesystem"))) {
                    hits.add(Hit.on(t.manifest(), "container " + container.get("name") + " has a writable root filesystem"));
                }
            }
        }
        return hits;
    }

    static List<Hit> hostNamespaces(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : templates(c, PodSecurityLevel.BASELINE)) {
            for (String field : List.of("hostNetwork", "hostPID", "hostIPC")) {
                if (Boolean.TRUE.equals(t.spec().get(field))) {
                    hits.add(Hit.on(t.manifest(), "sets " + field + ": true"));
                }
            }
        }
        return hits;
    }

    static List<Hit> hostPath(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : templates(c, PodSecurityLevel.BASELINE)) {
            for (Object v : list(t.spec().get("volumes"))) {
                if (map(v).get("hostPath") != null) {
                    hits.add(Hit.on(t.manifest(), "mounts the host path volume " + map(v).get("name")));
                }
            }
        }
        return hits;
    }

    private static String serviceAccount(PodTemplate t) {
        Object sa = t.spec().get("serviceAccountName");
        if (sa == null) {
            sa = t.spec().get("serviceAccount");
        }
        return sa == null ? "default" : String.valueOf(sa);
    }

    static List<Hit> defaultServiceAccount(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : templates(c)) {
            if ("default".equals(serviceAccount(t))) {
                hits.add(Hit.on(t.manifest(), "runs as the namespace's default ServiceAccount"));
            }
        }
        return hits;
    }

    static List<Hit> serviceMismatch(ValidationContext c) {
        if (c.graph() == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : templates(c)) {
            Map<String, Object> labels = map(t.metadata().get("labels"));
            Service service = c.graph().service(String.valueOf(t.manifest().name()))
                    .or(() -> c.graph().service(String.valueOf(labels.get(Labels.NAME)))).orElse(null);
            if (service == null) {
                continue;
            }
            for (Map.Entry<String, String> l : service.labels().entrySet()) {
                if (!l.getValue().equals(String.valueOf(labels.get(l.getKey())))) {
                    hits.add(Hit.on(t.manifest(), "pod labels lack " + l.getKey() + "=" + l.getValue()
                            + ", so the policies of service " + service.name() + " select none of its pods"));
                }
            }
            String expected = ServiceAccounts.of(service.name());
            if (!expected.equals(serviceAccount(t))) {
                hits.add(Hit.on(t.manifest(), "uses ServiceAccount " + serviceAccount(t) + ", not " + expected
                        + ", so the Role generated for service " + service.name() + " is never used"));
            }
        }
        return hits;
    }
}
