package io.aiplatform.security.bench;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A plain benchmark harness (not a test) of the derivation alone: writes the synthetic platform of N services once,
 * then derives its graph {@code bench.warmups} + {@code bench.runs} times and prints, over the measured runs, the
 * minimum and median of the wall time, of the process's CPU time (every thread, the collector's included) and of the
 * main thread's CPU time, and the median CPU time of the JIT compiler's threads and of the collector's (on Linux, from
 * {@code /proc}; 0 elsewhere): a few warm-ups leave the compiler busy during the measured runs, on a core the
 * derivation would otherwise use. On a shared machine the CPU times and the minimum wall time say more than the
 * median.
 *
 * <p>{@code java -cp … DeriveBenchmark <services> [folder]}: without a folder the platform goes to a temporary one.
 */
public final class DeriveBenchmark {

    private DeriveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int warmups = Integer.parseInt(System.getProperty("bench.warmups", "2"));
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
        Path root = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("derive-bench-" + n + "-");
        List<Module> modules = SyntheticPlatform.writeReactor(root, n, 42, "0.1.0-SNAPSHOT");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> main = new ArrayList<>();
        List<Double> jit = new ArrayList<>();
        List<Double> gc = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            long cpu0 = os.getProcessCpuTime();
            long main0 = threads.getCurrentThreadCpuTime();
            long jit0 = nativeThreadTicks("C1 CompilerThre", "C2 CompilerThre");
            long gc0 = nativeThreadTicks("GC Thread", "G1 ");
            long wall0 = System.nanoTime();
            new ServiceGraphBuilder(ClientCatalog.builtIn(), root).build(modules);
            if (i >= warmups) {
                wall.add((System.nanoTime() - wall0) / 1e9);
                cpu.add((os.getProcessCpuTime() - cpu0) / 1e9);
                main.add((threads.getCurrentThreadCpuTime() - main0) / 1e9);
                jit.add((nativeThreadTicks("C1 CompilerThre", "C2 CompilerThre") - jit0) / 100.0);
                gc.add((nativeThreadTicks("GC Thread", "G1 ") - gc0) / 100.0);
            }
        }
        System.out.printf(Locale.ROOT, "derive services=%d runs=%d wall min %.3f median %.3f | process cpu min %.3f median %.3f"
                + " | main-thread cpu min %.3f median %.3f%n", n, runs, min(wall), median(wall), min(cpu), median(cpu),
                min(main), median(main));
        System.out.printf(Locale.ROOT, "derive services=%d per run: compiler threads' cpu median %.2f, collector threads'"
                + " cpu median %.2f%n", n, median(jit), median(gc));
    }

    /**
     * CPU clock ticks (1/100 s, user and system) of the JVM's threads whose name starts with one of {@code prefixes}
     * (Linux's {@code /proc/self/task}; 0 elsewhere).
     */
    private static long nativeThreadTicks(String... prefixes) {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (Arrays.stream(prefixes).anyMatch(name::startsWith)) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private static double min(List<Double> values) {
        return Collections.min(values);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
