package io.aiplatform.security.core.graph;

/**
 * A source of edges whose name and inputs are given once, when it is made: a subclass only says how it
 * derives ({@link #derive}).
 */
abstract class NamedSource implements DerivationSource {

    private final NamedInputs declared;

    /** A source called {@code name} that reads each of {@code reads}. */
    NamedSource(String name, InputsOf... reads) {
        this.declared = new NamedInputs(name, reads);
    }

    @Override
    public final String name() {
        return declared.name();
    }

    @Override
    public final void inputs(DerivationProject project, DeclaredInputs inputs) {
        declared.inputs(project, inputs);
    }
}
