package io.aiplatform.security.core.validate.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Jackson trees for the JSON Schema validator, built without an {@code ObjectMapper} (whose start is
 * the largest single cost of a cold validation):
 * <ul>
 * <li>a parsed manifest (plain maps, lists and scalars) becomes the nodes {@link ObjectMapper#valueToTree}
 * would give it, without its detour through a token buffer and a serializer lookup per value; a map with
 * a key that is not a string, and any other scalar (a timestamp, binary), is converted by a mapper after all;</li>
 * <li>a schema read as plain values ({@link io.aiplatform.security.core.io.JsonInput}) becomes the tree
 * {@link ObjectMapper#readTree} would read from its text, its strings {@link SchemaText}s ({@link #schema});</li>
 * <li>JSON text (kubeconform's results) becomes that tree through Jackson's streaming parser ({@link #read}).</li>
 * </ul>
 */
final class PlainJsonTree {

    /** The mapper for what the tree builders leave to it, started only then. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    /** Jackson's streaming parser, for {@link #read}; started only then. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /**
     * A schema's string: equal to and printed like Jackson's own text node, but printed without
     * Jackson's node printer, which starts an {@code ObjectMapper} (0.15 s in a fresh JVM). The
     * schema validator prints every enum value of a schema when it loads it.
     */
    static final class SchemaText extends TextNode {
        private static final long serialVersionUID = 1L;

        SchemaText(String value) {
            super(value);
        }

        @Override
        public String toString() {
            StringBuilder quoted = new StringBuilder(_value.length() + 2);
            appendQuoted(quoted, _value);
            return quoted.toString();
        }
    }

    /** The tree of one JSON document; duplicate keys keep the last value, as {@code readTree} does; no document is an error. */
    JsonNode read(InputStream in) throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("no JSON value");
            }
            return read(parser, first); // what follows the first value is not read, as readTree does not
        }
    }

    private JsonNode read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, read(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(read(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return new SchemaText(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IOException("unexpected " + token + " at line " + parser.currentLocation().getLineNr());
        }
    }

    /** The tree of a plain value (a parsed manifest). */
    JsonNode of(Object value) {
        return node(value, false);
    }

    /** The tree of a schema read as plain values: {@link #read}'s tree of its text, strings as {@link SchemaText}s. */
    JsonNode schema(Object plain) {
        return node(plain, true);
    }

    private JsonNode node(Object value, boolean schema) {
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof String s) {
            return schema ? new SchemaText(s) : nodes.textNode(s);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return Mapper.INSTANCE.valueToTree(map);
                }
                object.set(key, node(e.getValue(), schema));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            for (Object item : list) {
                array.add(node(item, schema));
            }
            return array;
        }
        if (value instanceof Integer i) {
            return nodes.numberNode(i);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Double d) {
            return nodes.numberNode(d);
        }
        if (value instanceof BigInteger big) {
            return nodes.numberNode(big);
        }
        return Mapper.INSTANCE.valueToTree(value);
    }
}
