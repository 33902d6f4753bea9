package io.aiplatform.security.core.validate;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The documents of a YAML text as plain maps, lists and scalars, built straight from SnakeYAML's parser
 * events, without composing a graph of nodes first (composing cost as much as building the trees).
 * It takes the YAML manifests are written in: block and flow collections of untagged scalars with
 * scalar keys. On anything else — an anchor or alias, an explicit tag, a merge key, a duplicate key, a
 * collection as key, nesting near the parser's limit, or any error of the parser — it gives up
 * ({@code null}) and the loader composes the text as before, which gives that text's values or its
 * error with its line. Scalars get the resolver's tag and, unless they are strings, the safe
 * constructor's value, exactly as when composed.
 */
final class EventTree {

    /** A document's first line (1-based) and its value. */
    record Document(int line, Object value) {
    }

    /** The text needs the composing path. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final Parser parser;
    private final Resolver resolver;
    private final ManifestLoader.SafeConstructorBridge constructor;
    private final int deepest;

    private EventTree(String text, LoaderOptions options, Resolver resolver,
                      ManifestLoader.SafeConstructorBridge constructor) {
        this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        this.resolver = resolver;
        this.constructor = constructor;
        this.deepest = options.getNestingDepthLimit() - 2; // short of the composer's limit: it reports the excess
    }

    /** Every document of {@code text}, or null when the text needs composing. */
    static List<Document> documents(String text, LoaderOptions options, Resolver resolver,
                                    ManifestLoader.SafeConstructorBridge constructor) {
        try {
            return new EventTree(text, options, resolver, constructor).documents();
        } catch (RuntimeException needsComposing) { // GiveUp, or the parser's error: the composing path reports it
            return null;
        }
    }

    private List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        parser.getEvent(); // stream start
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            parser.getEvent(); // document start
            Event first = parser.peekEvent();
            Object value = value(0);
            parser.getEvent(); // document end
            documents.add(new Document(first.getStartMark() == null ? 0 : first.getStartMark().getLine() + 1, value));
        }
        return documents;
    }

    private Object value(int depth) {
        Event event = parser.getEvent();
        if (event instanceof ScalarEvent scalar) {
            if (scalar.getAnchor() != null || scalar.getTag() != null) {
                throw GIVE_UP;
            }
            Tag tag = resolver.resolve(NodeId.scalar, scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar());
            if (Tag.STR.equals(tag)) {
                return constructor.string(scalar.getValue());
            }
            if (Tag.MERGE.equals(tag)) {
                throw GIVE_UP;
            }
            return constructor.scalar(new ScalarNode(tag, true, scalar.getValue(), scalar.getStartMark(),
                    scalar.getEndMark(), scalar.getScalarStyle()));
        }
        if (!(event instanceof CollectionStartEvent collection) || collection.getAnchor() != null
                || collection.getTag() != null || depth >= deepest) {
            throw GIVE_UP; // an alias, a tag, or deep nesting
        }
        if (event.is(Event.ID.SequenceStart)) {
            List<Object> list = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                list.add(value(depth + 1));
            }
            parser.getEvent();
            return list;
        }
        Map<Object, Object> map = new SmallMap<>(2);
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            if (!parser.checkEvent(Event.ID.Scalar)) {
                throw GIVE_UP; // a collection or an alias as key
            }
            Object key = value(depth + 1);
            Object value = value(depth + 1);
            if (map.containsKey(key)) {
                throw GIVE_UP; // a duplicate key: the safe constructor reports it with its lines
            }
            if (map.size() == SmallMap.MAX_SCANNED && map instanceof SmallMap) {
                map = new LinkedHashMap<>(map);
            }
            map.put(key, value);
        }
        parser.getEvent();
        return map;
    }
}
