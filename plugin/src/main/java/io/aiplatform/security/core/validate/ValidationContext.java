package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.connectivity.Topology;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.connectivity.WorkloadIndex;
import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What the rules look at: every manifest (indexed by kind), the user's workloads, the service
 * graph when there is a project, and the files under Git-tracked folders (for key material that
 * must not be there).
 */
public final class ValidationContext {

    private final List<Manifest> manifests;
    private final ServiceGraph graph;
    private final String namespace;
    private final Map<Path, String> trackedFiles;
    private final boolean aesgcmRotationAutomated;
    private final boolean keyAtDeploy;
    private Path fileBase;
    private final Map<String, List<Manifest>> byKind = new HashMap<>();
    private Topology topology;
    private WorkloadIndex knownWorkloads;

    /**
     * @param graph                   the declared service graph, or null when validating standalone
     * @param namespace               the platform namespace, or null
     * @param trackedFiles            text of files under Git-tracked folders, by displayed path
     * @param aesgcmRotationAutomated the operator rotates aesgcm keys automatically
     */
    public ValidationContext(List<Manifest> manifests, ServiceGraph graph, String namespace,
                             Map<Path, String> trackedFiles, boolean aesgcmRotationAutomated) {
        this(manifests, graph, namespace, trackedFiles, aesgcmRotationAutomated, false);
    }

    /** As above; {@code keyAtDeploy}: the deployment replaces the key placeholder (encryptionKeySource=deploy). */
    public ValidationContext(List<Manifest> manifests, ServiceGraph graph, String namespace,
                             Map<Path, String> trackedFiles, boolean aesgcmRotationAutomated, boolean keyAtDeploy) {
        this.keyAtDeploy = keyAtDeploy;
        this.manifests = List.copyOf(manifests);
        this.graph = graph;
        this.namespace = namespace;
        this.trackedFiles = Map.copyOf(trackedFiles);
        this.aesgcmRotationAutomated = aesgcmRotationAutomated;
        for (Manifest m : this.manifests) {
            if (m.kind() != null) {
                byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            }
        }
    }

    /** The same context, with the folder that the manifests' relative file names are relative to. */
    public ValidationContext withFileBase(Path base) {
        ValidationContext c = new ValidationContext(manifests, graph, namespace, trackedFiles, aesgcmRotationAutomated,
                keyAtDeploy);
        c.fileBase = base;
        return c;
    }

    /** Where a manifest's file is on disk: its name as displayed, resolved against the file base when relative. */
    public Path fileOf(Manifest m) {
        return fileBase == null || m.file().isAbsolute() ? m.file().toAbsolutePath() : fileBase.resolve(m.file());
    }

    public List<Manifest> manifests() {
        return manifests;
    }

    public ServiceGraph graph() {
        return graph;
    }

    public String namespace() {
        return namespace;
    }

    public Map<Path, String> trackedFiles() {
        return trackedFiles;
    }

    public boolean aesgcmRotationAutomated() {
        return aesgcmRotationAutomated;
    }

    /** Whether the deployment, not the build, supplies the encryption key (a placeholder is then expected). */
    public boolean keyAtDeploy() {
        return keyAtDeploy;
    }

    /** The manifests of the given kinds, in input order. */
    public List<Manifest> ofKind(String... kinds) {
        if (kinds.length == 1) {
            return byKind.getOrDefault(kinds[0], List.of());
        }
        return shared("kinds " + String.join(",", kinds), () -> {
            List<String> k = List.of(kinds);
            return manifests.stream().filter(m -> m.kind() != null && k.contains(m.kind())).toList();
        });
    }

    /** The policies and workloads of the manifests as the connectivity engine sees them, computed once. */
    public synchronized Topology topology() {
        if (topology == null) {
            topology = Topology.of(manifests.stream().map(Manifest::content).toList());
        }
        return topology;
    }

    /** Workloads declared in the manifests (Deployments, StatefulSets, ..., Pods). */
    public List<Workload> userWorkloads() {
        return topology().workloads();
    }

    /** The NetworkPolicies that convert to the model and have a spec (a malformed one is the schema stage's), converted once with the topology. */
    public List<NetworkPolicy> networkPolicies() {
        return topology().convertiblePolicies();
    }

    /**
     * The workloads the rules check policies against, indexed by label: the user's own when the
     * manifests declare any (or without a graph), else one per service of the graph.
     */
    public synchronized WorkloadIndex knownWorkloads() {
        if (knownWorkloads == null) {
            List<Workload> user = userWorkloads();
            if (!user.isEmpty() || graph == null) {
                knownWorkloads = new WorkloadIndex(user);
            } else {
                List<Workload> fromGraph = new ArrayList<>();
                for (Service s : graph.services()) {
                    fromGraph.add(Workload.of(s.name(), namespace, s.labels(), s.ports()));
                }
                knownWorkloads = new WorkloadIndex(fromGraph);
            }
        }
        return knownWorkloads;
    }

    /**
     * The Pod Security level enforced in {@code namespace}: the {@code pod-security.kubernetes.io/enforce}
     * label of its Namespace manifest, or restricted when none is among the manifests (the level the
     * plugin generates and checks by default).
     */
    public PodSecurityLevel podSecurityLevel(String namespace) {
        for (Manifest m : ofKind("Namespace")) {
            if (namespace != null && namespace.equals(m.name())) {
                Object labels = m.metadata().get("labels");
                Object enforce = labels instanceof Map<?, ?> l ? l.get(PodSecurityLevel.LABEL_PREFIX + "enforce") : null;
                var level = PodSecurityLevel.of(enforce == null ? null : enforce.toString());
                return level == null ? PodSecurityLevel.RESTRICTED : level;
            }
        }
        return PodSecurityLevel.RESTRICTED;
    }

    private final Map<String, FutureTask<Object>> memo = new ConcurrentHashMap<>();

    /**
     * A value derived from the manifests, computed once per validation and shared by every rule that
     * needs it (e.g. the pod templates of all workloads, which most workload rules walk). Rules run in
     * parallel: the first to ask computes it, the others wait for that value; different values are
     * computed at the same time.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> compute) {
        FutureTask<Object> task = new FutureTask<>(compute::get);
        FutureTask<Object> existing = memo.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return (T) existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
