package io.aiplatform.security.core.rotate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of an EncryptionConfiguration's {@code resources}: the resources it covers and its
 * providers, in order. Entries name a resource ({@code secrets}, {@code configmaps}), a resource of a
 * group ({@code widgets.example.com}), every resource of a group ({@code *.apps}), the core group
 * ({@code *.}) or everything ({@code *.*}), as the API server reads them.
 */
public record ResourceBlock(List<String> resources, List<ProviderConfig> providers) {

    public ResourceBlock {
        resources = List.copyOf(resources);
        providers = List.copyOf(providers);
    }

    /** True when this block applies to {@code resource} ({@code secrets}, or {@code plural.group}). */
    public boolean covers(String resource) {
        for (String entry : resources) {
            if (entry.equals(resource) || entry.equals("*.*")) {
                return true;
            }
            if (entry.equals("*.") && !resource.contains(".")) {
                return true;
            }
            if (entry.startsWith("*.") && entry.length() > 2 && resource.endsWith(entry.substring(1))) {
                return true;
            }
        }
        return false;
    }

    public ResourceBlock withProviders(List<ProviderConfig> newProviders) {
        return new ResourceBlock(resources, newProviders);
    }

    /** The block as the ordered map the serializer writes. */
    public Map<String, Object> toMap() {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("resources", resources);
        block.put("providers", providers.stream().map(ProviderConfig::toMap).toList());
        return block;
    }
}
