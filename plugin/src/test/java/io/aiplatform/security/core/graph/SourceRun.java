package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs chosen derivation sources alone over a fixture platform, for the sources' own tests. */
final class SourceRun {

    private final Derivation d;

    private SourceRun(Derivation d) {
        this.d = d;
    }

    /** Resolves the services of {@code modules} below {@code root} (namespace "shop"), then runs {@code sources} in order. */
    static SourceRun of(Path root, List<Module> modules, DerivationSource... sources) throws InvalidInputException {
        return of(new DerivationProject(root, modules, List.of(), "shop"), sources);
    }

    /** Resolves the services of {@code project}, then runs {@code sources} in order. */
    static SourceRun of(DerivationProject project, DerivationSource... sources) throws InvalidInputException {
        Derivation d = DerivationSources.prepare(project, ClientCatalog.builtIn());
        for (DerivationSource source : sources) {
            d.services().values().forEach(a -> source.derive(a, d));
        }
        return new SourceRun(d);
    }

    /** Services {@code names} below {@code root}, each with one port {@code http: 8080}, and {@code source} run over them. */
    static SourceRun ofHttpServices(Path root, DerivationSource source, String... names) throws InvalidInputException {
        Fixtures fixtures = new Fixtures(root);
        for (String name : names) {
            fixtures.service(name, "ports: [{name: http, port: 8080}]\n");
        }
        return of(root, fixtures.modules(), source);
    }

    /** Runs {@code report} (a check made once the sources have run, as {@link DerivationSources#derive} does) over the derivation. */
    SourceRun then(java.util.function.Consumer<Derivation> report) {
        report.accept(d);
        return this;
    }

    /** "from->to" and the evidence of each edge. */
    Map<String, List<String>> edges() {
        Map<String, List<String>> edges = new TreeMap<>();
        d.findings.edges.values().forEach(e -> edges.put(e.from + "->" + e.to, List.copyOf(e.reasons)));
        return edges;
    }

    /** "from->to" and the ports of each edge. */
    Map<String, List<Integer>> ports() {
        Map<String, List<Integer>> ports = new TreeMap<>();
        d.findings.edges.values().forEach(e -> ports.put(e.from + "->" + e.to,
                e.build().ports().stream().map(PortSpec::port).toList()));
        return ports;
    }

    List<String> warnings() {
        return d.findings.warnings.stream().map(Problem::toString).toList();
    }

    /** The rule of each warning, in order. */
    List<io.aiplatform.security.core.support.DerivationRule> rules() {
        return d.findings.warnings.stream().map(Problem::rule).toList();
    }

    /** The inputs that could not be read (a file not parsed, too large ...). */
    List<String> unread() {
        return d.findings.unread.stream().map(Problem::toString).toList();
    }

    List<String> notices() {
        return d.findings.notices.stream().map(Problem::toString).toList();
    }

    List<String> errors() {
        return d.findings.errors.stream().map(Problem::toString).toList();
    }

    List<Omission> omissions() {
        return d.findings.omissions;
    }

    List<String> outside() {
        return d.findings.outside.values().stream().map(OutsideEdgeBuilder::build)
                .map(e -> e.peer() + " " + e.reasons()).toList();
    }

    /** Each connection with another namespace's pods as {@code service:port}, per port, in the order derived. */
    List<String> outsidePorts() {
        return d.findings.outside.values().stream().map(OutsideEdgeBuilder::build)
                .flatMap(e -> e.ports().stream().map(p -> e.service() + ":" + p.port())).toList();
    }

    /** {@code modules} with the module {@code artifactId} running {@code versions} of its framework, the rest as they are. */
    static List<Module> withFrameworks(List<Module> modules, String artifactId, FrameworkVersions versions) {
        return modules.stream().map(m -> m.artifactId().equals(artifactId) ? m.withFrameworks(versions) : m).toList();
    }

    /**
     * Writes {@code docker-compose.yml} below {@code root} with one service and its {@code environment} entries
     * ({@code NAME: value}), one a line from line 4, in the order given.
     */
    static void composeEnvironment(Path root, String service, String... environment) throws IOException {
        StringBuilder compose = new StringBuilder("services:\n  " + service + ":\n    environment:\n");
        for (String variable : environment) {
            compose.append("      ").append(variable).append('\n');
        }
        write(root, "docker-compose.yml", compose.toString());
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
