package io.aiplatform.security.core.validate;

import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's YAML 1.1 resolver with two shortcuts for the plain scalars most of a manifest is made
 * of; each value still gets the tag SnakeYAML would give it.
 * <ul>
 * <li>A value that starts with a letter can only be a boolean ({@code yes}, {@code off},
 * {@code True}: at most five characters) or a null ({@code null}, {@code Null}, {@code NULL}); a
 * longer one is a string, and is resolved without trying the resolver's patterns.</li>
 * <li>Short values repeat: keys ({@code name}, {@code from}, {@code to}), protocols, ports. The tag
 * of each is a function of the text alone, so it is remembered (for values of at most
 * {@value #REMEMBERED_LENGTH} characters, up to {@value #REMEMBERED_VALUES} of them) instead of
 * matching the patterns again.</li>
 * </ul>
 * One resolver serves files read in parallel; what it remembers is safe to share.
 */
final class LetterFirstResolver extends Resolver {

    /** The longest boolean or null word of YAML 1.1 ({@code false}). */
    private static final int LONGEST_WORD = 5;
    /** Values longer than this are resolved each time: they seldom repeat. */
    static final int REMEMBERED_LENGTH = 16;
    /** At most this many values are remembered; later new ones are resolved each time. */
    static final int REMEMBERED_VALUES = 4096;

    private final ConcurrentHashMap<String, Tag> remembered = new ConcurrentHashMap<>();

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit) {
            return super.resolve(kind, value, implicit);
        }
        int length = value.length();
        if (length > LONGEST_WORD) {
            char first = value.charAt(0);
            if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
                return Tag.STR;
            }
        }
        if (length > REMEMBERED_LENGTH) {
            return super.resolve(kind, value, true);
        }
        Tag tag = remembered.get(value);
        if (tag == null) {
            tag = super.resolve(kind, value, true);
            if (remembered.size() < REMEMBERED_VALUES) {
                remembered.put(value, tag);
            }
        }
        return tag;
    }

    /** How many values are remembered (for tests). */
    int remembered() {
        return remembered.size();
    }
}
