package io.aiplatform.security.bench;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.generate.EncryptionProvider;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.generate.SecurityLayer;
import io.aiplatform.security.core.generate.SecurityLayerGenerator;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.ValidateCommand;
import io.aiplatform.security.core.validate.ValidateRequest;
import io.aiplatform.security.core.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A plain benchmark harness (not a test): for each N, derive, generate and validate a synthetic
 * platform with warm-up runs, and print medians and spread. Run by {@code it/bench/run}.
 */
public final class ValidateBenchmark {

    private interface Step {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int warmups = Integer.parseInt(System.getProperty("bench.warmups", "2"));
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
        List<Integer> sizes = new ArrayList<>();
        for (String a : (args.length == 0 ? new String[] {"100", "1000"} : args)) {
            sizes.add(Integer.parseInt(a));
        }
        System.out.printf("%-9s %-22s %-22s %-22s %-8s %-8s%n", "services", "derive s (median±spread)",
                "generate s", "validate s", "objects", "findings");
        for (int n : sizes) {
            Path root = Files.createTempDirectory("bench-" + n + "-");
            List<Module> modules = SyntheticPlatform.write(root, n, 42);
            PlatformSettings platform = new PlatformSettings("bench", "bench", true, true,
                    Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
            EncryptionSettings enc = new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null);
            ServiceGraph[] graph = new ServiceGraph[1];
            SecurityLayer[] layer = new SecurityLayer[1];
            Path[] out = {root.resolve("out-0")};
            int[] run = {0};
            ValidationReport[] report = new ValidationReport[1];
            double[] derive = time(warmups, runs, () -> graph[0] = new ServiceGraphBuilder(ClientCatalog.builtIn(), root).build(modules));
            double[] generate = time(warmups, runs, () -> {
                layer[0] = new SecurityLayerGenerator(platform, enc).generate(graph[0]);
                out[0] = root.resolve("out-" + run[0]++); // a fresh folder: the first write, not an up-to-date check
                new OutputWriter().write(out[0], layer[0]);
                return layer[0];
            });
            double[] validate = time(warmups, runs, () -> report[0] = new ValidateCommand().run(new ValidateRequest(root, out[0],
                    List.of(), graph[0], "bench", List.of(), "master", false, null, List.of(), false, FailOn.ERROR)));
            System.out.printf("%-9d %-22s %-22s %-22s %-8d %-8d%n", n, fmt(derive), fmt(generate), fmt(validate),
                    report[0].manifests().size(), report[0].findings().size());
            System.out.printf("bench services=%d derive_s=%.3f generate_s=%.3f validate_s=%.3f%n", n, derive[0],
                    generate[0], validate[0]);
        }
    }

    private static double[] time(int warmups, int runs, Step step) throws Exception {
        for (int i = 0; i < warmups; i++) {
            step.run();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.run();
            seconds.add((System.nanoTime() - t) / 1e9);
        }
        Collections.sort(seconds);
        return new double[] {seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1) - seconds.get(0)};
    }

    private static String fmt(double[] t) {
        return String.format("%.3f ± %.3f", t[0], t[1] / 2);
    }
}
