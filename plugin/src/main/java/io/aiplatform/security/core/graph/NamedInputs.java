package io.aiplatform.security.core.graph;

import java.util.List;

/** A part of the derivation's name and the kinds of input it reads, in the order declared. */
record NamedInputs(String name, List<InputsOf> reads) implements DeclaresInputs {

    NamedInputs(String name, InputsOf... reads) {
        this(name, List.of(reads));
    }

    @Override
    public void inputs(DerivationProject project, DeclaredInputs inputs) {
        reads.forEach(read -> read.declare(project, inputs));
    }
}
