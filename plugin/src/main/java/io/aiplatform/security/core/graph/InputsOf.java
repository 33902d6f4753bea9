package io.aiplatform.security.core.graph;

/** One kind of input a part of the derivation reads, declared for a project (e.g. every module's configuration). */
@FunctionalInterface
interface InputsOf {

    /** Declares these inputs of {@code project} into {@code inputs}. */
    void declare(DerivationProject project, DeclaredInputs inputs);
}
