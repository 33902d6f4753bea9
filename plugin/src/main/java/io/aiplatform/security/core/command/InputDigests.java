package io.aiplatform.security.core;

import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ModuleDependency;
import io.aiplatform.security.core.io.RunStamp.Fingerprint;
import io.aiplatform.security.core.validate.ValidateRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * What each goal's result depends on, as one SHA-256: the plugin build, every parameter, the
 * modules' dependency lists and the bytes of every file read. Equal digests mean the same work
 * would give the same output (see {@link io.aiplatform.security.core.io.RunStamp}).
 */
public final class InputDigests {

    private InputDigests() {
    }

    /** {@code pluginBuild} identifies the plugin's own code and catalog (e.g. its jar's size and time). */
    public static String generate(GenerateRequest r, String pluginBuild, boolean explain) {
        Fingerprint f = new Fingerprint().add("goal", "generate").add("plugin", pluginBuild).add("root", r.root());
        modules(f, r.modules());
        f.add("namespace", r.platform().namespace()).add("platform", r.platform().platform())
                .add("defaultDeny", r.platform().defaultDeny()).add("allowDns", r.platform().allowDns())
                .add("externalIngressNamespaces", new TreeMap<>(r.platform().externalIngressNamespaces()))
                .add("provider", r.provider()).add("keyName", r.keyName()).add("keyEnv", r.keyEnv())
                .add("kms", r.kmsName() + " " + r.kmsEndpoint() + " " + r.kmsTimeout())
                .add("output", r.outputDirectory()).add("check", r.checkDirectory() + " " + r.check())
                .add("formats", r.formats().stream().map(OutputFormat::id).sorted().toList())
                .add("version", r.projectVersion() + " " + r.chartVersion()).add("explain", explain)
                .tree("keyFile", r.keyFile());
        // the key itself only as part of this digest
        f.add("keyFromEnvironment", r.keyEnv() == null ? null : r.environment().get(r.keyEnv()));
        return f.hex();
    }

    /** {@code modules} are those the graph is derived from (none when validating without a project). */
    public static String validate(ValidateRequest r, List<Module> modules, String pluginBuild) {
        Fingerprint f = new Fingerprint().add("goal", "validate").add("plugin", pluginBuild).add("base", r.base());
        modules(f, modules);
        f.add("output", r.outputDirectory())
                .tree("manifests", r.outputDirectory().resolve("manifests"))
                .tree("control-plane", r.outputDirectory().resolve("control-plane"))
                .add("namespace", r.namespace()).add("schemaLocations", r.schemaLocations())
                .add("kubernetesVersion", r.kubernetesVersion()).add("ignoreMissingSchemas", r.ignoreMissingSchemas())
                .add("aesgcmRotationAutomated", r.aesgcmRotationAutomated()).add("failOn", r.failOn());
        for (String location : r.schemaLocations()) {
            if (!location.contains("{{") && !location.contains("://")) {
                f.tree("schemaLocation " + location, r.base().resolve(location));
            }
        }
        if (r.kubeconform() != null) {
            Path exe = Path.of(r.kubeconform());
            f.add("kubeconform", r.kubeconform() + " " + size(exe) + " " + modified(exe));
        }
        for (Path p : r.manifestDirectories()) {
            f.tree("manifestDirectory " + p, p);
        }
        for (Path p : r.trackedDirectories()) {
            f.tree("tracked " + p, p);
        }
        return f.hex();
    }

    private static void modules(Fingerprint f, List<Module> modules) {
        for (Module m : modules) {
            f.add("module", m.groupId() + ":" + m.artifactId() + " " + m.pomFile() + " " + m.descriptorFile());
            for (ModuleDependency d : m.dependencies()) {
                f.add("dependency", d.key() + " " + d.scope() + " " + d.optional() + " "
                        + d.exclusions().stream().sorted().toList() + " " + d.declaredAt());
            }
            f.tree("descriptor", m.descriptorFile());
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
