package io.aiplatform.security.core.io;

import io.aiplatform.security.core.descriptor.YamlExpansion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads Kubernetes YAML files (one or more documents) as plain maps, with safe loader options; aliases
 * are bounded by what they expand to ({@link YamlExpansion}).
 */
public final class ManifestReader {

    /** Every non-empty document of {@code file} (YAML, or JSON for a {@code .json} file), as a map. */
    public List<Map<String, Object>> read(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(YamlExpansion.MAX_ALIASED_NODES);
        options.setCodePointLimit(64 * 1024 * 1024);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Map<String, Object>> documents = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (file.getFileName().toString().endsWith(".json")) {
            Object doc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Object.class);
            if (doc instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                documents.add(m);
            }
            return documents;
        }
        Optional<YamlExpansion.Excess> excess = YamlExpansion.check(text, options);
        if (excess.isPresent()) {
            throw new YAMLException(file + ":" + excess.get().line() + ": " + excess.get().problem());
        }
        for (Object doc : yaml.loadAll(text)) {
            if (doc instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                documents.add(m);
            }
        }
        return documents;
    }
}
