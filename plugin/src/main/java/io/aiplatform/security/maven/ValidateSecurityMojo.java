package io.aiplatform.security.maven;

import io.aiplatform.security.core.command.DiffSettings;
import io.aiplatform.security.core.command.InputDigests;
import io.aiplatform.security.core.command.IntentsCommand;
import io.aiplatform.security.core.command.LayerCheckCommand;
import io.aiplatform.security.core.command.LayerDiffStep;
import io.aiplatform.security.core.command.StampedRun;
import io.aiplatform.security.core.command.ValidateCommand;
import io.aiplatform.security.core.command.ValidateRequest;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves the security layer: parses every manifest, checks it against the Kubernetes schemas and
 * the API server's rules, runs the security rules, and computes the connectivity the
 * NetworkPolicies allow, compared with the declared service graph. Works without a project too.
 */
@Mojo(name = "validate-security", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ValidateSecurityMojo extends AbstractSecurityMojo {

    /** Further manifests to validate with the generated ones: folders or files, comma-separated (hand-written policies, a rendered chart, Deployments). */
    @Parameter(property = "ai-security.manifestDirectories")
    private List<String> manifestDirectories;

    /** Extra schema locations, comma-separated: folders in kubeconform's layout or kubeconform-style templates; the bundled schemas come last. */
    @Parameter(property = "ai-security.schemaLocations")
    private List<String> schemaLocations;

    /** Folders or files of CustomResourceDefinitions, comma-separated: their custom resources among the manifests are validated against the CRDs' schemas (CRDs among the manifests count too). */
    @Parameter(property = "ai-security.crdDirectories")
    private List<String> crdDirectories;

    /** Git-tracked folder of published manifests (GitOps), searched for key material that must not be committed. */
    @Parameter(property = "ai-security.checkDirectory")
    private java.io.File checkDirectory;

    /** Folder of manifests the connectivity diff (reports/connectivity-diff.md) compares the layer with, instead of checkDirectory. */
    @Parameter(property = "ai-security.diffBase")
    private java.io.File diffBase;

    /** Git ref (branch, tag, commit) at which the diff's base folder (diffBase, else checkDirectory) is read with the git on the PATH. */
    @Parameter(property = "ai-security.diffBaseRef")
    private String diffBaseRef;

    /** Fail the build when the diff opens a connection, an exposure or a grant, naming each. */
    @Parameter(property = "ai-security.failOnWidening", defaultValue = "false")
    private boolean failOnWidening;

    /** Kubernetes version of the schemas (kubeconform's -kubernetes-version); the bundled schemas are for master. */
    @Parameter(property = "ai-security.kubernetesVersion", defaultValue = "master")
    private String kubernetesVersion;

    /** Report a kind without a schema as info instead of an error. */
    @Parameter(property = "ai-security.ignoreMissingSchemas", defaultValue = "false")
    private boolean ignoreMissingSchemas;

    /** kubeconform for the schema stage: auto (use one on the PATH), builtin (never), or the executable's path. */
    @Parameter(property = "ai-security.kubeconform", defaultValue = "auto")
    private String kubeconform;

    /** Lowest severity that fails the build: error, warning or never. */
    @Parameter(property = "ai-security.failOn", defaultValue = "error")
    private String failOn;

    /** The operator rotates aesgcm keys automatically (silences ENC-AESGCM-ROTATION). */
    @Parameter(property = "ai-security.aesgcmRotationAutomated", defaultValue = "false")
    private boolean aesgcmRotationAutomated;

    /** Who supplies the encryption key: build, or deploy (a placeholder is expected; CIS 1.2.28 is then to review). */
    @Parameter(property = "ai-security.encryptionKeySource", defaultValue = "build")
    private String encryptionKeySource;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** A platform's manifests/ folder (its GitOps copy, or a platform build's target/ai-security/manifests): prove that it allows every call of this repository's current intents and admits every caller they declare. */
    @Parameter(property = "ai-security.platformLayerDirectory")
    private java.io.File platformLayerDirectory;

    /** The platform's published layer, groupId:artifactId:version (classifier ai-security-layer, type zip), resolved like a dependency: proved like platformLayerDirectory. */
    @Parameter(property = "ai-security.platformLayer")
    private String platformLayer;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!shouldRun()) {
            return;
        }
        Path base = standalone() ? Path.of(session.getExecutionRootDirectory()) : project.getBasedir().toPath();
        FailOn threshold;
        try {
            threshold = FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ai-security: " + e.getMessage());
        }
        List<Path> inputs = new ArrayList<>();
        if (manifestDirectories != null) {
            manifestDirectories.stream().filter(s -> !s.isBlank()).forEach(s -> inputs.add(base.resolve(s.strip())));
        }
        List<Path> tracked = new ArrayList<>(inputs);
        if (checkDirectory != null) {
            tracked.add(checkDirectory.toPath());
        }
        List<String> locations = schemaLocations == null ? List.of()
                : schemaLocations.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
        Path out = outputDirectory.toPath();
        ValidateRequest request;
        try {
            request = request(base, out, inputs, tracked, locations, threshold);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ai-security: " + e.getMessage());
        }
        MojoFailureException notAllowed = platformLayerDirectory != null || platformLayer != null && !platformLayer.isBlank()
                ? new LayerCheckRun(this, request).check() : null;
        try (StampedRun run = diffBase != null || diffBaseRef != null ? StampedRun.always(mavenLog()) // a named base may move
                : stampedRun(out.resolve(".validate.stamp"), List.of(out.resolve(OutputFolders.REPORTS)),
                () -> InputDigests.validate(request, pluginBuild()) + " failOnWidening=" + failOnWidening)) {
            try {
                if (!run.replayed("ai-security: inputs unchanged since the last successful validation, reports in "
                        + out.resolve(OutputFolders.REPORTS) + " are up to date (-Dai-security.incremental=false revalidates)")) {
                    validate(request, base, run);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("ai-security: validation could not run: " + e.getMessage(), e);
            }
        }
        if (notAllowed != null) {
            throw notAllowed;
        }
    }

    /** The shift-left check of this build, when a platform's layer is given. */
    private static final class LayerCheckRun {
        private final ValidateSecurityMojo mojo;
        private final ValidateRequest request;

        LayerCheckRun(ValidateSecurityMojo mojo, ValidateRequest request) {
            this.mojo = mojo;
            this.request = request;
        }

        /**
         * Proves the intents and logs the outcome; the failure to throw once the validation has run, when the layer
         * does not allow them (a layer that cannot be read fails at once).
         */
        MojoFailureException check() throws MojoExecutionException, MojoFailureException {
            if (mojo.standalone()) {
                throw new MojoFailureException("ai-security: platformLayer and platformLayerDirectory prove a repository's"
                        + " intents; run validate-security in the service repository (where its pom.xml is)");
            }
            IntentsCommand intents = new IntentsPublication(mojo.project, mojo.reactorProjects()).command();
            LayerCheckCommand command = new LayerCheckCommand(request.platform(), intents);
            LayerCheckCommand.Result result;
            try {
                if (mojo.platformLayerDirectory != null) {
                    result = command.againstFolder(mojo.platformLayerDirectory.toPath(), mojo.platformLayerDirectory.toString());
                } else {
                    Path zip = PlatformLayerArtifact.resolve(mojo.platformLayer, mojo.repositorySystem,
                            mojo.session.getRepositorySession(), mojo.project.getRemoteProjectRepositories());
                    Path into = Path.of(mojo.project.getBuild().getDirectory(), "ai-security-platform-layer");
                    result = command.againstArchive(zip, into, mojo.platformLayer.strip());
                }
            } catch (InvalidInputException e) {
                throw new MojoFailureException("ai-security: " + e.getMessage());
            } catch (IOException e) {
                throw new MojoExecutionException("ai-security: the platform's layer could not be read: " + e.getMessage(), e);
            }
            return report(result);
        }

        private MojoFailureException report(LayerCheckCommand.Result result) {
            if (result.failures().isEmpty()) {
                mojo.getLog().info("ai-security: the platform's layer " + result.layer() + " allows every connection of the"
                        + " current intents (" + result.allowed().size() + "): " + String.join(", ", result.allowed()));
                return null;
            }
            result.failures().forEach(f -> mojo.getLog().error("ai-security: " + f));
            return new MojoFailureException("ai-security: the platform's layer " + result.layer() + " does not allow "
                    + result.failures().size() + " connection(s) of the current intents:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", result.failures()));
        }
    }

    /** Validates, writes the reports and says the findings through {@code run}; fails the build at failOn. */
    private void validate(ValidateRequest request, Path base, StampedRun run)
            throws MojoExecutionException, MojoFailureException {
        Path out = request.outputDirectory();
        ValidationReport report;
        ValidateCommand command = new ValidateCommand();
        java.util.Optional<LayerDiffStep.Outcome> diff;
        try {
            report = command.run(request);
            diff = LayerDiffStep.validated(request, report, new DiffSettings(checkDirectory == null ? null
                    : checkDirectory.toPath(), diffBase == null ? null : diffBase.toPath(), diffBaseRef, failOnWidening));
            command.writeReports(request, report, pluginVersion == null ? "dev" : pluginVersion,
                    standalone() ? null : base, ownedProject(base));
            if (diff.isPresent()) {
                LayerDiffStep.write(out, diff.get());
            }
        } catch (InvalidInputException | io.aiplatform.security.core.io.OwnershipException e) {
            throw new MojoFailureException("ai-security: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("ai-security: validation could not run: " + e.getMessage(), e);
        }
        log(report, command.derivationLogged(), run);
        DiffOutcomes.say(diff, run);
        if (report.failed()) {
            throw new MojoFailureException("ai-security: " + report.failures().size() + " finding(s) at or above failOn="
                    + failOn + " (" + String.join(", ", new TreeSet<>(report.failures().stream().map(Finding::ruleId)
                    .toList())) + "); reports in " + out.resolve(OutputFolders.REPORTS));
        }
        DiffOutcomes.gate(diff, failOnWidening);
        run.succeeded();
    }

    /** The counts per stage, then each finding: those of the derivation only when no earlier goal logged them. */
    private void log(ValidationReport report, boolean derivationLogged, StampedRun run) {
        run.say("INFO", String.format("ai-security: validated %d object(s) in %d file(s) with %s",
                report.manifests().size(), report.files(), report.schemaValidator()));
        for (Stage stage : Stage.values()) {
            run.say("INFO", String.format("  %-12s errors %d, warnings %d, info %d", stage.id(),
                    report.count(stage, Severity.ERROR), report.count(stage, Severity.WARNING),
                    report.count(stage, Severity.INFO)));
        }
        run.say("INFO", "  connectivity: " + report.connections().size() + " allowed connection(s)");
        for (Finding f : report.findings()) {
            if (derivationLogged && f.stage() == Stage.DERIVATION) {
                continue;
            }
            run.say(switch (f.severity()) {
                case ERROR -> "ERROR";
                case WARNING -> "WARN";
                default -> "INFO";
            }, f.describe());
        }
        for (Suppression s : report.suppressions()) {
            if (derivationLogged && DerivationRule.isDerivation(s.ruleId())) {
                continue;
            }
            run.say("INFO", "suppressed " + s.ruleId() + " on " + s.object() + " (" + s.file() + "): " + s.reason());
        }
    }

    private ValidateRequest request(Path base, Path out, List<Path> inputs, List<Path> tracked, List<String> locations,
                                    FailOn threshold) throws MojoExecutionException, MojoFailureException {
        return ValidateRequest.builder(base, out)
                .manifestDirectories(inputs)
                .modules(standalone() ? null : modules())
                .intents(intents())
                .namespace(standalone() && !session.getUserProperties().containsKey("ai-security.namespace") ? null
                        : namespace) // a folder validated without a project: its objects' namespaces are their own
                .schemaLocations(locations)
                .crdDirectories(crdDirectories == null ? List.of() : crdDirectories.stream().filter(c -> !c.isBlank())
                        .map(c -> base.resolve(c.strip())).toList())
                .kubernetesVersion(kubernetesVersion)
                .ignoreMissingSchemas(ignoreMissingSchemas)
                .kubeconformChoice(kubeconform)
                .trackedDirectories(tracked)
                .aesgcmRotationAutomated(aesgcmRotationAutomated)
                .keySupply(encryptionKeySource)
                .failOn(threshold)
                .profiles(profileList())
                .configDirectories(configDirectoryList())
                .helmValues(helmValueFiles(base))
                .apiServer(apiServerEndpointList(), apiServerPortList())
                .build();
    }
}
