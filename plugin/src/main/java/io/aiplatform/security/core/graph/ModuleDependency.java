package io.aiplatform.security.core.graph;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A dependency as a module's POM declares it (after inheritance and dependency management).
 *
 * @param scope      Maven scope; null means compile
 * @param exclusions {@code groupId:artifactId} patterns excluded below this dependency ({@code *} allowed)
 * @param brings     for an external dependency, the {@code groupId:artifactId} of what it brings onto the
 *                   runtime classpath (read from the POMs, exclusions and optional dependencies honoured), in
 *                   breadth-first order; empty when unknown
 */
public record ModuleDependency(String groupId, String artifactId, String scope, boolean optional,
                               Set<String> exclusions, Location declaredAt, List<String> brings) {

    public ModuleDependency {
        exclusions = Set.copyOf(exclusions);
        brings = brings == null ? List.of() : List.copyOf(brings);
    }

    public ModuleDependency(String groupId, String artifactId, String scope, boolean optional,
                            Set<String> exclusions, Location declaredAt) {
        this(groupId, artifactId, scope, optional, exclusions, declaredAt, List.of());
    }

    public String key() {
        return groupId + ":" + artifactId;
    }

    /** Whether {@link #key()} is {@code key}, told without making the key (asked for every dependency of a module). */
    public boolean is(String key) {
        int g = groupId.length();
        return key.length() == g + 1 + artifactId.length() && key.startsWith(groupId) && key.charAt(g) == ':'
                && key.endsWith(artifactId);
    }

    /** Whether {@link #key()} is one of {@code keys} (a handful of libraries), told without making the key. */
    public boolean in(Collection<String> keys) {
        for (String key : keys) {
            if (is(key)) {
                return true;
            }
        }
        return false;
    }

    /** Compile and runtime dependencies are on the runtime classpath; test, provided and system are not. */
    public boolean onRuntimeClasspath() {
        if (scope == null || scope.equals("compile") || scope.equals("runtime")) {
            return true; // as written almost always: no lower-cased copy
        }
        String s = scope.toLowerCase(Locale.ROOT);
        return s.equals("compile") || s.equals("runtime");
    }

    public boolean excludes(String groupId, String artifactId) {
        for (String ex : exclusions) {
            String[] parts = ex.split(":", 2);
            boolean g = parts[0].equals("*") || parts[0].equals(groupId);
            boolean a = parts.length < 2 || parts[1].equals("*") || parts[1].equals(artifactId);
            if (g && a) {
                return true;
            }
        }
        return false;
    }

    // equals and hashCode are written out, as the record's own would be: the record's are linked by a
    // bootstrap method on first use, which a fresh JVM (a build) pays for in milliseconds per record class
    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleDependency d && Objects.equals(groupId, d.groupId)
                && Objects.equals(artifactId, d.artifactId) && Objects.equals(scope, d.scope)
                && optional == d.optional && exclusions.equals(d.exclusions)
                && Objects.equals(declaredAt, d.declaredAt) && brings.equals(d.brings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupId, artifactId, scope, optional, exclusions, declaredAt, brings);
    }
}
