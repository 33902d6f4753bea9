package io.aiplatform.security.bench;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A plain benchmark harness (not a test) of the derivation alone: writes the synthetic platform of N services once,
 * then derives its graph {@code bench.warmups} + {@code bench.runs} times and prints, over the measured runs, the
 * minimum and median of the wall time, of the process's CPU time (every thread, the collector's included) and of the
 * main thread's CPU time. On a shared machine the CPU times and the minimum wall time say more than the median.
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
        for (int i = 0; i < warmups + runs; i++) {
            long cpu0 = os.getProcessCpuTime();
            long main0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            new ServiceGraphBuilder(ClientCatalog.builtIn(), root).build(modules);
            if (i >= warmups) {
                wall.add((System.nanoTime() - wall0) / 1e9);
                cpu.add((os.getProcessCpuTime() - cpu0) / 1e9);
                main.add((threads.getCurrentThreadCpuTime() - main0) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "derive services=%d runs=%d wall min %.3f median %.3f | process cpu min %.3f median %.3f"
                + " | main-thread cpu min %.3f median %.3f%n", n, runs, min(wall), median(wall), min(cpu), median(cpu),
                min(main), median(main));
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
