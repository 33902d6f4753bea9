package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An image that the build configuration of the repository says a module's folder builds: a Maven plugin's image
 * name in the module's POM (Jib, Spring Boot's {@code build-image}, docker-maven-plugin), Quarkus'
 * {@code quarkus.container-image.*}, a skaffold artifact or a Compose service built from the folder.
 *
 * @param image the image as written (registry and tag included)
 * @param file  the file that names it
 * @param line  the line of the name in that file (0 when unknown)
 * @param how   which setting names it ({@code jib-maven-plugin <to><image>})
 */
public record BuiltImage(String image, Path file, int line, String how) {

    /** The image's repository without registry, tag and digest, lower case ({@link #repositoryOf}). */
    public String repository() {
        return repositoryOf(image);
    }

    /**
     * The repository of an image reference without registry, tag or digest, lower case, as a registry resolves it:
     * {@code shop/orders} of {@code ghcr.io/shop/orders:1.2}, {@code orders} of {@code docker.io/library/orders}. The
     * first path segment is a registry when it holds a dot or a colon or is {@code localhost}, as Docker reads a
     * reference; Docker Hub's {@code library/} namespace is left out. A first segment with a placeholder left in it
     * ({@code ${docker.prefix}/billing}) is kept: what it stands for is unknown, so the repository is not
     * {@link #resolved()}.
     */
    public static String repositoryOf(String image) {
        String ref = image.strip().split("@")[0];
        int slash = ref.lastIndexOf('/');
        int colon = ref.indexOf(':', slash + 1);
        if (colon >= 0) {
            ref = ref.substring(0, colon);
        }
        int first = ref.indexOf('/');
        if (first > 0) {
            String head = ref.substring(0, first);
            // an unresolved placeholder (${docker.prefix}, $REGISTRY) is no registry, whatever it holds: unknown
            if (!head.contains("$") && (head.contains(".") || head.contains(":") || head.equals("localhost"))) {
                ref = ref.substring(first + 1);
            }
        }
        if (ref.startsWith("library/")) {
            ref = ref.substring("library/".length());
        }
        return ref.toLowerCase(Locale.ROOT);
    }

    /** Where it is named, for evidence: {@code orders/pom.xml:41 (jib-maven-plugin <to><image>)}. */
    public String where() {
        return file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "") + " (" + how + ")";
    }

    /** The same image with its file shown relative to {@code root} (as evidence names files). */
    public BuiltImage relativeTo(Path root) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? new BuiltImage(image, base.relativize(absolute), line, how) : this;
    }

    /** Whether the reference is whole: no placeholder left in its repository ({@code ${docker.prefix}/orders}). */
    public boolean resolved() {
        String repository = repository();
        return !repository.isEmpty() && !repository.contains("$") && !repository.contains("{");
    }
}
