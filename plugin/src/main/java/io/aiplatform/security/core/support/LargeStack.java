package io.aiplatform.security.core.support;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread of its own with a known, large stack ({@link #STACK_BYTES}), for recursive
 * parsers whose depth follows the input: on the caller's thread (often 1 MiB, less after Maven's own
 * frames) 170 nested parentheses in a Java file were enough to end the build with a
 * {@code StackOverflowError}. The work itself catches the overflow where it can go on (one file).
 */
public final class LargeStack {

    /** The stack of the thread: 32 MiB, room for well over a thousand nested expressions of JavaParser. */
    public static final long STACK_BYTES = 32L * 1024 * 1024;

    private LargeStack() {
    }

    /** The result of {@code work}, run on a new thread with {@link #STACK_BYTES} of stack; its exceptions are rethrown. */
    public static <T> T call(String name, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name + " ran", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
