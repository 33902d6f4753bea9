package io.aiplatform.security.core.command;

import io.aiplatform.security.core.convention.ApiServerPorts;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.KeySupply;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.schema.KubeconformValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code validate-security} needs, as plain data read from Maven by the Mojo, in typed
 * groups. Made with {@link #builder(Path, Path)}, whose defaults are the plugin's parameter defaults.
 * Every component of every group is an input of the up-to-date check ({@link InputDigests#validate}).
 *
 * @param platform  the platform the layer belongs to
 * @param manifests the manifests validated, and the folders searched for key material
 * @param schemas   the Kubernetes schemas the manifests are checked against
 * @param apiServer the API server's addresses and ports, which services with API permissions may reach
 * @param rules     the security rules' options and the severity that fails the build
 */
public record ValidateRequest(Platform platform, Manifests manifests, Schemas schemas, ApiServer apiServer,
                              Rules rules) {

    /**
     * The platform the layer belongs to.
     *
     * @param base      folder that file names in findings are relative to
     * @param modules   the platform's modules, whose declared graph the connectivity is compared with, or
     *                  null when validating standalone
     * @param namespace the platform namespace (with modules)
     * @param profiles  the configuration profiles read (none: the default profile)
     * @param configDirectories folders of a configuration repository kept outside the code repository,
     *                  relative to {@code base}, read like a native config server's search locations
     * @param helmValues values files the repository's Helm charts are rendered with, after their own
     * @param intents   the intents files of the service repositories the platform deploys, resolved
     */
    public record Platform(Path base, List<Module> modules, String namespace, List<String> profiles,
                           List<Path> configDirectories, List<Path> helmValues, List<ArtifactFile> intents) {
        public Platform {
            intents = intents == null ? List.of() : List.copyOf(intents);
            modules = modules == null ? null : List.copyOf(modules);
            profiles = List.copyOf(profiles);
            configDirectories = List.copyOf(configDirectories);
            helmValues = List.copyOf(helmValues);
        }
    }

    /**
     * The manifests validated.
     *
     * @param outputDirectory     the generated layer (manifests/, control-plane/); reports go to its reports/
     * @param manifestDirectories the user's own manifests (folders or files)
     * @param trackedDirectories  Git-tracked folders to search for key material
     */
    public record Manifests(Path outputDirectory, List<Path> manifestDirectories, List<Path> trackedDirectories) {
        public Manifests {
            manifestDirectories = List.copyOf(manifestDirectories);
            trackedDirectories = List.copyOf(trackedDirectories);
        }
    }

    /**
     * The schema stage.
     *
     * @param locations            extra schema locations (folders or kubeconform-style templates)
     * @param kubernetesVersion    the schemas' Kubernetes version
     * @param ignoreMissingSchemas a kind without a schema is info instead of an error
     * @param kubeconform          kubeconform executable to use, or null for the built-in validator
     * @param crdDirectories       folders or files of CustomResourceDefinitions whose custom resources are validated
     */
    public record Schemas(List<String> locations, String kubernetesVersion, boolean ignoreMissingSchemas,
                          String kubeconform, List<Path> crdDirectories) {
        public Schemas {
            locations = List.copyOf(locations);
            crdDirectories = List.copyOf(crdDirectories);
        }
    }

    /**
     * The API server, as the connectivity stage sees it.
     *
     * @param endpoints its addresses (CIDRs)
     * @param ports     its ports
     */
    public record ApiServer(List<String> endpoints, List<Integer> ports) {
        public ApiServer {
            endpoints = List.copyOf(endpoints);
            ports = List.copyOf(ports);
        }
    }

    /**
     * The security rules' options and verdict.
     *
     * @param aesgcmRotationAutomated the operator rotates aesgcm keys (silences ENC-AESGCM-ROTATION)
     * @param failOn                  the lowest severity that fails the build
     * @param keySupply               whether the build supplies the encryption key or the deployment does
     */
    public record Rules(boolean aesgcmRotationAutomated, FailOn failOn, KeySupply keySupply) {
    }

    /** The generated layer's folder. */
    public Path outputDirectory() {
        return manifests.outputDirectory();
    }

    /** A request that validates the layer in {@code outputDirectory}, with file names relative to {@code base}. */
    public static Builder builder(Path base, Path outputDirectory) {
        return new Builder(base, outputDirectory);
    }

    /** Builds a {@link ValidateRequest} value by value; every setter is optional. */
    public static final class Builder {
        private final Path base;
        private final Path outputDirectory;
        private List<Path> manifestDirectories = List.of();
        private List<Module> modules;
        private String namespace = "ai-platform";
        private List<String> schemaLocations = List.of();
        private String kubernetesVersion = "master";
        private boolean ignoreMissingSchemas;
        private List<Path> crdDirectories = List.of();
        private String kubeconform;
        private List<Path> trackedDirectories = List.of();
        private boolean aesgcmRotationAutomated;
        private FailOn failOn = FailOn.ERROR;
        private KeySupply keySupply = KeySupply.BUILD;
        private List<String> profiles = List.of();
        private List<Path> configDirectories = List.of();
        private List<Path> helmValues = List.of();
        private List<ArtifactFile> intents = List.of();
        private List<String> apiServerEndpoints = List.of();
        private List<Integer> apiServerPorts = ApiServerPorts.DEFAULT;

        private Builder(Path base, Path outputDirectory) {
            this.base = base;
            this.outputDirectory = outputDirectory;
        }

        public Builder manifestDirectories(List<Path> value) {
            manifestDirectories = value;
            return this;
        }

        /** The platform's modules; without them the layer is validated standalone (no declared graph). */
        public Builder modules(List<Module> value) {
            modules = value;
            return this;
        }

        public Builder namespace(String value) {
            namespace = value;
            return this;
        }

        public Builder schemaLocations(List<String> value) {
            schemaLocations = value;
            return this;
        }

        public Builder kubernetesVersion(String value) {
            kubernetesVersion = value;
            return this;
        }

        /** Folders or files of CustomResourceDefinitions, read for the schemas of their custom resources. */
        public Builder crdDirectories(List<Path> value) {
            crdDirectories = value;
            return this;
        }

        public Builder ignoreMissingSchemas(boolean value) {
            ignoreMissingSchemas = value;
            return this;
        }

        public Builder kubeconform(String value) {
            kubeconform = value;
            return this;
        }

        /**
         * The {@code kubeconform} parameter's choice: {@code builtin} or empty for the built-in validator,
         * {@code auto} (or null) for a kubeconform found on the PATH if any, else the executable's path.
         */
        public Builder kubeconformChoice(String choice) {
            return kubeconform(switch (choice == null ? "auto" : choice.strip()) {
                case "builtin", "" -> null;
                case "auto" -> KubeconformValidator.find(null);
                default -> choice.strip();
            });
        }

        public Builder trackedDirectories(List<Path> value) {
            trackedDirectories = value;
            return this;
        }

        public Builder aesgcmRotationAutomated(boolean value) {
            aesgcmRotationAutomated = value;
            return this;
        }

        /** Whether the build supplies the key ({@code build}, the default) or the deployment does ({@code deploy}). */
        public Builder keySupply(String choice) {
            keySupply = KeySupply.of(choice);
            return this;
        }

        public Builder failOn(FailOn value) {
            failOn = value;
            return this;
        }

        /** Spring, Quarkus or Micronaut profiles whose configuration is read (none: the default profile). */
        public Builder profiles(List<String> value) {
            profiles = value;
            return this;
        }

        /** Folders of a configuration repository kept outside the code repository (relative to the base). */
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

        /** The API server's addresses (CIDRs) and ports, which services with API permissions may reach. */
        public Builder apiServer(List<String> endpoints, List<Integer> ports) {
            apiServerEndpoints = endpoints;
            apiServerPorts = ports;
            return this;
        }

        public ValidateRequest build() {
            return new ValidateRequest(new Platform(base, modules, namespace, profiles, configDirectories, helmValues,
                    intents),
                    new Manifests(outputDirectory, manifestDirectories, trackedDirectories),
                    new Schemas(schemaLocations, kubernetesVersion, ignoreMissingSchemas, kubeconform, crdDirectories),
                    new ApiServer(apiServerEndpoints, apiServerPorts), new Rules(aesgcmRotationAutomated, failOn, keySupply));
        }
    }
}
