package io.aiplatform.security.core.diff;

import java.util.List;

/** A grant one side holds and the other does not, with the evidence of the declaration that causes it. */
public record GrantChange(Grant grant, List<String> evidence) implements Comparable<GrantChange> {

    public GrantChange {
        evidence = List.copyOf(evidence);
    }

    /** {@code shop/orders-sa may get secrets orders-db (namespace shop)}. */
    public String line() {
        return grant.account() + " may " + grant.describe();
    }

    @Override
    public int compareTo(GrantChange o) {
        return grant.compareTo(o.grant);
    }
}
