package io.aiplatform.security.bench;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.command.ValidateCommand;
import io.aiplatform.security.core.command.ValidateRequest;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.convention.ServiceAccounts;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.io.SecurityLayer;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.report.ReportWriter;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A plain benchmark harness (not a test) for one platform size N: derive, generate (and write),
 * validate with each stage timed, and the physical floor of the same work: parse only (SnakeYAML,
 * the same files) and write only (the same bytes). Warm-up runs, then medians and spread (max-min).
 * Peak heap is the highest used heap sampled every 5 ms (garbage not yet collected included), under
 * the heap cap the JVM runs with.
 * Run by {@code it/bench/run}, one JVM per N.
 */
public final class LayerBenchmark {

    private interface Step {
        void run() throws Exception;
    }

    /** Median and spread of a series of seconds. */
    record Timing(double median, double spread) {
        static Timing of(List<Double> seconds) {
            List<Double> sorted = new ArrayList<>(seconds);
            Collections.sort(sorted);
            return new Timing(sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1) - sorted.get(0));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f±%.3f", median, spread / 2);
        }
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int warmups = Integer.parseInt(System.getProperty("bench.warmups", "2"));
        int runs = Integer.parseInt(System.getProperty("bench.runs", "5"));
        boolean header = Boolean.parseBoolean(System.getProperty("bench.header", "true"));

        Path root = Files.createTempDirectory("bench-" + n + "-");
        try {
            List<Module> modules = SyntheticPlatform.writeReactor(root, n, 42, "0.1.0-SNAPSHOT");
            PlatformSettings platform = new PlatformSettings("bench", "bench", true, true,
                    Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
            EncryptionSettings enc = new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null);
            System.gc();
            HeapSampler heap = new HeapSampler().start();

            ServiceGraph[] graph = new ServiceGraph[1];
            Timing derive = time(warmups, runs, () ->
                    graph[0] = new ServiceGraphBuilder(ClientCatalog.builtIn(), root).build(modules));

            SecurityLayer[] layer = new SecurityLayer[1];
            Path[] out = new Path[1];
            int[] run = {0};
            Timing generate = time(warmups, runs, () -> {
                layer[0] = new SecurityLayerGenerator(platform, enc).generate(graph[0]);
                // a fresh folder (a first write, not an up-to-date check) under target/, where a project's build output
                // lives: the derivation's input digest does not walk it, as in a real build
                out[0] = root.resolve("target").resolve("out-" + run[0]++);
                new OutputWriter().write(out[0], layer[0]);
            });

            Path workloads = writeWorkloads(root.resolve("workloads"), graph[0]); // a Deployment per service
            ValidationReport[] report = new ValidationReport[1];
            List<Map<Stage, Long>> stageNanos = new ArrayList<>(); // only the times: reports hold every object
            long[] reportBytes = {0};
            List<String> reportSizes = new ArrayList<>();
            List<Double> reportSeconds = new ArrayList<>();
            Timing validate = time(warmups, runs, () -> {
                report[0] = null;
                report[0] = new ValidateCommand().run(ValidateRequest.builder(root, out[0]).modules(modules)
                        .manifestDirectories(List.of(workloads)).namespace("bench").build());
                stageNanos.add(report[0].stageNanos());
                long start = System.nanoTime();
                new ReportWriter("bench", root).write(out[0], report[0]); // the goal writes them too
                reportSeconds.add((System.nanoTime() - start) / 1e9);
                try (Stream<Path> walk = Files.walk(out[0].resolve(OutputFolders.REPORTS))) {
                    reportBytes[0] = 0;
                    reportSizes.clear();
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        reportBytes[0] += f.toFile().length();
                        reportSizes.add(f.getFileName() + "=" + (f.toFile().length() / 1024) + "KiB");
                    }
                }
            });
            // the live set of a validation: the last report (which holds every parsed object) still referenced
            System.gc();
            System.gc();
            long liveMib = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            Timing reports = Timing.of(reportSeconds.subList(warmups, reportSeconds.size()));
            List<Map<Stage, Long>> measured = stageNanos.subList(warmups, stageNanos.size());
            Map<Stage, Timing> stages = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                stages.put(stage, Timing.of(measured.stream().map(r -> r.getOrDefault(stage, 0L) / 1e9).toList()));
            }

            List<Path> files = new ArrayList<>(manifestFiles(out[0]));
            files.add(workloads.resolve("deployments.yaml"));
            Timing parseOnly = time(warmups, runs, () -> {
                for (Path file : files) {
                    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                    for (Object ignored : yaml.loadAll(Files.readString(file, StandardCharsets.UTF_8))) {
                        // parse every document, keep nothing
                    }
                }
            });
            List<GeneratedFile> bytes = layer[0].files();
            Timing writeOnly = time(warmups, runs, () -> {
                Path dir = root.resolve("target").resolve("write-" + run[0]++);
                for (GeneratedFile f : bytes) {
                    Path target = dir.resolve(f.path());
                    Files.createDirectories(target.getParent());
                    Files.write(target, f.bytes());
                }
            });
            long heapMib = heap.stopMib();

            ValidationReport last = report[0];
            if (header) {
                System.out.printf("%-8s %-8s %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-8s %-9s %-8s %-8s%n",
                        "services", "objects", "derive", "generate", "validate", "parse", "schema", "rules",
                        "connectivity", "reports", "parse-only", "write-only", "val/pars", "rep. MiB", "heap MiB", "live MiB");
            }
            System.out.printf("%-8d %-8d %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-12s %-8s %-9.1f %-8d %-8d%n",
                    n, last.manifests().size(), derive, generate, validate, stages.get(Stage.PARSE),
                    stages.get(Stage.SCHEMA), stages.get(Stage.RULES), stages.get(Stage.CONNECTIVITY), reports, parseOnly,
                    writeOnly, String.format(Locale.ROOT, "%.1fx", validate.median() / parseOnly.median()),
                    reportBytes[0] / 1048576.0, heapMib, liveMib);
            if (last.failed()) {
                System.out.println("  (the synthetic platform did not validate clean: " + last.failures().size()
                        + " failure(s), first: " + last.failures().get(0).message() + ")");
            }
            System.out.println("  reports: " + String.join(" ", reportSizes));
            System.out.printf(Locale.ROOT, "bench services=%d derive_s=%.2f generate_s=%.2f validate_s=%.2f"
                    + " reports_s=%.2f report_mib=%.1f parse_only_s=%.2f heap_mib=%d live_mib=%d%n", n, derive.median(),
                    generate.median(), validate.median(), reports.median(), reportBytes[0] / 1048576.0,
                    parseOnly.median(), heapMib, liveMib);
        } finally {
            OutputWriter.deleteRecursively(root);
        }
    }

    /**
     * One hardened Deployment per service (restricted pod spec, resources, probes, its labels and
     * ServiceAccount, a token only where the service mounts one), in one file.
     */
    private static Path writeWorkloads(Path dir, ServiceGraph graph) throws Exception {
        Files.createDirectories(dir);
        List<Object> deployments = new ArrayList<>();
        for (var s : graph.services()) {
            var container = new ContainerBuilder().withName(s.name())
                    .withImage("registry.example/" + s.name() + "@sha256:" + "0".repeat(64))
                    .withPorts(s.ports().stream().map(p -> new ContainerPortBuilder()
                            .withName(p.name()).withContainerPort(p.port()).withProtocol(p.protocol()).build()).toList())
                    .withNewResources().addToRequests("cpu", new Quantity("100m"))
                    .addToRequests("memory", new Quantity("128Mi"))
                    .addToLimits("memory", new Quantity("256Mi")).endResources()
                    .withNewLivenessProbe().withNewTcpSocket().withNewPort(s.ports().isEmpty() ? 8080
                            : s.ports().get(0).port()).endTcpSocket().endLivenessProbe()
                    .withNewReadinessProbe().withNewTcpSocket().withNewPort(s.ports().isEmpty() ? 8080
                            : s.ports().get(0).port()).endTcpSocket().endReadinessProbe()
                    .withNewSecurityContext().withRunAsNonRoot(true).withAllowPrivilegeEscalation(false)
                    .withReadOnlyRootFilesystem(true).withNewCapabilities().withDrop("ALL").endCapabilities()
                    .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
                    .build();
            var template = new PodTemplateSpecBuilder()
                    .withNewMetadata().withLabels(s.labels()).endMetadata()
                    .withNewSpec().withServiceAccountName(ServiceAccounts
                            .of(s.name())).withAutomountServiceAccountToken(s.automountServiceAccountToken())
                    .withNewSecurityContext().withRunAsUser(10001L).endSecurityContext()
                    .withContainers(container).endSpec().build();
            Map<String, Object> deployment = new LinkedHashMap<>(); // no apps/v1 model on this classpath
            deployment.put("apiVersion", "apps/v1");
            deployment.put("kind", "Deployment");
            deployment.put("metadata", Map.of("name", s.name(), "namespace", "bench"));
            deployment.put("spec", Map.of("selector", Map.of("matchLabels", new TreeMap<>(s.labels())),
                    "template", template));
            deployments.add(deployment);
        }
        var serializer = new ManifestSerializer();
        StringBuilder all = new StringBuilder();
        for (Object d : deployments) {
            all.append("---\n").append(serializer.toYaml(d));
        }
        Files.writeString(dir.resolve("deployments.yaml"), all.toString(), StandardCharsets.UTF_8);
        return dir;
    }

    private static List<Path> manifestFiles(Path out) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of(OutputFolders.MANIFESTS, OutputFolders.CONTROL_PLANE)) {
            try (Stream<Path> walk = Files.walk(out.resolve(folder))) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Timing time(int warmups, int runs, Step step) throws Exception {
        for (int i = 0; i < warmups; i++) {
            step.run();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.run();
            seconds.add((System.nanoTime() - t) / 1e9);
        }
        return Timing.of(seconds);
    }

    /** Samples the used heap every 5 ms on a daemon thread: the highest total seen is the peak (garbage included). */
    private static final class HeapSampler {
        private volatile long peak;
        private volatile boolean running = true;

        HeapSampler start() {
            Thread t = new Thread(() -> {
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            t.setDaemon(true);
            t.start();
            return this;
        }

        long stopMib() {
            running = false;
            return peak / (1024 * 1024);
        }
    }
}
