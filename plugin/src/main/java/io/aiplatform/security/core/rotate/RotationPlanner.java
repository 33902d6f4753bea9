package io.aiplatform.security.core.rotate;

import io.aiplatform.security.core.support.EncryptionConfigLimits;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plans a key rotation or provider migration after the upstream procedure. With several API
 * servers: add the new key (or provider) in second place everywhere and restart all; promote it to
 * first and restart all; re-encrypt every Secret; remove the old key. Because every server can read
 * the new key before any server writes with it, a rolling restart never leaves a Secret unreadable.
 * With one server the first two steps collapse into one.
 */
public final class RotationPlanner {

    public static final String TARGET = "/etc/kubernetes/enc/encryption-config.yaml";

    /** Settings of a plan. */
    public record Settings(int apiServers, String targetProvider, LocalDate today, boolean automaticReload,
                           Map<String, Object> kms) {
    }

    /**
     * @param newSecret supplies the new key's base64 material (random, or a placeholder); called at most once
     */
    public RotationPlan plan(List<ProviderConfig> current, Settings settings, Supplier<String> newSecret)
            throws InvalidInputException {
        return plan(EncryptionConfigDocument.secretsOnly(current), settings, newSecret);
    }

    /**
     * Plans the block of {@code document} that applies to Secrets (with every other resource it
     * lists); every other block is carried unchanged through every step.
     */
    public RotationPlan plan(EncryptionConfigDocument document, Settings settings, Supplier<String> newSecret)
            throws InvalidInputException {
        List<ProviderConfig> current = document.rotatedBlock().providers();
        if (settings.apiServers() < 1) {
            throw new InvalidInputException(new Problem(null, 0, null, "apiServers must be at least 1"));
        }
        ProviderConfig first = current.get(0);
        String to = settings.targetProvider() == null || settings.targetProvider().isBlank()
                ? first.type() : settings.targetProvider();
        if (EncryptionProvider.IDENTITY.is(to)) {
            throw new InvalidInputException(new Problem(null, 0, null, "cannot rotate to identity: that would store"
                    + " Secrets in plain text; choose secretbox, aesgcm, aescbc or kms"));
        }
        List<String> notes = new ArrayList<>();
        List<ProviderConfig> rest = current.stream().skip(1).filter(p -> !p.isIdentity()).toList();
        boolean identityLast = current.stream().anyMatch(ProviderConfig::isIdentity);

        ProviderConfig newProvider;
        EncryptionKeyEntry newKey = null;
        if (EncryptionProvider.KMS.is(to)) {
            if (first.isKms() && !first.isKmsV1()) {
                newProvider = first;
            } else if (first.isKmsV1() && (settings.kms() == null || settings.kms().get("name") == null)) {
                // KMS v1 has no key ID to rotate in the KMS: the plan moves to KMS v2 through the same plugin
                String name = first.kms().get("name") + "-v2";
                newProvider = new ProviderConfig(EncryptionProvider.KMS.id(), List.of(), Map.of("apiVersion", "v2", "name", name,
                        "endpoint", first.kms().get("endpoint"), "timeout", first.kms().getOrDefault("timeout", "3s")));
                notes.add("KMS v1 is deprecated and disabled by default since Kubernetes 1.29; this plan migrates to KMS v2"
                        + " as '" + name + "' on the same endpoint (" + first.kms().get("endpoint") + "); the plugin must"
                        + " serve the KMS v2 API there, or name another with -Dai-security.kmsName and -Dai-security.kmsEndpoint");
            } else {
                if (settings.kms() == null || settings.kms().get("name") == null || settings.kms().get("endpoint") == null) {
                    throw new InvalidInputException(new Problem(null, 0, null, "migrating to kms needs kmsName and"
                            + " kmsEndpoint (-Dai-security.kmsName=... -Dai-security.kmsEndpoint=unix:///...)"));
                }
                for (String problem : new String[] {EncryptionConfigLimits.endpointProblem(settings.kms().get("endpoint")),
                        EncryptionConfigLimits.timeoutProblem(settings.kms().get("timeout")),
                        EncryptionConfigLimits.kmsNameProblem(settings.kms().get("name"), "v2")}) {
                    if (problem != null) {
                        throw new InvalidInputException(new Problem(null, 0, null, "kms " + problem
                                + " (-Dai-security.kmsName, -Dai-security.kmsEndpoint, -Dai-security.kmsTimeout)"));
                    }
                }
                newProvider = new ProviderConfig(EncryptionProvider.KMS.id(), List.of(), Map.of("apiVersion", "v2", "name",
                        settings.kms().get("name"), "endpoint", settings.kms().get("endpoint"), "timeout",
                        settings.kms().getOrDefault("timeout", "3s")));
            }
        } else {
            newKey = new EncryptionKeyEntry(uniqueName(current, settings.today()), newSecret.get());
            List<EncryptionKeyEntry> keys = new ArrayList<>();
            keys.add(newKey);
            newProvider = new ProviderConfig(to, keys, Map.of());
        }
        if (EncryptionProvider.AESGCM.is(to)) {
            notes.add("aesgcm keys must be rotated at least every 200,000 writes; automate this rotation, or move to"
                    + " secretbox or kms v2");
        }
        if (EncryptionProvider.AESCBC.is(to)) {
            notes.add("aescbc is weak (padding oracle) according to the Kubernetes documentation; prefer secretbox or kms v2");
        }
        if (first.isIdentity()) {
            notes.add("the current configuration stores Secrets in plain text (identity first): this plan is the"
                    + " first encryption of an existing cluster");
        }
        for (ResourceBlock other : document.untouched()) {
            notes.add("resources " + other.resources() + " (" + PlanWriter.describe(other.providers()) + ") are carried"
                    + " unchanged through every step; this plan does not rotate their keys");
        }

        List<ProviderConfig> tail = new ArrayList<>();
        if (identityLast || first.isIdentity()) {
            tail.add(ProviderConfig.identity());
        }
        List<RotationStep> steps = new ArrayList<>();
        Ops ops = new Ops(settings);
        boolean kmsInPlace = first.isKms() && !first.isKmsV1() && EncryptionProvider.KMS.is(to);
        if (kmsInPlace) {
            steps.add(new RotationStep(1, "rotate-in-kms", "Rotate the key in the KMS",
                    "KMS v2 has no local key: a new key version in the KMS is picked up by the API servers through the"
                            + " KMS plugin's key ID; nothing is installed on the control plane.",
                    null, List.of("create a new key version in the KMS behind plugin '" + first.kms().get("name")
                            + "' (for example: rotate the key in Vault, AWS KMS, Azure Key Vault or Cloud KMS)",
                            "wait until every API server reports the new key ID: watch"
                                    + " apiserver_envelope_encryption_key_id_hash_total on each server's /metrics"),
                    List.of("kubectl get --raw /metrics | grep apiserver_envelope_encryption_key_id_hash_total shows the new"
                            + " key ID hash on every API server"),
                    List.of("make the previous key version primary again in the KMS; keep both versions enabled until"
                            + " the re-encryption is done")));
        } else {
            List<ProviderConfig> oldFirst = new ArrayList<>();
            oldFirst.add(first);
            oldFirst.addAll(rest);
            List<ProviderConfig> newFirstWithOld = new ArrayList<>();
            if (to.equals(first.type()) && !first.isKms()) {
                List<EncryptionKeyEntry> both = new ArrayList<>(newProvider.keys());
                both.addAll(first.keys());
                newFirstWithOld.add(first.withKeys(both));
            } else {
                newFirstWithOld.add(newProvider);
                if (!first.isIdentity()) {
                    newFirstWithOld.add(first);
                }
            }
            newFirstWithOld.addAll(rest);
            newFirstWithOld.addAll(tail.isEmpty() ? List.of() : tail);
            if (settings.apiServers() > 1) {
                List<ProviderConfig> add = new ArrayList<>();
                if (to.equals(first.type()) && !first.isKms()) {
                    List<EncryptionKeyEntry> both = new ArrayList<>(first.keys());
                    both.addAll(newProvider.keys());
                    add.add(first.withKeys(both));
                    add.addAll(rest);
                } else {
                    add.addAll(oldFirst);
                    add.add(newProvider);
                }
                if (!first.isIdentity()) {
                    add.addAll(tail);
                }
                steps.add(ops.configStep(steps.size() + 1, "add-new-key", "Add the new key in second place on every API server",
                        "Every API server learns to read the new key before any server writes with it.", add,
                        first.prefix(), "the current configuration (the file installed before this plan)"));
            }
            String promoteRollback = settings.apiServers() > 1
                    ? "the configuration of step 1 (" + RotationStep.fileName(1, "add-new-key") + "): the new key stays readable"
                    : "the current configuration (the file installed before this plan); Secrets written with the new key"
                    + " become unreadable, so roll back only before any Secret was written";
            steps.add(ops.configStep(steps.size() + 1, settings.apiServers() > 1 ? "promote-new-key" : "new-key-first",
                    settings.apiServers() > 1 ? "Promote the new key to first place on every API server"
                            : "Install the new key in first place",
                    settings.apiServers() > 1 ? "Every server already reads the new key, so it is now safe to write with it."
                            : "A single API server reads and writes with the same configuration.",
                    newFirstWithOld, newProvider.prefix(), promoteRollback));
        }
        steps.add(ops.reencrypt(steps.size() + 1, newProvider.prefix(), document.rotatedBlock().resources()));
        boolean somethingToRemove = !kmsInPlace && !first.isIdentity();
        if (somethingToRemove) {
            List<ProviderConfig> last = new ArrayList<>();
            last.add(newProvider);
            last.addAll(tail);
            steps.add(ops.configStep(steps.size() + 1, "remove-old-key", "Remove the old key from every API server",
                    "No Secret is stored under the old key any more (the re-encryption rewrote them all).", last,
                    newProvider.prefix(), "the configuration of step " + (steps.size() - 1) + ": it still holds the old key"));
        }
        return new RotationPlan(first.type(), to, settings.apiServers(), current, newKey, steps, notes, document);
    }

    static String uniqueName(List<ProviderConfig> current, LocalDate today) {
        String base = "key-" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
        List<String> names = current.stream().flatMap(p -> p.keys().stream()).map(EncryptionKeyEntry::name).toList();
        String name = base;
        for (int i = 2; names.contains(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** The commands and checks shared by the steps. */
    private record Ops(Settings settings) {

        RotationStep configStep(int number, String slug, String title, String why, List<ProviderConfig> providers,
                                String expectedPrefix, String rollbackTo) {
            String file = RotationStep.fileName(number, slug);
            List<String> commands = new ArrayList<>();
            for (int i = 1; i <= settings.apiServers(); i++) {
                String node = "<control-plane-" + i + ">";
                commands.add("scp " + file + " " + node + ":/tmp/" + file);
                commands.add("ssh " + node + " sudo cp /tmp/" + file + " " + TARGET);
                commands.add("ssh " + node + " sudo chmod 600 " + TARGET);
                commands.add("ssh " + node + " sudo chown root:root " + TARGET);
                commands.add("ssh " + node + " shred -u /tmp/" + file);
                if (settings.automaticReload()) {
                    commands.add("wait until apiserver_encryption_config_controller_automatic_reloads_total{status=\"success\"}"
                            + " grows on " + node + " (kubectl get --raw /metrics via that server)");
                } else {
                    commands.add("ssh " + node + " 'sudo mv /etc/kubernetes/manifests/kube-apiserver.yaml /tmp/ && sleep 20"
                            + " && sudo mv /tmp/kube-apiserver.yaml /etc/kubernetes/manifests/'   # restart this API server only");
                    commands.add("until curl -ksf https://" + node + ":6443/healthz; do sleep 2; done   # before the next server");
                }
            }
            List<String> checks = List.of(
                    "every API server is healthy: kubectl get --raw /healthz on each",
                    "kubectl create secret generic ai-security-rotation-probe -n default --from-literal=probe=" + number
                            + " --dry-run=client -o yaml | kubectl apply -f -",
                    "on a control-plane node: " + etcdGet("/registry/secrets/default/ai-security-rotation-probe")
                            + " shows the stored value starting with " + expectedPrefix,
                    "kubectl get --raw /metrics | grep apiserver_storage_transformation_operations_total shows"
                            + " transformer_prefix=\"" + transformerPrefix(expectedPrefix) + "\" with status OK");
            List<String> rollback = List.of("install " + rollbackTo + " on every API server the same way, one server at a time");
            return new RotationStep(number, slug, title, why, providers, commands, checks, rollback);
        }

        RotationStep reencrypt(int number, String expectedPrefix, List<String> resources) {
            List<String> commands = new ArrayList<>();
            for (String resource : resources) {
                commands.add(rewrite(resource));
            }
            commands.add("# or, where the StorageVersionMigration API is enabled (Kubernetes 1.30+, alpha), apply a"
                    + " StorageVersionMigration for each resource above");
            boolean onlySecrets = resources.equals(List.of("secrets"));
            return new RotationStep(number, "re-encrypt", onlySecrets ? "Re-encrypt every Secret with the new key"
                            : "Re-encrypt every Secret and every other resource of " + resources + " with the new key",
                    "Rewriting each object stores it with the first provider; afterwards no object of " + resources
                            + " uses the old key.",
                    null,
                    commands,
                    List.of("for a sample of Secrets: " + etcdGet("/registry/secrets/<ns>/<name>")
                                    + " shows the stored value starting with " + expectedPrefix,
                            "apiserver_storage_transformation_operations_total for the old transformer_prefix stops growing"),
                    List.of("nothing to undo: re-encryption only rewrites Secrets with keys every server reads; it can be"
                            + " run again"));
        }

        /** The command that rewrites every object of a resource entry ({@code secrets}, {@code *.apps}, {@code *.*}). */
        private static String rewrite(String resource) {
            String each = " | while read r; do kubectl get \"$r\" --all-namespaces -o json | kubectl replace -f -; done";
            if (resource.equals("*.*")) {
                return "kubectl api-resources --verbs=list,update -o name" + each;
            }
            if (resource.equals("*.")) {
                return "kubectl api-resources --api-group='' --verbs=list,update -o name" + each;
            }
            if (resource.startsWith("*.")) {
                return "kubectl api-resources --api-group=" + resource.substring(2) + " --verbs=list,update -o name" + each;
            }
            return "kubectl get " + resource + " --all-namespaces -o json | kubectl replace -f -";
        }

        /**
         * Reads a key's stored value straight from etcd (only the value, so that its first bytes are the
         * encryption prefix), with the client certificate kubeadm gives the API server.
         */
        static String etcdGet(String key) {
            return "sudo ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379"
                    + " --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/apiserver-etcd-client.crt"
                    + " --key=/etc/kubernetes/pki/apiserver-etcd-client.key get " + key
                    + " --print-value-only | head -c 64 | hexdump -C";
        }

        private static String transformerPrefix(String prefix) {
            int keyStart = prefix.lastIndexOf(':', prefix.length() - 2);
            return prefix.startsWith("k8s:enc:") && keyStart > 0 ? prefix.substring(0, keyStart + 1) : prefix;
        }
    }
}
