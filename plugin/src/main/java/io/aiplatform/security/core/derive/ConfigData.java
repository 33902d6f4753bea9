package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A ConfigMap or a Secret of the repository (a manifest, or a kustomize generator): its keys with their
 * values and where each is set. A Secret's values are never shown: neither this record nor its entries
 * print them.
 *
 * @param kind    {@code ConfigMap} or {@code Secret}
 * @param file    the manifest or the kustomization that defines it
 * @param line    the line of its name there
 * @param entries its keys as written, in the order they are set
 */
record ConfigData(String kind, String name, Path file, int line, Map<String, Entry> entries) {

    static final String CONFIG_MAP = "ConfigMap";
    static final String SECRET = "Secret";

    /** One key's value and where it is set (the manifest's line, or a generator's literal, file or env file). */
    record Entry(String value, Path file, int line) {

        @Override
        public String toString() {
            return "Entry[" + file + ":" + line + "]"; // never the value: it may be a Secret's
        }
    }

    ConfigData {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    boolean secret() {
        return kind.equals(SECRET);
    }

    /** {@code ConfigMap orders key SPRING_DATASOURCE_URL}, for evidence and messages: the name of a key, never its value. */
    String describe(String key) {
        return kind + " " + name + " key " + key;
    }

    /**
     * The configuration documents this object gives a framework's Kubernetes configuration client called
     * {@code reader}: each entry {@code isFile} accepts parsed as a configuration file, every other entry one property
     * (its key in canonical form), each with evidence naming the object, the key and the reader.
     */
    List<ConfigFiles.Document> documents(String reader, Predicate<String> isFile) {
        List<ConfigFiles.Document> documents = new ArrayList<>();
        Map<String, ConfigValue> single = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            String origin = describe(key) + ", read by " + reader;
            if (isFile.test(key)) {
                for (ConfigFiles.Document doc : ConfigFiles.configurationText(entry.file(), key, entry.value(),
                        problem -> { })) {
                    Map<String, ConfigValue> placed = new LinkedHashMap<>();
                    doc.properties().forEach((k, v) -> placed.put(k, new ConfigValue(v.key(), v.value(), entry.file(),
                            entry.line() + v.line(), v.key() + " (" + origin + ")", secret())));
                    documents.add(new ConfigFiles.Document(placed, doc.profiles()));
                }
            } else {
                String canonical = ConfigKeys.canonical(key);
                single.put(canonical, new ConfigValue(canonical, entry.value(), entry.file(), entry.line(),
                        "(" + origin + ")", secret()));
            }
        });
        if (!single.isEmpty()) {
            documents.add(new ConfigFiles.Document(single, List.of()));
        }
        return documents;
    }

    @Override
    public String toString() {
        return kind + " " + name + " (" + file + ":" + line + ", keys " + new TreeSet<>(entries.keySet()) + ")";
    }
}
