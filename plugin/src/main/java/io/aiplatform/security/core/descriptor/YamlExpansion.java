package io.aiplatform.security.core.descriptor;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * How far the aliases of a YAML text expand, measured on the parser's events before the text is
 * composed. SnakeYAML's own limit counts aliases, which lets a 700-byte file of 48 aliases (each list
 * naming the one before nine times) stand for billions of values that every reader of the composed
 * nodes then visits. Here each alias counts as the number of nodes of what it names (with the aliases
 * inside that counted again), and a document whose aliases stand for more than
 * {@link #MAX_ALIASED_NODES} nodes in all, or whose alias names a collection it is inside of (a
 * structure without end), is refused at the line of that alias. The pass is linear in the text.
 */
public final class YamlExpansion {

    /**
     * The nodes the aliases of one YAML document may stand for in all. A real file shares a block of
     * defaults a few dozen times (hundreds of nodes); this is thousands of times that, and reading it
     * still takes well under a second.
     */
    public static final int MAX_ALIASED_NODES = 200_000;

    /** Where a text passes the bound: the line of the alias (1-based) and what is wrong there. */
    public record Excess(int line, String problem) {
    }

    private YamlExpansion() {
    }

    /**
     * The first alias of {@code text} at which a document passes the bound, or empty when none does;
     * also empty when the text is not valid YAML (the composer then reports that, with its line).
     */
    public static Optional<Excess> check(String text, LoaderOptions options) {
        if (text.indexOf('*') < 0) {
            return Optional.empty(); // no alias at all
        }
        try {
            return new Pass(text, options).run();
        } catch (YAMLException notYaml) {
            return Optional.empty();
        }
    }

    /** One walk over the events: the sizes of the anchored nodes seen so far and of the collections still open. */
    private static final class Pass {
        private final ParserImpl parser;
        private final Map<String, Long> anchored = new HashMap<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private long aliased;

        private Pass(String text, LoaderOptions options) {
            this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        }

        private static final class Open {
            final String anchor;
            long nodes = 1;

            Open(String anchor) {
                this.anchor = anchor;
            }
        }

        Optional<Excess> run() {
            while (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event event = parser.getEvent();
                if (event.is(Event.ID.DocumentStart)) {
                    anchored.clear(); // anchors are the document's own
                    aliased = 0;
                } else if (event instanceof ScalarEvent scalar) {
                    close(scalar.getAnchor(), 1);
                } else if (event instanceof CollectionStartEvent collection) {
                    open.push(new Open(collection.getAnchor()));
                } else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
                    Open done = open.pop();
                    close(done.anchor, done.nodes);
                } else if (event instanceof AliasEvent alias) {
                    Optional<Excess> excess = alias(alias);
                    if (excess.isPresent()) {
                        return excess;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Excess> alias(AliasEvent alias) {
            int line = alias.getStartMark() == null ? 0 : alias.getStartMark().getLine() + 1;
            String name = alias.getAnchor();
            for (Open o : open) {
                if (name.equals(o.anchor)) {
                    return Optional.of(new Excess(line, "alias *" + name + " names a collection it is part of,"
                            + " a structure without end"));
                }
            }
            Long nodes = anchored.get(name);
            if (nodes == null) {
                return Optional.empty(); // an alias to nothing: the composer reports it
            }
            aliased += nodes;
            if (aliased > MAX_ALIASED_NODES) {
                return Optional.of(new Excess(line, "the YAML aliases up to *" + name + " stand for more than "
                        + MAX_ALIASED_NODES + " values once expanded (a blow-up of the file's size)"));
            }
            close(null, nodes);
            return Optional.empty();
        }

        /** A node of {@code nodes} nodes is complete: remembered under its anchor and counted in its collection. */
        private void close(String anchor, long nodes) {
            if (anchor != null) {
                anchored.put(anchor, nodes);
            }
            if (!open.isEmpty()) {
                open.peek().nodes += nodes;
            }
        }
    }
}
