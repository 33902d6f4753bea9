package io.aiplatform.security.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The one serializer of the plugin: turns Kubernetes model objects (fabric8 builders) or plain
 * maps into YAML, always the same bytes for the same object. Properties keep the order the model
 * declares; maps keep their iteration order, so callers hand in sorted maps (every generator does);
 * there are no timestamps.
 */
public final class ManifestSerializer {

    /**
     * Shared by every serializer: a configured ObjectMapper is thread-safe, and its serializers for
     * the model classes are built once per JVM instead of once per serializer (the costly part of a
     * cold build).
     */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static final ObjectMapper JSON = new ObjectMapper()
            .setDefaultPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")))
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /** SnakeYAML's dumper is not thread-safe: one per serializer, and a serializer per thread. */
    private final Yaml yaml = yaml();

    /** One YAML document (no leading {@code ---}), ending in a newline. */
    public String toYaml(Object object) {
        return yaml.dump(toPlain(MAPPER.valueToTree(object)));
    }

    /** Pretty-printed JSON (two-space indent, LF line ends, final newline), e.g. a JSON Schema built from ordered maps. */
    public String toJson(Object object) {
        try {
            return JSON.writeValueAsString(object).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + object.getClass().getSimpleName(), e);
        }
    }

    /** The object as plain Java maps, lists and scalars, in serialization order. */
    public Object toPlain(Object object) {
        return toPlain(MAPPER.valueToTree(object));
    }

    /** Converts a plain map (e.g. parsed YAML) into a model class. */
    public <T> T convert(Object plain, Class<T> type) {
        return MAPPER.convertValue(plain, type);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setExplicitStart(false);
        return new Yaml(options);
    }

    private static Object toPlain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                map.put(e.getKey(), toPlain(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(toPlain(n)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isNull()) {
            return null;
        }
        return node.asText();
    }
}
