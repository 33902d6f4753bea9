package io.aiplatform.security.core.derive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which images are Ingress controllers and the Ingress class each serves by default (catalog data
 * {@code ingress-controllers.txt}): Kong, ingress-nginx and NGINX's controller, Traefik, HAProxy, Contour.
 */
public final class IngressControllers {

    private static final Map<String, String> CLASS_BY_IMAGE = load();
    private static final Map<String, Install> INSTALLS = loadInstalls();

    /**
     * Where a controller of an Ingress class runs when the cluster has it installed as its project documents
     * (catalog data {@code ingress-controller-installs.txt}): its namespace and its pods' labels.
     */
    public record Install(String ingressClass, String namespace, Map<String, String> labels) {

        public Install {
            labels = Map.copyOf(labels);
        }

        /** {@code namespace ingress-nginx, pods app.kubernetes.io/component=controller,...}, labels sorted. */
        public String describe() {
            return "namespace " + namespace + ", pods " + String.join(",", new TreeMap<>(labels).entrySet()
                    .stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }

    private IngressControllers() {
    }

    /** The Ingress class the controller image {@code image} serves ({@code kong} of {@code kong:3.6}), if it is one. */
    public static Optional<String> classOf(String image) {
        String repository = image.strip().split("@")[0];
        int slash = repository.lastIndexOf('/');
        int colon = repository.lastIndexOf(':');
        if (colon > slash) {
            repository = repository.substring(0, colon);
        }
        for (Map.Entry<String, String> e : CLASS_BY_IMAGE.entrySet()) {
            if (repository.equals(e.getKey()) || repository.endsWith("/" + e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is the Ingress class of a catalogued controller ({@code kong}, {@code traefik}). */
    public static boolean isClass(String name) {
        return CLASS_BY_IMAGE.containsValue(name);
    }

    /** Where the controller of Ingress class {@code ingressClass} runs when installed as documented, if known. */
    public static Optional<Install> installOf(String ingressClass) {
        return Optional.ofNullable(INSTALLS.get(ingressClass));
    }

    private static Map<String, Install> loadInstalls() {
        Map<String, Install> installs = new LinkedHashMap<>();
        CatalogData.lines("ingress-controller-installs.txt").forEach(parts -> {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String pair : parts[2].split(",")) {
                String[] kv = pair.split("=", 2);
                labels.put(kv[0], kv[1]);
            }
            installs.put(parts[0], new Install(parts[0], parts[1], labels));
        });
        return installs;
    }

    private static Map<String, String> load() {
        Map<String, String> classes = new LinkedHashMap<>();
        CatalogData.lines("ingress-controllers.txt").forEach(parts -> classes.put(parts[0], parts[1]));
        return classes;
    }
}
