package io.aiplatform.security.core.command;

import io.aiplatform.security.core.generate.ExternalSecretsSettings;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.support.EncryptionProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code generate-security} needs, as plain data read from Maven by the Mojo. Made with
 * {@link #builder(Path)}, whose defaults are the plugin's parameter defaults. Every component is an
 * input of the up-to-date check ({@link InputDigests#generate}), which digests the record whole.
 *
 * @param root            the reactor root; file names in messages are relative to it
 * @param keyFile         file holding the base64 key, or null
 * @param keyEnv          name of the environment variable holding the key
 * @param environment     the process environment (passed in so tests control it)
 * @param checkDirectory  Git-tracked copy of the manifests, or null
 * @param check           compare with {@code checkDirectory} instead of updating it
 * @param formats         the shapes to write the layer in (kustomize, helm)
 * @param projectVersion  the platform's version; the chart's appVersion
 * @param chartVersion    SemVer version of the chart, or null to derive it from {@code projectVersion}
 * @param explain         log why each edge exists
 * @param profiles        the configuration profiles read (none: the default profile)
 * @param externalSecrets the store and remote keys of the external-secrets format
 */
public record GenerateRequest(Path root, List<Module> modules, PlatformSettings platform, EncryptionProvider provider,
                              String keyName, Path keyFile, String keyEnv, Map<String, String> environment,
                              String kmsName, String kmsEndpoint, String kmsTimeout, Path outputDirectory,
                              Path checkDirectory, boolean check, Set<OutputFormat> formats,
                              String projectVersion, String chartVersion, boolean explain, List<String> profiles,
                              ExternalSecretsSettings externalSecrets) {

    /** The environment variable the key is read from unless {@code encryptionKeyEnv} says otherwise. */
    public static final String DEFAULT_KEY_ENV = "AI_SECURITY_ENCRYPTION_KEY";

    public GenerateRequest {
        modules = List.copyOf(modules);
        formats = Set.copyOf(formats);
        environment = Map.copyOf(environment);
        profiles = List.copyOf(profiles);
        externalSecrets = externalSecrets == null ? ExternalSecretsSettings.DEFAULT : externalSecrets;
    }

    /** A request for the platform rooted at {@code root}, with the plugin's defaults. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** A builder holding this request's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(root);
        b.modules = modules;
        b.platform = platform;
        b.provider = provider;
        b.keyName = keyName;
        b.keyFile = keyFile;
        b.keyEnv = keyEnv;
        b.environment = environment;
        b.kmsName = kmsName;
        b.kmsEndpoint = kmsEndpoint;
        b.kmsTimeout = kmsTimeout;
        b.outputDirectory = outputDirectory;
        b.checkDirectory = checkDirectory;
        b.check = check;
        b.formats = formats;
        b.projectVersion = projectVersion;
        b.chartVersion = chartVersion;
        b.explain = explain;
        b.profiles = profiles;
        b.externalSecrets = externalSecrets;
        return b;
    }

    @Override
    public String toString() {
        return "GenerateRequest[root=" + root + ", modules=" + modules.size() + ", output=" + outputDirectory + "]";
    }

    /** Builds a {@link GenerateRequest}; every setter is optional. */
    public static final class Builder {
        private final Path root;
        private List<Module> modules = List.of();
        private PlatformSettings platform;
        private EncryptionProvider provider = EncryptionProvider.SECRETBOX;
        private String keyName = "key1";
        private Path keyFile;
        private String keyEnv = DEFAULT_KEY_ENV;
        private Map<String, String> environment = Map.of();
        private String kmsName;
        private String kmsEndpoint;
        private String kmsTimeout = "3s";
        private Path outputDirectory;
        private Path checkDirectory;
        private boolean check;
        private Set<OutputFormat> formats = Set.of(OutputFormat.KUSTOMIZE);
        private ExternalSecretsSettings externalSecrets = ExternalSecretsSettings.DEFAULT;
        private String projectVersion = "0.0.0";
        private String chartVersion;
        private boolean explain;
        private List<String> profiles = List.of();

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
            kmsName = name;
            kmsEndpoint = endpoint;
            kmsTimeout = timeout;
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

        /** The request; the platform defaults to namespace ai-platform named after the root folder. */
        public GenerateRequest build() {
            PlatformSettings settings = platform != null ? platform : new PlatformSettings("ai-platform",
                    root.getFileName() == null ? "platform" : root.getFileName().toString(), true, true,
                    Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
            Path out = outputDirectory != null ? outputDirectory : root.resolve("target").resolve("ai-security");
            return new GenerateRequest(root, modules, settings, provider, keyName, keyFile, keyEnv, environment,
                    kmsName, kmsEndpoint, kmsTimeout, out, checkDirectory, check, formats, projectVersion,
                    chartVersion, explain, profiles, externalSecrets);
        }
    }
}
