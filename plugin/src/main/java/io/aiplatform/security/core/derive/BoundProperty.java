package io.aiplatform.security.core.derive;

import java.util.List;
import java.util.Set;

/**
 * A property that a {@code @ConfigurationProperties(prefix)} record or class binds ({@code yas.services.media} of
 * {@code record ServiceUrlConfig(String media, String product)}), which configures a connection only when the code reads
 * it: when a source calls one of its accessors ({@code media()} of a record component, {@code getMedia()} or
 * {@code isMedia()} of a bean property) or the type uses it in a method of its own. Binding alone is no use.
 *
 * @param key       the key, canonical form ({@code prefix} + the relaxed property name)
 * @param type      the simple name of the type that binds it
 * @param accessors the names of the methods that read it
 * @param usedByItsType whether a method of the type itself (not its accessor, setter or constructor) uses it
 */
public record BoundProperty(String key, String type, List<String> accessors, boolean usedByItsType) {

    public BoundProperty {
        accessors = List.copyOf(accessors);
    }

    /** True when its type uses it or one of {@code called} (method names the sources call) is an accessor of it. */
    public boolean usedBy(Set<String> called) {
        return usedByItsType || accessors.stream().anyMatch(called::contains);
    }

    /**
     * Why it is not read by {@code service}:
     * {@code ServiceUrlConfig binds yas.services.media, but no Java source of cart calls media()}.
     */
    public String whyUnused(String service) {
        return type + " binds " + key + ", but no Java source of " + service + " calls "
                + String.join("() or ", accessors) + "()";
    }
}
