package io.aiplatform.security.core.support;

import java.util.Collection;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Streams that run in parallel only when there is enough work to pay for it. On a small platform in
 * a fresh JVM — a build's usual case — handing work to the common pool costs more than it saves: the
 * code is still interpreted on both threads, and the JIT compiler is already busy on the other core.
 * Results keep their order either way, so the outcome does not depend on the choice.
 */
public final class Parallel {

    /** The amount of work (objects, files, workloads) from which a stage runs in parallel. */
    public static final int MIN_WORK = 200;

    private Parallel() {
    }

    /** {@code items} as a stream, parallel when {@code work} (the size of the whole task) reaches {@link #MIN_WORK}. */
    public static <T> Stream<T> stream(Collection<T> items, int work) {
        return work >= MIN_WORK ? items.parallelStream() : items.stream();
    }

    /** {@code items} as a stream, parallel when there are {@link #MIN_WORK} of them. */
    public static <T> Stream<T> stream(Collection<T> items) {
        return stream(items, items.size());
    }

    /** The indexes {@code 0 .. end - 1}, parallel when there are {@link #MIN_WORK} of them. */
    public static IntStream range(int end) {
        return range(end, end);
    }

    /** The indexes {@code 0 .. end - 1}, parallel when {@code work} reaches {@link #MIN_WORK}. */
    public static IntStream range(int end, int work) {
        IntStream range = IntStream.range(0, end);
        return work >= MIN_WORK ? range.parallel() : range;
    }
}
