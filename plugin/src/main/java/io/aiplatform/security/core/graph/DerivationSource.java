package io.aiplatform.security.core.graph;

/**
 * One source of edges (POM dependencies, configuration, Java sources, a descriptor's calls ...): it
 * declares what it reads and derives, for one service at a time, edges with their evidence, warnings,
 * errors and omissions into the {@link Derivation}. {@link DerivationSources} lists them and runs them.
 */
public interface DerivationSource {

    /** A short name for the source, as tests and digests show it. */
    String name();

    /** Declares the files, folders and facts this source reads for {@code project}. */
    void inputs(DerivationProject project, DeclaredInputs inputs);

    /** Derives what service {@code a} connects to, as far as this source knows. */
    void derive(Service a, Derivation d);
}
