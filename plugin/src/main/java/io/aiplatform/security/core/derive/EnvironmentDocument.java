package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * An environment variable whose value is a whole YAML or JSON document: images that take their configuration file
 * from a variable (Redpanda Console's {@code CONSOLE_CONFIG_FILE} holding {@code kafka.brokers: ["kafka:29092"]}).
 * The document is read as configuration files are (SnakeYAML's safe loader, bounded; JSON is YAML) and gives its
 * scalar values with the path of keys that leads to each, as written ({@code kafka.schemaRegistry.urls[0]}). A value of one line that does
 * not open a JSON object or list is no document, and neither is text that parses to a lone scalar.
 */
final class EnvironmentDocument {

    /** A scalar of the document and the path of keys to it. */
    record Leaf(String path, String value) {
    }

    private EnvironmentDocument() {
    }

    /** The scalars of {@code variable}'s value when it is a document; empty when it is none (or cannot be read). */
    static List<Leaf> leaves(ConfigValue variable) {
        String text = variable.value().strip();
        if (text.indexOf('\n') < 0 && !text.startsWith("{") && !text.startsWith("[")) {
            return List.of();
        }
        List<Leaf> leaves = new ArrayList<>();
        // a malformed document or one past the bounds gives what was read before it, and no warning: it is only a value
        for (ConfigFiles.Document document : ConfigFiles.yamlKeysAsWritten(variable.file(), text,
                problem -> { })) {
            document.properties().forEach((path, value) -> leaves.add(new Leaf(path, value.value())));
        }
        return leaves;
    }
}
