package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.validate.Manifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Manifests of a test layer, written as YAML documents, and the policies tests build them from. */
final class Layers {

    static final String NS = "shop";

    private Layers() {
    }

    @SuppressWarnings("unchecked")
    static List<Manifest> of(String... yaml) {
        List<Manifest> out = new ArrayList<>();
        for (String text : yaml) {
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                if (doc != null) {
                    out.add(new Manifest(Path.of("layer.yaml"), 1, (Map<String, Object>) doc));
                }
            }
        }
        return out;
    }

    static String denyAll() {
        return """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: default-deny-all, namespace: shop}
                spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
                """;
    }

    /** A policy of {@code app} that lets it call {@code callee} on {@code ports} (a YAML list of port entries). */
    static String egress(String name, String app, String callee, String ports) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: " + name + ", namespace: shop}\n"
                + "spec:\n  podSelector: {matchLabels: {app.kubernetes.io/name: " + app + "}}\n  policyTypes: [Egress]\n"
                + "  egress:\n    - to: [{podSelector: {matchLabels: {app.kubernetes.io/name: " + callee + "}}}]\n"
                + "      ports: " + ports + "\n";
    }

    /** A policy of {@code app} that lets {@code caller} in on {@code ports}. */
    static String ingress(String name, String app, String caller, String ports) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: " + name + ", namespace: shop}\n"
                + "spec:\n  podSelector: {matchLabels: {app.kubernetes.io/name: " + app + "}}\n  policyTypes: [Ingress]\n"
                + "  ingress:\n    - from: [{podSelector: {matchLabels: {app.kubernetes.io/name: " + caller + "}}}]\n"
                + "      ports: " + ports + "\n";
    }
}
