package io.aiplatform.security.core.command;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.generate.EncryptionKeySource;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.helm.ChartVersion;
import io.aiplatform.security.core.helm.HelmChartGenerator;
import io.aiplatform.security.core.helm.HelmChartSettings;
import io.aiplatform.security.core.io.DriftCheck;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.io.OwnedFolder;
import io.aiplatform.security.core.io.OwnershipException;
import io.aiplatform.security.core.io.SecurityLayer;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionConfigLimits;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole of {@code generate-security} without Maven: derive the graph, generate the layer,
 * write it atomically, then publish to or check against the GitOps folder.
 */
public final class GenerateCommand {

    /**
     * What happened, for the build log: {@code notes} to act on (warnings), {@code facts} stated once (info),
     * and how the GitOps copy differs under {@code check}.
     */
    public record Result(ServiceGraph graph, SecurityLayer layer, List<String> notes, List<String> facts,
                         List<DriftCheck.Difference> drift, Optional<LayerDiffStep.Outcome> diff) {
    }

    private DiffSettings diffSettings = DiffSettings.NONE;

    /** Where the base of the diff report is (none by default): the diff is written before the GitOps copy is updated. */
    public GenerateCommand diff(DiffSettings settings) {
        this.diffSettings = settings;
        return this;
    }

    public Result run(GenerateRequest request) throws InvalidInputException, IOException {
        try {
            return generate(request);
        } catch (OwnershipException e) {
            throw new InvalidInputException(new Problem(null, 0, null, e.getMessage()));
        }
    }

    /** The project whose root, modules and source folders are never written into. */
    static OwnedFolder.Project project(Path root, List<io.aiplatform.security.core.graph.Module> modules) {
        return new OwnedFolder.Project(root, modules.stream().map(m -> m.directory())
                .filter(java.util.Objects::nonNull).toList());
    }

    /** Judges both folders the run writes before anything is derived or written; the project they must not be. */
    private static OwnedFolder.Project claimFolders(GenerateRequest request) throws IOException {
        OwnedFolder.Project project = project(request.derivation().root(), request.derivation().modules());
        OwnedFolder.claim(request.output().directory(), OwnedFolder.Kind.OUTPUT, project);
        if (request.output().checkDirectory() != null) {
            OwnedFolder.claim(request.output().checkDirectory(), OwnedFolder.Kind.GITOPS, project);
        }
        return project;
    }

    private Result generate(GenerateRequest request) throws InvalidInputException, IOException {
        checkRequest(request);
        List<String> notes = new ArrayList<>();
        GenerateRequest.Encryption wanted = request.encryption();
        GenerateRequest.Kms kms = wanted.kms();
        GenerateRequest.Derivation derivation = request.derivation();
        OwnedFolder.Project project = claimFolders(request);
        ServiceGraph graph = DerivedGraphs.derive(derivation.project(request.platform().namespace()));
        EncryptionKeySource.Result key = new EncryptionKeySource()
                .resolve(wanted.provider(), wanted.keyFile(), wanted.keyEnv(), wanted.environment(), wanted.keySupply());
        notes.addAll(key.notes());
        EncryptionSettings encryption = new EncryptionSettings(wanted.provider(), wanted.keyName(), key.key(),
                kms.name(), kms.endpoint(), kms.timeout());
        HelmChartSettings chart = request.output().formats().contains(OutputFormat.HELM) ? chartSettings(request) : null;
        apiServerNote(graph, request).ifPresent(notes::add);
        notes.addAll(PodSecurityPreview.notes(graph.deploymentFiles(), request.platform(), derivation.root()));
        SecurityLayer layer = new SecurityLayerGenerator(request.platform(), encryption, request.output().formats(), chart,
                request.externalSecrets())
                .generate(graph);
        new OutputWriter(project).write(request.output().directory(), layer);
        Optional<LayerDiffStep.Outcome> diff = LayerDiffStep.generated(request, diffSettings, graph);
        List<DriftCheck.Difference> drift = request.output().checkDirectory() == null ? List.of()
                : checkOrPublish(request, project, layer, notes);
        List<String> facts = new ArrayList<>(key.facts());
        facts.addAll(IntentsChanges.record(request.output().directory(), derivation.intents(), graph));
        return new Result(graph, layer, notes, facts, drift, diff);
    }

    /** Settings that cannot go together, or a KMS provider without what it needs: an error before anything is done. */
    private static void checkRequest(GenerateRequest request) throws InvalidInputException {
        GenerateRequest.Kms kms = request.encryption().kms();
        if (request.encryption().provider() == EncryptionProvider.KMS) {
            if (kms.name() == null || kms.endpoint() == null) {
                throw new InvalidInputException(new Problem(null, 0, null, "encryptionProvider kms needs kmsName and"
                        + " kmsEndpoint (-Dai-security.kmsName=... -Dai-security.kmsEndpoint=unix:///var/run/kms.sock)"));
            }
            for (String problem : new String[] {EncryptionConfigLimits.endpointProblem(kms.endpoint()),
                    EncryptionConfigLimits.timeoutProblem(kms.timeout()),
                    EncryptionConfigLimits.kmsNameProblem(kms.name(), "v2")}) {
                if (problem != null) {
                    throw new InvalidInputException(new Problem(null, 0, null, "kms " + problem
                            + " (-Dai-security.kmsName, -Dai-security.kmsEndpoint, -Dai-security.kmsTimeout)"));
                }
            }
        }
        if (request.output().check() && request.output().checkDirectory() == null) {
            throw new InvalidInputException(new Problem(null, 0, null, "-Dai-security.check needs a checkDirectory"
                    + " (the Git-tracked folder of manifests, e.g. <checkDirectory>deploy/security</checkDirectory>)"));
        }
        if (request.output().checkDirectory() != null && !request.output().formats().contains(OutputFormat.KUSTOMIZE)) {
            throw new InvalidInputException(new Problem(null, 0, null, "checkDirectory holds a copy of manifests/,"
                    + " which only the kustomize format writes; add it (-Dai-security.formats=kustomize,helm)"));
        }
    }

    /** The Helm chart's name checked, its version, and where its EncryptionConfiguration lies, as the chart shows it. */
    private static HelmChartSettings chartSettings(GenerateRequest request) throws InvalidInputException {
        String chartName = HelmChartGenerator.chartName(request.platform().platform());
        if (!Names.isDns1123Label(chartName)) {
            throw new InvalidInputException(new Problem(null, 0, null, "platformName '" + request.platform().platform()
                    + "' gives the Helm chart name '" + chartName + "', which is not lowercase letters, digits and"
                    + " '-' (at most 63); set <platformName> (-Dai-security.platformName=my-platform)"));
        }
        String version;
        try {
            version = request.chart().chartVersion() != null ? ChartVersion.of(request.chart().chartVersion())
                    : ChartVersion.of(request.chart().projectVersion());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new Problem(null, 0, null, e.getMessage()));
        }
        Path controlPlane = request.output().directory().resolve(OutputFolders.CONTROL_PLANE)
                .resolve("encryption-config.yaml");
        String shown = controlPlane.startsWith(request.derivation().root())
                ? request.derivation().root().relativize(controlPlane).toString().replace('\\', '/')
                : controlPlane.toString();
        return new HelmChartSettings(version, request.chart().projectVersion(), shown);
    }

    /** A note when services hold Kubernetes API permissions but no API server address is known to let them reach it. */
    private static Optional<String> apiServerNote(ServiceGraph graph, GenerateRequest request) {
        List<String> needApi = graph.services().stream().filter(s -> s.usesKubernetesApi()).map(s -> s.name()).toList();
        if (needApi.isEmpty() || !request.platform().apiServerEndpoints().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", needApi) + " hold Kubernetes API permissions and mount a token, but no"
                + " apiServerEndpoints is set, so their egress blocks the API server. Find its addresses with:"
                + " kubectl get endpoints kubernetes -n default -o jsonpath='{.subsets[*].addresses[*].ip}';"
                + " then set -Dai-security.apiServerEndpoints=<ip>/32[,<ip>/32]");
    }

    /**
     * With {@code check}, how the GitOps copy differs from the manifests just generated; else the copy updated
     * to them, with a note listing what changed, and no differences.
     */
    private static List<DriftCheck.Difference> checkOrPublish(GenerateRequest request, OwnedFolder.Project project,
                                                              SecurityLayer layer, List<String> notes) throws IOException {
        DriftCheck driftCheck = new DriftCheck(project);
        Path gitops = request.output().checkDirectory();
        if (request.output().check()) {
            return driftCheck.compare(gitops, layer.under(OutputFolders.MANIFESTS));
        }
        List<DriftCheck.Difference> published = driftCheck.publish(gitops, layer.under(OutputFolders.MANIFESTS));
        if (!published.isEmpty()) {
            StringBuilder note = new StringBuilder("updated " + published.size() + " file(s) in " + gitops
                    + "; review and commit them:");
            for (DriftCheck.Difference d : published) {
                note.append(System.lineSeparator()).append("  ").append(d.kind().published()).append(' ').append(d.path());
            }
            notes.add(note.toString());
        }
        return List.of();
    }
}
