package io.aiplatform.security.core.derive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which images are Ingress controllers and the Ingress class each serves by default (catalog data
 * {@code ingress-controllers.txt}): Kong, ingress-nginx and NGINX's controller, Traefik, HAProxy, Contour.
 */
public final class IngressControllers {

    private static final Map<String, String> CLASS_BY_IMAGE = load();

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

    private static Map<String, String> load() {
        Map<String, String> classes = new LinkedHashMap<>();
        CatalogData.lines("ingress-controllers.txt").forEach(parts -> classes.put(parts[0], parts[1]));
        return classes;
    }
}
