package io.aiplatform.security.core.support;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a known, large stack ({@link #STACK_BYTES}), for recursive parsers whose
 * depth follows the input: on the caller's thread (often 1 MiB, less after Maven's own frames) 170
 * nested parentheses in a Java file were enough to end the build with a {@code StackOverflowError}. The
 * work itself catches the overflow where it can go on (one file).
 *
 * <p>The threads are kept in a small pool (one per core, let go after {@value #IDLE_SECONDS} s idle):
 * starting a thread with such a stack for every service cost a platform of 1,000 services half a second.
 * Work that is already on one of them runs in place.
 */
public final class LargeStack {

    /** The stack of the thread: 32 MiB, room for well over a thousand nested expressions of JavaParser. */
    public static final long STACK_BYTES = 32L * 1024 * 1024;

    static final int IDLE_SECONDS = 10;

    private static final ThreadGroup GROUP = new ThreadGroup("ai-security-large-stack");
    private static final ThreadPoolExecutor POOL = pool();

    private LargeStack() {
    }

    private static ThreadPoolExecutor pool() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(GROUP, work, GROUP.getName() + "-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Whether the current thread is one of the large-stack threads. */
    static boolean onLargeStack() {
        return Thread.currentThread().getThreadGroup() == GROUP;
    }

    /** The result of {@code work}, run on a thread with {@link #STACK_BYTES} of stack; its exceptions are rethrown. */
    public static <T> T call(String name, Supplier<T> work) {
        if (onLargeStack()) {
            return work.get();
        }
        Future<T> result = POOL.submit(work::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name + " ran", e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(name + " failed", t);
        }
    }
}
