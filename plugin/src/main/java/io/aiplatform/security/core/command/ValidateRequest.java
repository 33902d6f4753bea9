package io.aiplatform.security.core.command;

import io.aiplatform.security.core.convention.ApiServerPorts;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.schema.KubeconformValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code validate-security} needs, as plain data read from Maven by the Mojo. Made with
 * {@link #builder(Path, Path)}, whose defaults are the plugin's parameter defaults. Every component
 * is an input of the up-to-date check ({@link io.aiplatform.security.core.command.InputDigests#validate}).
 *
 * @param base                    folder that file names in findings are relative to
 * @param outputDirectory         the generated layer (manifests/, control-plane/); reports go to its reports/
 * @param manifestDirectories     the user's own manifests (folders or files)
 * @param modules                 the platform's modules, whose declared graph the connectivity is compared
 *                                with, or null when validating standalone
 * @param namespace               the platform namespace (with modules)
 * @param kubeconform             kubeconform executable to use, or null for the built-in validator
 * @param trackedDirectories      Git-tracked folders to search for key material
 */
public record ValidateRequest(Path base, Path outputDirectory, List<Path> manifestDirectories, List<Module> modules,
                              String namespace, List<String> schemaLocations, String kubernetesVersion,
                              boolean ignoreMissingSchemas, String kubeconform, List<Path> trackedDirectories,
                              boolean aesgcmRotationAutomated, FailOn failOn, List<String> profiles,
                              List<String> apiServerEndpoints, List<Integer> apiServerPorts) {

    public ValidateRequest {
        manifestDirectories = List.copyOf(manifestDirectories);
        modules = modules == null ? null : List.copyOf(modules);
        schemaLocations = List.copyOf(schemaLocations);
        trackedDirectories = List.copyOf(trackedDirectories);
        profiles = List.copyOf(profiles);
        apiServerEndpoints = List.copyOf(apiServerEndpoints);
        apiServerPorts = List.copyOf(apiServerPorts);
    }

    /** A request that validates the layer in {@code outputDirectory}, with file names relative to {@code base}. */
    public static Builder builder(Path base, Path outputDirectory) {
        return new Builder(base, outputDirectory);
    }

    /** Builds a {@link ValidateRequest}; every setter is optional. */
    public static final class Builder {
        private final Path base;
        private final Path outputDirectory;
        private List<Path> manifestDirectories = List.of();
        private List<Module> modules;
        private String namespace = "ai-platform";
        private List<String> schemaLocations = List.of();
        private String kubernetesVersion = "master";
        private boolean ignoreMissingSchemas;
        private String kubeconform;
        private List<Path> trackedDirectories = List.of();
        private boolean aesgcmRotationAutomated;
        private FailOn failOn = FailOn.ERROR;
        private List<String> profiles = List.of();
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

        public Builder failOn(FailOn value) {
            failOn = value;
            return this;
        }

        /** Spring, Quarkus or Micronaut profiles whose configuration is read (none: the default profile). */
        public Builder profiles(List<String> value) {
            profiles = value;
            return this;
        }

        /** The API server's addresses (CIDRs) and ports, which services with API permissions may reach. */
        public Builder apiServer(List<String> endpoints, List<Integer> ports) {
            apiServerEndpoints = endpoints;
            apiServerPorts = ports;
            return this;
        }

        public ValidateRequest build() {
            return new ValidateRequest(base, outputDirectory, manifestDirectories, modules, namespace, schemaLocations,
                    kubernetesVersion, ignoreMissingSchemas, kubeconform, trackedDirectories, aesgcmRotationAutomated,
                    failOn, profiles, apiServerEndpoints, apiServerPorts);
        }
    }
}
