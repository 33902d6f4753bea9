package io.aiplatform.security.core.validate.rules;

import static io.aiplatform.security.core.validate.rules.Maps.list;
import static io.aiplatform.security.core.validate.rules.Maps.map;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import io.aiplatform.security.core.validate.rules.WorkloadChecks.PodTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks users expect of ordinary application manifests: images, resources, probes, the
 * default namespace, Secrets in the environment, user ids and security contexts, workloads no
 * NetworkPolicy selects, and a pod's own token automount.
 */
final class ApplicationChecks {

    /** Kinds that run until stopped: they need probes (a Job or CronJob runs to completion). */
    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");
    /** Below this, a user id may be one the node uses too. */
    static final int MIN_USER_ID = 10000;

    private ApplicationChecks() {
    }

    static List<Hit> mutableImages(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : WorkloadChecks.templates(c)) {
            for (Map<String, Object> ct : t.containers()) {
                String image = String.valueOf(ct.get("image"));
                if (image.contains("@sha256:")) {
                    continue;
                }
                int slash = image.lastIndexOf('/');
                int colon = image.lastIndexOf(':');
                String tag = colon > slash ? image.substring(colon + 1) : null;
                Object policy = ct.get("imagePullPolicy");
                if (tag == null || RollingTags.moves(tag)) {
                    hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " runs image " + image + " ("
                            + (tag == null ? "no tag: latest" : "tag " + tag + ", which moves") + ", no digest): what runs"
                            + " changes without a change to the manifest"));
                } else if (!"Always".equals(policy)) {
                    hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " runs image " + image + " by tag"
                            + " without a digest and with imagePullPolicy " + (policy == null ? "IfNotPresent (default)"
                            : policy) + ": nodes may run different images for the same tag"));
                }
            }
        }
        return hits;
    }

    static List<Hit> resources(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : WorkloadChecks.templates(c)) {
            for (Map<String, Object> ct : t.containers()) {
                Map<String, Object> resources = map(ct.get("resources"));
                List<String> missing = new ArrayList<>();
                if (!map(resources.get("requests")).containsKey("cpu")) {
                    missing.add("requests.cpu");
                }
                if (!map(resources.get("requests")).containsKey("memory")) {
                    missing.add("requests.memory");
                }
                if (!map(resources.get("limits")).containsKey("memory")) {
                    missing.add("limits.memory");
                }
                if (!missing.isEmpty()) {
                    hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " sets no " + String.join(", ", missing)));
                }
            }
        }
        return hits;
    }

    static List<Hit> probes(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : WorkloadChecks.templates(c)) {
            if (!LONG_RUNNING.contains(t.manifest().kind())) {
                continue;
            }
            for (Object o : list(t.spec().get("containers"))) {
                Map<String, Object> ct = map(o);
                List<String> missing = new ArrayList<>();
                for (String probe : List.of("livenessProbe", "readinessProbe")) {
                    if (ct.get(probe) == null) {
                        missing.add(probe);
                    }
                }
                if (!missing.isEmpty()) {
                    hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " has no " + String.join(" or ", missing)));
                }
            }
        }
        return hits;
    }

    static List<Hit> defaultNamespace(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.manifests()) {
            if ("default".equals(m.namespace())) {
                hits.add(Hit.on(m, "is in the namespace default, which every user and tool falls back to"));
            }
        }
        return hits;
    }

    static List<Hit> secretsInEnvironment(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : WorkloadChecks.templates(c)) {
            for (Map<String, Object> ct : t.containers()) {
                for (Object e : list(ct.get("env"))) {
                    Map<String, Object> ref = map(map(map(e).get("valueFrom")).get("secretKeyRef"));
                    if (!ref.isEmpty()) {
                        hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " reads Secret " + ref.get("name")
                                + " key " + ref.get("key") + " into the variable " + map(e).get("name")));
                    }
                }
                for (Object e : list(ct.get("envFrom"))) {
                    Map<String, Object> ref = map(map(e).get("secretRef"));
                    if (!ref.isEmpty()) {
                        hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " reads every key of Secret "
                                + ref.get("name") + " into its environment"));
                    }
                }
            }
        }
        return hits;
    }

    static List<Hit> userIds(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (PodTemplate t : WorkloadChecks.templates(c)) {
            Map<String, Object> pod = map(t.spec().get("securityContext"));
            for (Map<String, Object> ct : t.containers()) {
                Map<String, Object> own = map(ct.get("securityContext"));
                if (pod.isEmpty() && own.isEmpty()) {
                    hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " has no securityContext, in the pod"
                            + " or its own: it runs with the image's and the runtime's defaults"));
                    continue;
                }
                Object user = own.get("runAsUser") != null ? own.get("runAsUser") : pod.get("runAsUser");
                if (user instanceof Number n && n.longValue() < MIN_USER_ID) {
                    hits.add(Hit.on(t.manifest(), "container " + ct.get("name") + " runs as user " + n
                            + ", below " + MIN_USER_ID + ", where it may share an id with a user of the node"));
                }
            }
        }
        return hits;
    }

    static List<Hit> unselectedWorkloads(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        if (c.ofKind("NetworkPolicy").isEmpty()) {
            return hits; // NETPOL-DEFAULT-DENY reports the namespace
        }
        var analyzer = new ConnectivityAnalyzer(c.networkPolicies(), c.userWorkloads());
        for (Workload w : c.userWorkloads()) {
            boolean ingress = !analyzer.ingressPoliciesOf(w).isEmpty();
            boolean egress = !analyzer.egressPoliciesOf(w).isEmpty();
            if (!ingress || !egress) {
                Manifest m = c.manifests().stream().filter(x -> w.kind().equals(x.kind()) && w.name().equals(x.name())
                        && w.namespace().equals(x.namespace() == null ? "default" : x.namespace())).findFirst().orElse(null);
                String what = "no NetworkPolicy selects its pods for " + (!ingress && !egress ? "ingress or egress"
                        : !ingress ? "ingress" : "egress") + ": that traffic is open";
                hits.add(m != null ? Hit.on(m, what) : Hit.at(null, 0, w.kind() + "/" + w.namespace() + "/" + w.name(), what));
            }
        }
        return hits;
    }

    static List<Hit> podTokenAutomount(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        Map<String, Object> accounts = new HashMap<>();
        for (Manifest sa : c.ofKind("ServiceAccount")) {
            accounts.put((sa.namespace() == null ? "default" : sa.namespace()) + "/" + sa.name(),
                    sa.content().get("automountServiceAccountToken"));
        }
        Set<String> bound = new HashSet<>();
        for (Manifest b : c.ofKind("RoleBinding", "ClusterRoleBinding")) {
            for (Object s : list(b.content().get("subjects"))) {
                Map<String, Object> subject = map(s);
                if ("ServiceAccount".equals(subject.get("kind"))) {
                    bound.add((subject.get("namespace") != null ? subject.get("namespace")
                            : b.namespace() == null ? "default" : b.namespace()) + "/" + subject.get("name"));
                }
            }
        }
        for (PodTemplate t : WorkloadChecks.templates(c)) {
            Object own = t.spec().get("automountServiceAccountToken");
            if (Boolean.FALSE.equals(own)) {
                continue;
            }
            Object sa = t.spec().get("serviceAccountName") != null ? t.spec().get("serviceAccountName") : "default";
            String ns = t.manifest().namespace() == null ? "default" : t.manifest().namespace();
            Object accountSays = accounts.get(ns + "/" + sa);
            if (own == null && Boolean.FALSE.equals(accountSays) || bound.contains(ns + "/" + sa)) {
                continue; // no token, or one its Role bindings give a use
            }
            hits.add(Hit.on(t.manifest(), "mounts the API token of ServiceAccount " + sa + (Boolean.TRUE.equals(own)
                    ? " (automountServiceAccountToken: true in the pod spec)" : " (neither the pod spec nor"
                    + (accounts.containsKey(ns + "/" + sa) ? " the ServiceAccount" : " a ServiceAccount among the files")
                    + " turns it off)") + ", which no Role binding gives any permission"));
        }
        return hits;
    }
}
