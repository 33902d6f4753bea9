package io.aiplatform.security.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LargeStackTest {

    /** Frames deep enough to overflow a 512 KiB stack many times over, well within 32 MiB. */
    private static final int DEEP = 60_000;

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void deepRecursionThatOverflowsASmallStackRunsThere() throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                depth(DEEP);
                outcome.set("no overflow");
            } catch (StackOverflowError e) {
                outcome.set(LargeStack.call("test", () -> depth(DEEP)));
            }
        }, "small", 512 * 1024);
        small.start();
        small.join();
        assertEquals(DEEP, outcome.get());
    }

    @Test
    void runsOnAPooledThreadAndInPlaceWhenAlreadyThere() {
        Thread first = LargeStack.call("test", Thread::currentThread);
        assertNotSame(Thread.currentThread(), first);
        assertEquals("ai-security-large-stack", first.getThreadGroup().getName());
        List<Thread> nested = LargeStack.call("test", () ->
                List.of(Thread.currentThread(), LargeStack.call("inner", Thread::currentThread)));
        assertSame(nested.get(0), nested.get(1));
    }

    @Test
    void manyCallersAtOnceAllGetTheirOwnResult() {
        List<Integer> results = IntStream.range(0, 500).parallel()
                .map(i -> LargeStack.call("test", () -> i * 2)).boxed().toList();
        assertEquals(IntStream.range(0, 500).map(i -> i * 2).boxed().toList(), results);
    }

    @Test
    void exceptionsAndErrorsOfTheWorkReachTheCaller() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> LargeStack.call("test", () -> {
            throw new IllegalArgumentException("bad input");
        }));
        assertEquals("bad input", bad.getMessage());
        AssertionError broken = assertThrows(AssertionError.class, () -> LargeStack.call("test", () -> {
            throw new AssertionError("broken");
        }));
        assertEquals("broken", broken.getMessage());
    }
}
