package io.aiplatform.security.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads Kubernetes YAML files (one or more documents) as plain maps, with safe loader options. */
public final class ManifestReader {

    /** Every non-empty document of {@code file} (YAML, or JSON for a {@code .json} file), as a map. */
    public List<Map<String, Object>> read(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
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
