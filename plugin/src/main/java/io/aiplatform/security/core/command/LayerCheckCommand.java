package io.aiplatform.security.core.command;

import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.intents.DeployedLayer;
import io.aiplatform.security.core.intents.UnpackedLayer;
import io.aiplatform.security.core.intents.LayerCheck;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ManifestLoader;
import io.aiplatform.security.core.validate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code validate-security}'s shift-left check without Maven: the repository's current intents (derived now)
 * proved against the layer a platform deploys — a folder of its manifests, or its published archive.
 */
public final class LayerCheckCommand {

    /** What the layer allows of the intents, and what it does not (each a message saying what the platform must change). */
    public record Result(String layer, List<String> allowed, List<String> failures) {
    }

    private final ValidateRequest.Platform platform;
    private final IntentsCommand intents;

    public LayerCheckCommand(ValidateRequest.Platform platform, IntentsCommand intents) {
        this.platform = platform;
        this.intents = intents;
    }

    /** Proves the intents against the manifests in {@code folder}; {@code shown} names the layer in messages. */
    public Result againstFolder(Path folder, String shown) throws InvalidInputException, IOException {
        if (!Files.isDirectory(folder)) {
            throw problem("platformLayerDirectory " + folder + (Files.exists(folder) ? " is a file, not a folder"
                    : " does not exist") + "; give the manifests/ folder of the platform's layer (its GitOps copy, or"
                    + " target/ai-security/manifests of a platform build), or -Dai-security.platformLayer=<g:a:v>");
        }
        ManifestLoader.Result loaded = new ManifestLoader(null).load(List.of(folder));
        List<Finding> unreadable = loaded.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!unreadable.isEmpty()) {
            throw problem("the platform's layer " + shown + " cannot be read: " + unreadable.get(0).describe());
        }
        List<Map<String, Object>> documents = loaded.manifests().stream().map(m -> m.content()).toList();
        DeployedLayer layer = DeployedLayer.of(shown, documents, platform.namespace());
        if (layer.policies().isEmpty()) {
            throw problem("the platform's layer " + shown + " (" + folder + ") holds no NetworkPolicy; give the"
                    + " manifests/ folder of a platform's layer");
        }
        LayerCheck.Result result = LayerCheck.check(intents.intents(DerivedGraphs.derive(new DerivationProject(
                platform.base(), platform.modules(), platform.profiles(), platform.namespace(),
                platform.configDirectories(), platform.helmValues()))), layer);
        return new Result(shown, result.allowed(), result.failures());
    }

    /** Proves the intents against the layer archive {@code zip} (unpacked into {@code into}), named {@code shown}. */
    public Result againstArchive(Path zip, Path into, String shown) throws InvalidInputException, IOException {
        Path folder;
        try {
            folder = UnpackedLayer.unpack(zip, into, shown + " (" + zip + ")");
        } catch (java.util.zip.ZipException e) {
            throw problem("the platform's layer " + shown + " (" + zip + ") is no zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw problem(e.getMessage());
        }
        return againstFolder(folder, shown);
    }

    private static InvalidInputException problem(String message) {
        return new InvalidInputException(new Problem(null, 0, null, message));
    }
}
