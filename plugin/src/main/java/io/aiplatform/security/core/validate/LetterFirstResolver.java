package io.aiplatform.security.core.validate;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's YAML 1.1 resolver with a shortcut for the plain scalars most of a manifest is made of:
 * a value that starts with a letter can only be a boolean ({@code yes}, {@code off}, {@code True}: at
 * most five characters) or a null ({@code null}, {@code Null}, {@code NULL}); a longer one is a string,
 * and is resolved without trying the resolver's patterns. Every other value goes to the patterns as
 * before, so each value gets the tag SnakeYAML would give it.
 */
final class LetterFirstResolver extends Resolver {

    /** The longest boolean or null word of YAML 1.1 ({@code false}). */
    private static final int LONGEST_WORD = 5;

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && value.length() > LONGEST_WORD) {
            char first = value.charAt(0);
            if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
                return Tag.STR;
            }
        }
        return super.resolve(kind, value, implicit);
    }
}
