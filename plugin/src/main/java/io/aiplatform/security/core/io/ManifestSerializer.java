package io.aiplatform.security.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
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
     * Jackson's object mapper, built only when a run needs it: model objects are read by
     * {@link ModelTree} and built by {@link ModelReader}, and JSON is written with Jackson's streaming
     * generator, so a run does not start Jackson's bean machinery (most of a cold build's cost)
     * unless an input is outside what those two know.
     * A configured ObjectMapper is thread-safe and shared.
     */
    private static final class Jackson {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /**
     * SnakeYAML's dumper, for what {@link YamlOutput} leaves to it; made on first need. It is not
     * thread-safe: one per serializer, and a serializer per thread.
     */
    private Yaml yaml;

    /** One YAML document (no leading {@code ---}), ending in a newline. */
    public String toYaml(Object object) {
        Object plain = toPlain(object);
        String text = YamlOutput.of(plain);
        if (text != null) {
            return text;
        }
        if (yaml == null) {
            yaml = dumper();
        }
        return yaml.dump(plain);
    }

    /** One YAML document headed by {@code header}'s comment line: a file of the layer. */
    public String toYaml(Object object, GeneratedHeader header) {
        return header.headed(toYaml(object));
    }

    /**
     * One YAML document headed by {@code header}'s comment line, with a comment line above each key for which
     * {@code commentOf} (given the key's path from the root) answers text; nothing else differs from
     * {@link #toYaml(Object)}. For a file people read and change by copy, such as a chart's values.
     */
    public String toCommentedYaml(Object object, GeneratedHeader header,
                                  java.util.function.Function<List<String>, String> commentOf) {
        return header.headed(CommentedYaml.write(toPlain(object), commentOf));
    }

    /**
     * Pretty-printed JSON (two-space indent, LF line ends, final newline) of plain values: maps with
     * string keys, lists, strings, numbers, booleans and nulls, e.g. a JSON Schema built from ordered maps.
     */
    public String toJson(Object object) {
        StringWriter out = new StringWriter();
        try {
            JsonOutput.write(out, object, JsonOutput.Style.COLON_SPACE_LF);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize " + object.getClass().getSimpleName(), e);
        }
        return out + "\n";
    }

    /** The object as plain Java maps, lists and scalars, in serialization order. */
    public Object toPlain(Object object) {
        try {
            return ModelTree.plain(object);
        } catch (ModelClass.Unsupported e) { // not a shape ModelTree knows: Jackson's own reading of it
            return jacksonPlain(object);
        }
    }

    /** Converts a plain map (e.g. parsed YAML) into a model class. */
    public <T> T convert(Object plain, Class<T> type) {
        try {
            return ModelReader.read(plain, type);
        } catch (ModelClass.Unsupported e) { // not the well-formed case: Jackson's coercions and messages
            return jacksonConvert(plain, type);
        }
    }

    /** Jackson's conversion of {@code plain}: the fallback, and the reference {@link ModelReader} is tested against. */
    static <T> T jacksonConvert(Object plain, Class<T> type) {
        return Jackson.MAPPER.convertValue(plain, type);
    }

    /** Jackson's tree of {@code object} as plain values: the fallback, and the reference {@link ModelTree} is tested against. */
    static Object jacksonPlain(Object object) {
        return toPlain(Jackson.MAPPER.valueToTree(object));
    }

    /** SnakeYAML's dumper with the plugin's options: the fallback, and the reference {@link YamlOutput} is tested against. */
    static Yaml dumper() {
        return new Yaml(dumperOptions());
    }

    /** The plugin's SnakeYAML options: block style, two-space indent, sequences indented under their key, no splitting, LF. */
    static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setExplicitStart(false);
        return options;
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
