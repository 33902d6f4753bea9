package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the derivation of the service graph could not decide, as findings of the derivation stage: each
 * warning and piece of information of the graph under its {@link DerivationRule}, at the file and line of
 * its evidence, the service it concerns as its object. A service's descriptor suppresses a rule for it
 * ({@code suppress: {DERIVE-UNKNOWN-HOST: reason}}), as an annotation does for an object.
 */
public final class DerivationFindings {

    /** A message that begins with its evidence: {@code path/file.yml:12 key names ...}. */
    private static final Pattern EVIDENCE = Pattern.compile("^([^\\s:]+):(\\d+)(?=[\\s:]|$)");

    /** The findings kept and those the services' descriptors suppress. */
    public record Result(List<Finding> findings, List<Suppression> suppressions) {
    }

    private final Path base;

    /** {@code base}: the project folder, which the graph's files are relative to. */
    public DerivationFindings(Path base) {
        this.base = base;
    }

    public Result of(ServiceGraph graph) {
        List<Finding> kept = new ArrayList<>();
        List<Suppression> suppressed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(graph.warnings());
        problems.addAll(graph.notices());
        for (Problem p : problems) {
            if (p.rule() == null) {
                throw new IllegalStateException("a derivation problem without its rule: " + p.describe());
            }
            Service service = p.service() == null ? null : graph.service(p.service()).orElse(null);
            Finding f = finding(p, service);
            String reason = graph.suppression(p).orElse(null);
            if (reason != null) {
                suppressed.add(new Suppression(f.ruleId(), f.object(), relative(service.descriptor().file()), 0, reason));
            } else {
                kept.add(f);
            }
        }
        return new Result(kept, suppressed);
    }

    private Finding finding(Problem p, Service service) {
        DerivationRule rule = p.rule();
        String message = p.message().startsWith("info: ") ? p.message().substring("info: ".length()) : p.message();
        Path file = p.file();
        int line = p.line();
        Matcher evidence = EVIDENCE.matcher(message);
        if (file == null && evidence.find()) {
            file = Path.of(evidence.group(1));
            line = Integer.parseInt(evidence.group(2));
        } else if (file == null && service != null) {
            file = committedFile(service);
        }
        return new Finding(rule.id(), rule.level() == Problem.Level.INFO ? Severity.INFO : Severity.WARNING,
                Stage.DERIVATION, file, line, service == null ? null : "service " + service.name(), message,
                rule.remediation(), null);
    }

    /** The service's descriptor, or its POM when it has none: the file a reviewer opens for it. */
    private Path committedFile(Service s) {
        Path descriptor = s.descriptor().file();
        if (descriptor != null && Files.isRegularFile(descriptor)) {
            return relative(descriptor);
        }
        return s.module().pomFile() == null ? null : relative(s.module().pomFile());
    }

    private Path relative(Path p) {
        if (p == null || base == null) {
            return p;
        }
        Path abs = p.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return abs.startsWith(b) && !abs.equals(b) ? b.relativize(abs) : abs;
    }
}
