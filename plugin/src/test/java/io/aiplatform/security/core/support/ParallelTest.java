package io.aiplatform.security.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Small work stays on the calling thread; large work goes parallel; the order of results is the same. */
class ParallelTest {

    @Test
    void smallWorkRunsSequentiallyAndLargeWorkInParallel() {
        List<Integer> few = IntStream.range(0, 17).boxed().toList();
        List<Integer> many = IntStream.range(0, Parallel.MIN_WORK).boxed().toList();
        assertFalse(Parallel.stream(few).isParallel());
        assertTrue(Parallel.stream(many).isParallel());
        assertTrue(Parallel.stream(few, Parallel.MIN_WORK).isParallel(), "the size of the whole task decides");
        assertFalse(Parallel.stream(many, Parallel.MIN_WORK - 1).isParallel());
        assertFalse(Parallel.range(17, 17).isParallel());
        assertTrue(Parallel.range(17, 5_000).isParallel());
        assertFalse(Parallel.range(17).isParallel());
        assertTrue(Parallel.range(Parallel.MIN_WORK).isParallel());
        assertTrue(Parallel.stream(Collections.emptyList(), 0).toList().isEmpty());
    }

    @Test
    void resultsKeepTheirOrderEitherWay() {
        List<Integer> many = IntStream.range(0, 5_000).boxed().toList();
        assertEquals(many.stream().map(i -> i * 3).toList(), Parallel.stream(many).map(i -> i * 3).toList());
        assertEquals(IntStream.range(0, 5_000).boxed().toList(), Parallel.range(5_000, 5_000).boxed().toList());
    }
}
