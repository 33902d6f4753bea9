package io.aiplatform.security.core.descriptor;

import java.io.StringReader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The documents of a YAML text as SnakeYAML nodes, composed one by one as {@code Yaml.composeAll}
 * composes them, but without building a {@code Yaml}: its constructor and representer, which composing
 * does not use, were a third of a cold build's first descriptor parse.
 */
public final class YamlDocuments {

    /**
     * SnakeYAML's reading of plain scalars as every reader here uses it, made once: it is only read once made, so
     * threads share it (a resolver per file was about 10 MB of a derivation's 300 MB of garbage at 1,000 services).
     */
    private static final Resolver RESOLVER = new Resolver();

    private YamlDocuments() {
    }

    /** {@link #compose(String, LoaderOptions, Resolver)} with SnakeYAML's default resolver. */
    public static Iterable<Node> compose(String text, LoaderOptions options) {
        return compose(text, options, RESOLVER);
    }

    /** The documents of {@code text}, read lazily (an error surfaces at the document that has it); iterate once. */
    public static Iterable<Node> compose(String text, LoaderOptions options, Resolver resolver) {
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), resolver, options);
        Iterator<Node> nodes = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return composer.checkNode();
            }

            @Override
            public Node next() {
                Node node = composer.getNode();
                if (node == null) {
                    throw new NoSuchElementException("no YAML document left");
                }
                return node;
            }
        };
        return () -> nodes;
    }
}
