package io.aiplatform.security.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Changes of encryption at rest (the providers of each resource, in order) and of each namespace's Pod
 * Security labels, as plain lines: {@code secrets: secretbox(key1), identity → aescbc(key2), identity}.
 */
public final class SettingChanges {

    private SettingChanges() {
    }

    /** Nothing when either side has no EncryptionConfiguration: the GitOps copy holds manifests only. */
    public static List<String> encryption(SortedMap<String, String> base, SortedMap<String, String> now) {
        return base == null || now == null ? List.of() : changes(base, now);
    }

    public static List<String> podSecurity(SortedMap<String, SortedMap<String, String>> base,
                                           SortedMap<String, SortedMap<String, String>> now) {
        TreeSet<String> namespaces = new TreeSet<>(base.keySet());
        namespaces.retainAll(now.keySet()); // a namespace only one side writes is not a change of its level
        List<String> lines = new ArrayList<>();
        for (String ns : namespaces) {
            changes(base.get(ns), now.get(ns)).forEach(line -> lines.add("namespace " + ns + " " + line));
        }
        return lines;
    }

    private static List<String> changes(SortedMap<String, String> base, SortedMap<String, String> now) {
        TreeSet<String> keys = new TreeSet<>(base.keySet());
        keys.addAll(now.keySet());
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            String before = base.get(key);
            String after = now.get(key);
            if (before == null || !before.equals(after)) {
                lines.add(key + ": " + (before == null ? "(none)" : before) + " → " + (after == null ? "(none)" : after));
            }
        }
        return lines;
    }
}
