package io.aiplatform.security.core;

import io.aiplatform.security.core.generate.EncryptionProvider;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.Module;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code generate-security} needs, as plain data read from Maven by the Mojo.
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
 */
public record GenerateRequest(Path root, List<Module> modules, PlatformSettings platform, EncryptionProvider provider,
                              String keyName, Path keyFile, String keyEnv, Map<String, String> environment,
                              String kmsName, String kmsEndpoint, String kmsTimeout, Path outputDirectory,
                              Path checkDirectory, boolean check, Set<OutputFormat> formats,
                              String projectVersion, String chartVersion) {

    public GenerateRequest {
        modules = List.copyOf(modules);
        formats = Set.copyOf(formats);
        environment = Map.copyOf(environment);
    }

    @Override
    public String toString() {
        return "GenerateRequest[root=" + root + ", modules=" + modules.size() + ", output=" + outputDirectory + "]";
    }
}
