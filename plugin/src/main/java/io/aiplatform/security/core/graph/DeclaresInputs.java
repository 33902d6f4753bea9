package io.aiplatform.security.core.graph;

/** A part of the derivation that reads files or facts of the project, and says which. */
public interface DeclaresInputs {

    /** A short name, as tests and digests show it. */
    String name();

    /** Declares the files, folders and facts this part reads for {@code project}. */
    void inputs(DerivationProject project, DeclaredInputs inputs);
}
