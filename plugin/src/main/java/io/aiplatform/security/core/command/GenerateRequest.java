package io.aiplatform.security.core.command;

import io.aiplatform.security.core.generate.ExternalSecretsSettings;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.KeySupply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code generate-security} needs, as plain data read from Maven by the Mojo, in typed
 * groups. Made with {@link #builder(Path)}, whose defaults are the plugin's parameter defaults.
 * Every component of every group is an input of the up-to-date check ({@link InputDigests#generate}),
 * which walks the request and its groups whole.
 *
 * @param derivation      what the service graph is derived from
 * @param platform        the platform's namespace, name and policy choices
 * @param encryption      how Secrets are encrypted at rest, and where the key comes from
 * @param output          where the layer is written, in which shapes, and the GitOps copy
 * @param chart           the Helm chart's versions
 * @param externalSecrets the store and remote keys of the external-secrets format
 */
public record GenerateRequest(Derivation derivation, PlatformSettings platform, Encryption encryption, Output output,
                              Chart chart, ExternalSecretsSettings externalSecrets) {

    /** The environment variable the key is read from unless {@code encryptionKeyEnv} says otherwise. */
    public static final String DEFAULT_KEY_ENV = "AI_SECURITY_ENCRYPTION_KEY";

    public GenerateRequest {
        externalSecrets = externalSecrets == null ? ExternalSecretsSettings.DEFAULT : externalSecrets;
    }

    /**
     * What the service graph is derived from.
     *
     * @param root     the reactor root; file names in messages are relative to it
     * @param modules  the platform's modules
     * @param profiles the configuration profiles read (none: the default profile)
     * @param explain  log why each edge exists
     * @param configDirectories folders of a configuration repository kept outside the code repository,
     *                 relative to the root, read like a native config server's search locations
     * @param helmValues values files the repository's Helm charts are rendered with, after their own
     * @param intents  the intents files of the service repositories the platform deploys, resolved
     */
    public record Derivation(Path root, List<Module> modules, List<String> profiles, boolean explain,
                             List<Path> configDirectories, List<Path> helmValues, List<ArtifactFile> intents) {
        public Derivation {
            modules = List.copyOf(modules);
            profiles = List.copyOf(profiles);
            configDirectories = List.copyOf(configDirectories);
            helmValues = List.copyOf(helmValues);
            intents = intents == null ? List.of() : List.copyOf(intents);
        }

        /** The project the graph is derived from, in {@code namespace}. */
        public DerivationProject project(String namespace) {
            return new DerivationProject(root, modules, profiles, namespace, configDirectories, helmValues, intents);
        }
    }

    /**
     * How Secrets are encrypted at rest.
     *
     * @param provider    the provider of the EncryptionConfiguration
     * @param keyName     the key's name in it
     * @param keyFile     file holding the base64 key, or null
     * @param keyEnv      name of the environment variable holding the key
     * @param environment the process environment (passed in so tests control it)
     * @param kms         the KMS v2 plugin, for provider kms
     * @param keySupply   whether the build supplies the key or the deployment replaces the placeholder
     */
    public record Encryption(EncryptionProvider provider, String keyName, Path keyFile, String keyEnv,
                             Map<String, String> environment, Kms kms, KeySupply keySupply) {
        public Encryption {
            environment = Map.copyOf(environment);
        }
    }

    /**
     * The KMS v2 plugin the API server asks for data keys.
     *
     * @param name     the plugin's name, or null
     * @param endpoint its socket (unix:///...), or null
     * @param timeout  how long the API server waits for it (a Go duration)
     */
    public record Kms(String name, String endpoint, String timeout) {
    }

    /**
     * Where and how the layer is written.
     *
     * @param directory      the output folder (manifests/, control-plane/, helm/)
     * @param formats        the shapes to write the layer in (kustomize, helm)
     * @param checkDirectory Git-tracked copy of the manifests, or null
     * @param check          compare with {@code checkDirectory} instead of updating it
     */
    public record Output(Path directory, Set<OutputFormat> formats, Path checkDirectory, boolean check) {
        public Output {
            formats = Set.copyOf(formats);
        }
    }

    /**
     * The Helm chart's versions.
     *
     * @param projectVersion the platform's version; the chart's appVersion
     * @param chartVersion   SemVer version of the chart, or null to derive it from {@code projectVersion}
     */
    public record Chart(String projectVersion, String chartVersion) {
    }

    /** A request for the platform rooted at {@code root}, with the plugin's defaults. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** A builder holding this request's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(derivation.root());
        b.modules = derivation.modules();
        b.profiles = derivation.profiles();
        b.helmValues = derivation.helmValues();
        b.explain = derivation.explain();
        b.configDirectories = derivation.configDirectories();
        b.intents = derivation.intents();
        b.platform = platform;
        b.provider = encryption.provider();
        b.keyName = encryption.keyName();
        b.keyFile = encryption.keyFile();
        b.keyEnv = encryption.keyEnv();
        b.environment = encryption.environment();
        b.kms = encryption.kms();
        b.keySupply = encryption.keySupply();
        b.outputDirectory = output.directory();
        b.checkDirectory = output.checkDirectory();
        b.check = output.check();
        b.formats = output.formats();
        b.projectVersion = chart.projectVersion();
        b.chartVersion = chart.chartVersion();
        b.externalSecrets = externalSecrets;
        return b;
    }

    @Override
    public String toString() {
        return "GenerateRequest[root=" + derivation.root() + ", modules=" + derivation.modules().size()
                + ", output=" + output.directory() + "]";
    }

    /** Builds a {@link GenerateRequest} value by value; every setter is optional. */
    public static final class Builder {
        private final Path root;
        private List<Module> modules = List.of();
        private PlatformSettings platform;
        private EncryptionProvider provider = EncryptionProvider.SECRETBOX;
        private String keyName = "key1";
        private Path keyFile;
        private String keyEnv = DEFAULT_KEY_ENV;
        private Map<String, String> environment = Map.of();
        private Kms kms = new Kms(null, null, "3s");
        private KeySupply keySupply = KeySupply.BUILD;
        private Path outputDirectory;
        private Path checkDirectory;
        private boolean check;
        private Set<OutputFormat> formats = Set.of(OutputFormat.KUSTOMIZE);
        private ExternalSecretsSettings externalSecrets = ExternalSecretsSettings.DEFAULT;
        private String projectVersion = "0.0.0";
        private String chartVersion;
        private boolean explain;
        private List<String> profiles = List.of();
        private List<Path> configDirectories = List.of();
        private List<Path> helmValues = List.of();
        private List<ArtifactFile> intents = List.of();

        private Builder(Path root) {
            this.root = root;
        }

        public Builder modules(List<Module> value) {
            modules = value;
            return this;
        }

        public Builder platform(PlatformSettings value) {
            platform = value;
            return this;
        }

        public Builder provider(EncryptionProvider value) {
            provider = value;
            return this;
        }

        public Builder keyName(String value) {
            keyName = value;
            return this;
        }

        public Builder keyFile(Path value) {
            keyFile = value;
            return this;
        }

        public Builder keyEnv(String value) {
            keyEnv = value;
            return this;
        }

        public Builder environment(Map<String, String> value) {
            environment = value;
            return this;
        }

        public Builder kms(String name, String endpoint, String timeout) {
            kms = new Kms(name, endpoint, timeout);
            return this;
        }

        /** Whether the build supplies the key ({@code build}, the default) or the deployment does ({@code deploy}). */
        public Builder keySupply(String choice) {
            keySupply = KeySupply.of(choice);
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder checkDirectory(Path value) {
            checkDirectory = value;
            return this;
        }

        public Builder check(boolean value) {
            check = value;
            return this;
        }

        public Builder formats(Set<OutputFormat> value) {
            formats = value;
            return this;
        }

        public Builder projectVersion(String value) {
            projectVersion = value;
            return this;
        }

        public Builder chartVersion(String value) {
            chartVersion = value;
            return this;
        }

        public Builder explain(boolean value) {
            explain = value;
            return this;
        }

        /** The store and remote keys of the external-secrets format. */
        public Builder externalSecrets(ExternalSecretsSettings value) {
            externalSecrets = value;
            return this;
        }

        /** Spring, Quarkus or Micronaut profiles whose configuration is read (none: the default profile). */
        public Builder profiles(List<String> value) {
            profiles = value;
            return this;
        }

        /** Folders of a configuration repository kept outside the code repository (relative to the root). */
        public Builder configDirectories(List<Path> value) {
            configDirectories = value;
            return this;
        }

        /** Values files the repository's Helm charts are rendered with, after their own (none: default values). */
        /** The intents files of the service repositories the platform deploys, resolved by the build. */
        public Builder intents(List<ArtifactFile> value) {
            intents = value;
            return this;
        }

        public Builder helmValues(List<Path> value) {
            helmValues = value;
            return this;
        }

        /** The request; the platform defaults to namespace ai-platform named after the root folder. */
        public GenerateRequest build() {
            PlatformSettings settings = platform != null ? platform : new PlatformSettings("ai-platform",
                    root.getFileName() == null ? "platform" : root.getFileName().toString(), true, true,
                    Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
            Path out = outputDirectory != null ? outputDirectory : root.resolve("target").resolve("ai-security");
            return new GenerateRequest(new Derivation(root, modules, profiles, explain, configDirectories, helmValues,
                    intents),
                    settings,
                    new Encryption(provider, keyName, keyFile, keyEnv, environment, kms, keySupply),
                    new Output(out, formats, checkDirectory, check), new Chart(projectVersion, chartVersion),
                    externalSecrets);
        }
    }
}
