package io.aiplatform.security.core.rotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole EncryptionConfiguration: every resource block in order, and which of them a rotation
 * plans (the first that applies to {@code secrets}, as the API server picks it). The other blocks
 * are carried unchanged through every step: a step file that left one out would make everything
 * that block encrypts unreadable.
 */
public record EncryptionConfigDocument(List<ResourceBlock> blocks, int rotated) {

    public EncryptionConfigDocument {
        blocks = List.copyOf(blocks);
        if (rotated < 0 || rotated >= blocks.size()) {
            throw new IllegalArgumentException("no block " + rotated);
        }
    }

    /** A configuration with one block, for {@code secrets} only. */
    public static EncryptionConfigDocument secretsOnly(List<ProviderConfig> providers) {
        return new EncryptionConfigDocument(List.of(new ResourceBlock(List.of("secrets"), providers)), 0);
    }

    public ResourceBlock rotatedBlock() {
        return blocks.get(rotated);
    }

    /** The blocks with the rotated block's providers replaced. */
    public EncryptionConfigDocument withRotated(List<ProviderConfig> providers) {
        List<ResourceBlock> changed = new ArrayList<>(blocks);
        changed.set(rotated, blocks.get(rotated).withProviders(providers));
        return new EncryptionConfigDocument(changed, rotated);
    }

    /** The providers the API server uses for {@code resource}: those of the first block that covers it, else identity. */
    public List<ProviderConfig> providersFor(String resource) {
        for (ResourceBlock b : blocks) {
            if (b.covers(resource)) {
                return b.providers();
            }
        }
        return List.of(ProviderConfig.identity());
    }

    /** The blocks a rotation leaves alone. */
    public List<ResourceBlock> untouched() {
        List<ResourceBlock> others = new ArrayList<>(blocks);
        others.remove(rotated);
        return others;
    }

    /** The EncryptionConfiguration as the ordered map the serializer writes. */
    public Map<String, Object> toMap() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiVersion", "apiserver.config.k8s.io/v1");
        config.put("kind", "EncryptionConfiguration");
        config.put("resources", blocks.stream().map(ResourceBlock::toMap).toList());
        return config;
    }
}
