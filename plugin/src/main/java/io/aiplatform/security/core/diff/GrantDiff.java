package io.aiplatform.security.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The grants one side holds that no grant of the other covers ({@link Grant#covers}), per ServiceAccount:
 * a rule split, merged or moved to another Role is no change, and narrowing {@code get secrets} to
 * {@code get secrets orders-db} only removes.
 */
public final class GrantDiff {

    /** The changes, each list sorted. */
    public record Result(List<GrantChange> added, List<GrantChange> removed) {
    }

    private GrantDiff() {
    }

    public static Result compare(Map<String, SortedSet<Grant>> base, Map<String, SortedSet<Grant>> now,
                                 ChangeEvidence evidence) {
        TreeSet<GrantChange> added = new TreeSet<>();
        uncovered(now, base).forEach(g -> added.add(new GrantChange(g, evidence.grant(g))));
        TreeSet<GrantChange> removed = new TreeSet<>();
        uncovered(base, now).forEach(g -> removed.add(new GrantChange(g, List.of())));
        return new Result(List.copyOf(added), List.copyOf(removed));
    }

    /** The grants of {@code side} that no grant of {@code other} for the same account covers. */
    private static List<Grant> uncovered(Map<String, SortedSet<Grant>> side, Map<String, SortedSet<Grant>> other) {
        List<Grant> out = new ArrayList<>();
        side.forEach((account, grants) -> {
            SortedSet<Grant> theirs = other.getOrDefault(account, new TreeSet<>());
            for (Grant g : grants) {
                if (theirs.stream().noneMatch(t -> t.covers(g))) {
                    out.add(g);
                }
            }
        });
        return out;
    }
}
