package io.aiplatform.security.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each key was created: name, provider and date, never the key. Kept in a small YAML file
 * (by default Git-tracked beside the descriptors) so that a scheduled build can tell a key's age: written by
 * the rotation plan, read by the compliance report.
 */
public final class KeyMetadata {

    /** One recorded key. */
    public record Entry(String name, String provider, LocalDate created) {
    }

    private final List<Entry> entries;

    public KeyMetadata(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static KeyMetadata read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (file != null && Files.isRegularFile(file)) {
            for (Map<String, Object> doc : new ManifestReader().read(file)) {
                if (doc.get("keys") instanceof List<?> keys) {
                    for (Object k : keys) {
                        if (k instanceof Map<?, ?> m && m.get("name") != null && m.get("created") != null) {
                            Object created = m.get("created");
                            LocalDate date = created instanceof Date d
                                    ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                                    : LocalDate.parse(String.valueOf(created));
                            entries.add(new Entry(String.valueOf(m.get("name")), String.valueOf(m.get("provider")), date));
                        }
                    }
                }
            }
        }
        return new KeyMetadata(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public KeyMetadata with(Entry entry) {
        List<Entry> next = new ArrayList<>(entries);
        next.removeIf(e -> e.name().equals(entry.name()));
        next.add(entry);
        return new KeyMetadata(next);
    }

    public String toYaml() {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("provider", e.provider());
            m.put("created", e.created().toString());
            keys.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("keys", keys);
        return "# Secrets encryption keys: name, provider and creation date (never the key). Written by\n"
                + "# ai-security rotate-keys-plan; commit it so that key age can be checked.\n"
                + new ManifestSerializer().toYaml(root);
    }
}
