package io.aiplatform.security.core.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A parsed manifest (plain maps, lists and scalars) as the Jackson tree the JSON Schema validator
 * reads, built directly: the maps, lists, strings, whole numbers, booleans, doubles and nulls that
 * make up manifests become the nodes {@link ObjectMapper#valueToTree} would give them, without its
 * detour through a token buffer and a serializer lookup per value. A map with a key that is not a
 * string, and any other scalar (a timestamp, binary), is converted by the mapper itself.
 */
final class PlainJsonTree {

    private final ObjectMapper mapper;
    private final JsonNodeFactory nodes;

    PlainJsonTree(ObjectMapper mapper) {
        this.mapper = mapper;
        this.nodes = mapper.getNodeFactory();
    }

    JsonNode of(Object value) {
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof String s) {
            return nodes.textNode(s);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return mapper.valueToTree(map);
                }
                object.set(key, of(e.getValue()));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            for (Object item : list) {
                array.add(of(item));
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
        if (value instanceof java.math.BigInteger big) {
            return nodes.numberNode(big);
        }
        return mapper.valueToTree(value);
    }
}
