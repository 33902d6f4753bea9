package io.aiplatform.security.bench;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.io.SecurityLayer;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain harness (not a test) that writes everything a derivation of the synthetic platform gives, to compare two
 * builds of the plugin byte for byte: {@code derivation.txt} (evidence, warnings, notices, omissions, unresolved
 * calls, deployment files, services with their labels, edges, outside edges and product egress, in the graph's order) and the
 * generated layer under {@code layer/}.
 *
 * <p>{@code java -cp … DerivationSnapshot <services> <platform folder> <output folder>}: the platform folder must be
 * the same path for both builds, since evidence names files by path.
 */
public final class DerivationSnapshot {

    private DerivationSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<Module> modules = SyntheticPlatform.writeReactor(root, n, 42, "0.1.0-SNAPSHOT");
        ServiceGraph graph = new ServiceGraphBuilder(ClientCatalog.builtIn(), root).build(modules);
        PlatformSettings platform = new PlatformSettings("bench", "bench", true, true,
                Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
        EncryptionSettings enc = new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null);
        SecurityLayer layer = new SecurityLayerGenerator(platform, enc).generate(graph);
        new OutputWriter().write(out.resolve("layer"), layer);
        List<String> lines = new ArrayList<>(graph.explain());
        graph.warnings().forEach(p -> lines.add("WARNING " + p));
        graph.notices().forEach(p -> lines.add("NOTICE " + p));
        graph.omissions().forEach(p -> lines.add("OMISSION " + p));
        graph.unresolvedCalls().forEach(p -> lines.add("UNRESOLVED " + p));
        graph.deploymentFiles().forEach(p -> lines.add("DEPLOYMENT " + p));
        graph.services().forEach(s -> lines.add("SERVICE " + s.name() + " " + s.role() + " " + s.ports() + " "
                + new TreeMap<>(s.labels())));
        graph.edges().forEach(e -> lines.add("EDGE " + e));
        graph.outsideEdges().forEach(e -> lines.add("OUTSIDE " + e));
        graph.productEgress().forEach(e -> lines.add("EGRESS " + e));
        Files.write(out.resolve("derivation.txt"), lines);
    }
}
