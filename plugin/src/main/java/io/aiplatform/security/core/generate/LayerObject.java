package io.aiplatform.security.core.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One generated Kubernetes object and where it lives.
 *
 * @param path    path inside {@code manifests/}, e.g. {@code services/gateway/network-policy.yaml}
 * @param service the service it belongs to, or null for platform-wide objects (default-deny-all, allow-dns)
 * @param object  the object, built with the fabric8 model
 * @param yaml    the object as the one serializer writes it, computed once for every output format
 */
public record LayerObject(String path, String service, HasMetadata object, String yaml) {

    /** The file name without folder and {@code .yaml}: {@code network-policy}, {@code service-account}, ... */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".yaml".length());
    }
}
