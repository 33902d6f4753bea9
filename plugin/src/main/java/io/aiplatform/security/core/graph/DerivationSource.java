package io.aiplatform.security.core.graph;

/**
 * One source of edges (POM dependencies, configuration, Java sources, a descriptor's calls ...): it
 * declares what it reads ({@link #inputs}) and derives, for one service at a time, edges with their
 * evidence, warnings, errors and omissions into the {@link Derivation}. {@link DerivationSources} lists
 * them and runs them; the up-to-date digests are made of what they declare.
 */
public interface DerivationSource extends DeclaresInputs {

    /** Derives what service {@code a} connects to, as far as this source knows. */
    void derive(Service a, Derivation d);

    /**
     * What this source works out for {@code a} from what the derivation has read alone, before any source derives
     * (it reads the derivation and changes nothing, so it runs for every service in parallel); {@link #derive}
     * finds it with {@link Derivation#prepared}. Null (the default): nothing to work out ahead. It writes nothing the
     * derivation shares: no edge, warning or unread input into its findings (it returns them for {@link #derive} to
     * add in the services' order), no {@link Derivation#hosts()} or {@link Derivation#hostReferences}, which are not
     * safe on several threads. {@link Derivation#once} computations run one at a time, at a moment the threads decide:
     * what one reports keeps its place only while it is the one thing reporting here ({@link LibraryModuleSources}).
     */
    default Object prepare(Service a, Derivation d) {
        return null;
    }
}
