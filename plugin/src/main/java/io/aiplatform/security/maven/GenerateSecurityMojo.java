package io.aiplatform.security.maven;

import io.aiplatform.security.core.command.DiffSettings;
import io.aiplatform.security.core.command.GenerateCommand;
import io.aiplatform.security.core.command.GenerateRequest;
import io.aiplatform.security.core.command.InputDigests;
import io.aiplatform.security.core.command.LayerArchive;
import io.aiplatform.security.core.command.StampedRun;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.generate.ExternalSecretsSettings;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.generate.PodSecurity;
import io.aiplatform.security.core.io.DriftCheck;
import io.aiplatform.security.core.support.Counted;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Derives the platform's service graph from its modules' POMs and descriptors and writes
 * default-deny NetworkPolicies, least-privilege RBAC and the Secrets EncryptionConfiguration to
 * {@code target/ai-security/}.
 */
@Mojo(name = "generate-security", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateSecurityMojo extends AbstractEncryptionMojo {

    /** Platform name, written as the app.kubernetes.io/part-of label of every object. */
    @Parameter(property = "ai-security.platformName", defaultValue = "${project.artifactId}")
    private String platformName;

    /** Generate the default-deny-all NetworkPolicy that denies all ingress and egress of every pod. */
    @Parameter(property = "ai-security.defaultDeny", defaultValue = "true")
    private boolean defaultDeny;

    /** Generate the allow-dns NetworkPolicy that lets every pod reach kube-dns on port 53. */
    @Parameter(property = "ai-security.allowDns", defaultValue = "true")
    private boolean allowDns;

    /** Labels (k=v, comma-separated) of the namespaces external traffic comes from, for services with ingress.external and no fromNamespaces. */
    @Parameter(property = "ai-security.externalIngressNamespaces", defaultValue = "kubernetes.io/metadata.name=ingress-nginx")
    private String externalIngressNamespaces;

    /** Provider that encrypts Secrets at rest: secretbox, aesgcm, aescbc or kms (KMS v2). */
    @Parameter(property = "ai-security.encryptionProvider", defaultValue = "secretbox")
    private String encryptionProvider;

    /** Name of the key in the EncryptionConfiguration. */
    @Parameter(property = "ai-security.encryptionKeyName", defaultValue = "key1")
    private String encryptionKeyName;

    /** Environment variable that holds the base64 encryption key. */
    @Parameter(property = "ai-security.encryptionKeyEnv", defaultValue = "AI_SECURITY_ENCRYPTION_KEY")
    private String encryptionKeyEnv;

    /**
     * Who supplies the encryption key: build (a key file or the environment; none is a warning) or deploy (the
     * deployment replaces the placeholder; stated once as info, and compliance says review).
     */
    @Parameter(property = "ai-security.encryptionKeySource", defaultValue = "build")
    private String encryptionKeySource;

    /** File that holds the base64 encryption key; wins over the environment variable. */
    @Parameter(property = "ai-security.encryptionKeyFile")
    private File encryptionKeyFile;

    /** Shapes to write the layer in, comma-separated: kustomize (the manifests/ folder), helm (a chart named after platformName, in helm/). */
    @Parameter(property = "ai-security.formats", defaultValue = "kustomize")
    private String formats;

    /** SemVer version of the Helm chart; derived from the project version (1.4 → 1.4.0) when not set. */
    @Parameter(property = "ai-security.chartVersion")
    private String chartVersion;

    /** Git-tracked folder that holds the published manifests (GitOps), one the plugin owns (.ai-security-owned): each build updates the YAML files it wrote there, or with check compares them. */
    @Parameter(property = "ai-security.checkDirectory")
    private File checkDirectory;

    /** Fail the build, listing each file, when checkDirectory differs from what would be generated. */
    @Parameter(property = "ai-security.check", defaultValue = "false")
    private boolean check;

    /** Pod Security level of the generated Namespace (enforce, audit and warn): restricted (the default when unset), baseline, privileged, or none for no Namespace object; must be set for namespace default, kube-system or kube-public. */
    @Parameter(property = "ai-security.podSecurity")
    private String podSecurity;

    /** Pod Security Standards version the Namespace pins (v1.minor, or latest), so that a cluster upgrade does not change what is admitted. */
    @Parameter(property = "ai-security.podSecurityVersion", defaultValue = PodSecurityLevel.DEFAULT_VERSION)
    private String podSecurityVersion;

    /** Name of the External Secrets Operator store every ExternalSecret reads from (formats=...,external-secrets). */
    @Parameter(property = "ai-security.externalSecretStore", defaultValue = "platform-secrets")
    private String externalSecretStore;

    /** Kind of that store: ClusterSecretStore or SecretStore. */
    @Parameter(property = "ai-security.externalSecretStoreKind", defaultValue = "ClusterSecretStore")
    private String externalSecretStoreKind;

    /** Remote key of each Secret in the secret manager; {namespace}, {secret} and {platform} are filled in. */
    @Parameter(property = "ai-security.externalSecretKey", defaultValue = "{namespace}/{secret}")
    private String externalSecretKey;

    /** How often the operator reads a Secret again (a Go duration); immutable Secrets are read once. */
    @Parameter(property = "ai-security.externalSecretRefresh", defaultValue = "1h")
    private String externalSecretRefresh;

    /** Folder of manifests the connectivity diff (reports/connectivity-diff.md) compares the layer with, instead of checkDirectory. */
    @Parameter(property = "ai-security.diffBase")
    private File diffBase;

    /** Git ref (branch, tag, commit) at which the diff's base folder (diffBase, else checkDirectory) is read with the git on the PATH. */
    @Parameter(property = "ai-security.diffBaseRef")
    private String diffBaseRef;

    /** Fail the build when the diff opens a connection, an exposure or a grant, naming each. */
    @Parameter(property = "ai-security.failOnWidening", defaultValue = "false")
    private boolean failOnWidening;

    /** Print, for every edge, why it exists (POM line, catalog entry, library path or descriptor line). */
    @Parameter(property = "ai-security.explain", defaultValue = "false")
    private boolean explain;

    /**
     * What this repository is: platform (it deploys the platform; the layer only) or service (one service or a
     * team's few, deployed by a platform repository: it also writes target/ai-security/intents.yaml, what its
     * services are and call, for the platform to assemble its layer from).
     */
    @Parameter(property = "ai-security.repositoryKind", defaultValue = "platform")
    private String repositoryKind;

    /** In a service repository, attach intents.yaml to the project (type yaml, classifier ai-security-intents), so that mvn deploy publishes it. */
    @Parameter(property = "ai-security.attachIntents", defaultValue = "true")
    private boolean attachIntents;

    @org.apache.maven.plugins.annotations.Component
    private org.apache.maven.project.MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!shouldRun()) {
            return;
        }
        IntentsPublication intents = IntentsPublication.RepositoryKind.of(repositoryKind)
                == IntentsPublication.RepositoryKind.SERVICE ? new IntentsPublication(project, reactorProjects()) : null;
        GenerateRequest request = request();
        warnAboutKeyInDebugLog(request);
        Path out = outputDirectory.toPath();
        List<Path> outputs = new java.util.ArrayList<>(OutputFolders.LAYER.stream().map(out::resolve).toList());
        if (intents != null) {
            outputs.add(out.resolve(OutputFolders.INTENTS));
        }
        try (StampedRun run = checkDirectory != null || diffBase != null || diffBaseRef != null
                ? StampedRun.always(mavenLog()) // a check and a diff always compare
                : stampedRun(out.resolve(".generate.stamp"), outputs, () -> InputDigests.generate(request, pluginBuild())
                        + (intents == null ? "" : " " + intents.inputs()))) { // one line: the stamp is read line by line
            try {
                if (!run.replayed("ai-security: inputs unchanged since the last run, " + out + " is up to date"
                        + " (-Dai-security.incremental=false regenerates)")) {
                    generate(request, run, intents);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("ai-security: cannot write " + outputDirectory + ": " + e.getMessage(), e);
            }
        }
        if (intents != null && attachIntents && intents.attach(projectHelper, out)) {
            getLog().info("ai-security: " + out.resolve(OutputFolders.INTENTS) + " attached (type "
                    + IntentsPublication.TYPE + ", classifier " + IntentsPublication.CLASSIFIER + ")");
        }
        if (intents == null) { // the layer a platform deploys; a service repository publishes its intents instead
            attachLayer(out);
        }
    }

    /**
     * Attach the layer's manifests/ folder zipped (type zip, classifier ai-security-layer) to the project, so that
     * {@code mvn deploy} publishes the layer the platform deploys beside its POM; false attaches nothing.
     */
    @Parameter(property = "ai-security.attachLayer", defaultValue = "true")
    private boolean attachLayer;

    /** Zips manifests/ deterministically into the build folder and attaches it, when there are manifests. */
    private void attachLayer(Path out) throws MojoExecutionException {
        if (!attachLayer || projectHelper == null || standalone()) {
            return;
        }
        Path zip = Path.of(project.getBuild().getDirectory()).resolve(LayerArchive.CLASSIFIER + ".zip");
        try {
            if (!LayerArchive.write(out.resolve(OutputFolders.MANIFESTS), zip)) {
                return;
            }
        } catch (IOException e) {
            throw new MojoExecutionException("ai-security: cannot write " + zip + ": " + e.getMessage(), e);
        }
        projectHelper.attachArtifact(project, LayerArchive.TYPE, LayerArchive.CLASSIFIER, zip.toFile());
        getLog().info("ai-security: the layer's manifests attached as " + project.getGroupId() + ":"
                + project.getArtifactId() + ":" + LayerArchive.TYPE + ":" + LayerArchive.CLASSIFIER + ":"
                + project.getVersion() + " (" + zip + ")");
    }

    private GenerateRequest request() throws MojoFailureException {
        try {
            return GenerateRequest.builder(project.getBasedir().toPath())
                    .modules(modules())
                    .intents(intents())
                    .platform(new PlatformSettings(namespace, platformName, defaultDeny, allowDns,
                            labels(externalIngressNamespaces), apiServerEndpointList(), apiServerPortList(),
                            PodSecurity.of(podSecurity, podSecurityVersion))
                            .withSource(project.getGroupId() + ":" + project.getArtifactId()))
                    .provider(EncryptionProvider.fromChoice(encryptionProvider))
                    .keyName(encryptionKeyName)
                    .keyFile(encryptionKeyFile == null ? null : encryptionKeyFile.toPath())
                    .keyEnv(encryptionKeyEnv)
                    .environment(System.getenv())
                    .kms(kmsName, kmsEndpoint, kmsTimeout)
                    .keySupply(encryptionKeySource)
                    .outputDirectory(outputDirectory.toPath())
                    .checkDirectory(checkDirectory == null ? null : checkDirectory.toPath())
                    .check(check)
                    .formats(OutputFormat.parse(formats))
                    .projectVersion(project.getVersion())
                    .chartVersion(chartVersion)
                    .explain(explain)
                    .profiles(profileList())
                    .configDirectories(configDirectoryList())
                    .helmValues(helmValueFiles(project.getBasedir().toPath()))
                    .externalSecrets(new ExternalSecretsSettings(externalSecretStore, externalSecretStoreKind,
                            externalSecretKey, externalSecretRefresh))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ai-security: " + e.getMessage());
        }
    }

    /** Generates the layer, saying what it did through {@code run}; fails the build on drift from checkDirectory. */
    private void generate(GenerateRequest request, StampedRun run, IntentsPublication intents)
            throws MojoExecutionException, MojoFailureException, IOException {
        Path out = outputDirectory.toPath();
        GenerateCommand.Result result;
        try {
            result = new GenerateCommand().diff(new DiffSettings(checkDirectory == null ? null : checkDirectory.toPath(),
                    diffBase == null ? null : diffBase.toPath(), diffBaseRef, failOnWidening)).run(request);
        } catch (InvalidInputException e) {
            throw new MojoFailureException("ai-security: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("ai-security: cannot write " + outputDirectory + ": " + e.getMessage(), e);
        }
        for (Problem w : result.graph().warnings()) {
            Optional<String> suppressed = result.graph().suppression(w);
            Optional<String> kept = intents == null ? Optional.empty()
                    : io.aiplatform.security.core.command.IntentsCommand.keptAsCall(result.graph(), w);
            if (kept.isPresent()) {
                run.say("INFO", "ai-security: " + kept.get());
            } else if (suppressed.isPresent()) {
                run.say("INFO", "ai-security: suppressed " + w.rule().id() + " on service " + w.service() + " (its"
                        + " descriptor): " + suppressed.get());
            } else {
                run.say(w.level() == Problem.Level.INFO ? "INFO" : "WARN", w.logged());
            }
        }
        result.graph().notices().forEach(n -> run.say("INFO", "ai-security: " + n.logged()));
        result.graph().omissions().stream().filter(o -> o.why().startsWith("excluded"))
                .forEach(o -> run.say("INFO", "ai-security: " + o.describe()));
        if (explain) {
            result.graph().explain().forEach(line -> run.say("INFO", "ai-security: " + line));
        }
        result.notes().forEach(n -> run.say("WARN", n));
        result.facts().forEach(n -> run.say("INFO", "ai-security: " + n));
        Path manifests = out.resolve(OutputFolders.MANIFESTS);
        int written = result.layer().under(OutputFolders.MANIFESTS).size();
        run.say("INFO", String.format("ai-security: %s, %s%s", Counted.of(result.graph().services().size(), "service"),
                Counted.of(result.graph().edges().size(), "connection"),
                written == 0 ? "" : String.format("; %s in %s", Counted.of(written, "manifest"), manifests)));
        if (!result.layer().under(OutputFolders.HELM).isEmpty()) {
            run.say("INFO", "ai-security: Helm chart in " + out.resolve(OutputFolders.HELM)
                    .resolve(result.layer().under(OutputFolders.HELM).firstKey().split("/")[0]));
        }
        DiffOutcomes.say(result.diff(), run);
        if (!result.drift().isEmpty()) {
            throw new MojoFailureException(driftMessage(result));
        }
        DiffOutcomes.gate(result.diff(), failOnWidening);
        if (check) {
            getLog().info("ai-security: " + checkDirectory + " is up to date");
        }
        if (intents != null) {
            Path file = intents.write(result.graph(), out);
            run.say("INFO", "ai-security: intents of " + Counted.of(result.graph().services().size(), "service")
                    + " in " + file);
        }
        run.succeeded();
    }

    /** Each differing file with its diff, where the connectivity diff is, and what to run. */
    private String driftMessage(GenerateCommand.Result result) {
        StringBuilder sb = new StringBuilder("ai-security: " + checkDirectory + " differs from the generated"
                + " manifests (" + result.drift().size() + " file(s)):");
        for (DriftCheck.Difference d : result.drift()) {
            sb.append(System.lineSeparator()).append("  ").append(d);
            d.diff().forEach(line -> sb.append(System.lineSeparator()).append("    ").append(line));
        }
        result.diff().ifPresent(d -> sb.append(System.lineSeparator()).append("What the change allows, connection by"
                + " connection and grant by grant: ").append(d.report()));
        sb.append(System.lineSeparator()).append("Run the build without -Dai-security.check to update ")
                .append(checkDirectory).append(", review and commit.");
        return sb.toString();
    }

    /**
     * Maven's debug output (-X) and plugins that log every property print the environment, so a key
     * in {@code encryptionKeyEnv} reaches the build log there; the key file does not.
     */
    private void warnAboutKeyInDebugLog(GenerateRequest request) {
        GenerateRequest.Encryption encryption = request.encryption();
        boolean fromEnvironment = encryption.keyFile() == null && encryption.keyEnv() != null
                && encryption.environment().get(encryption.keyEnv()) != null && encryption.provider().hasLocalKeys();
        if (fromEnvironment && getLog().isDebugEnabled()) {
            getLog().warn("ai-security: the encryption key comes from the environment variable " + encryption.keyEnv()
                    + ", and this is a debug build (-X): Maven's debug output can print the environment, so this log may"
                    + " hold the key. Keep the key in a file instead (-Dai-security.encryptionKeyFile=<file>, chmod 600)"
                    + " and rotate a key that reached a log (mvn ai-security:rotate-keys-plan).");
        }
    }

    static Map<String, String> labels(String spec) {
        Map<String, String> labels = new TreeMap<>();
        if (spec == null || spec.isBlank()) {
            return labels;
        }
        for (String pair : spec.split(",")) {
            String[] kv = pair.strip().split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("externalIngressNamespaces entry '" + pair.strip()
                        + "' is not key=value");
            }
            labels.put(kv[0].strip(), kv[1].strip());
        }
        return labels;
    }
}
