package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.intents.read.IntentsDocument;
import io.aiplatform.security.core.intents.read.IntentsReader;
import io.aiplatform.security.core.intents.read.PublishedService;
import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.util.List;
import java.util.Map;

/**
 * The services that service repositories published as intents files, which the platform assembles: each
 * becomes a service like an entry of the platform file (its descriptor, no module of its own), whose module
 * is named by the artifact ({@code groupId:artifactId:version} as its group, the service's name as artifactId).
 */
final class AssembledIntents {

    private AssembledIntents() {
    }

    /** The intents files and which artifacts they are: read to know the services and their calls. */
    static void inputs(DerivationProject project, DeclaredInputs inputs) {
        inputs.fact("intents artifacts", project.intents().stream().map(ArtifactFile::coordinates).toList());
        project.intents().forEach(a -> inputs.file("intents", a.file()));
    }

    /** Reads every intents file into {@code declared} and {@code origins} (by module key); mistakes into {@code errors}. */
    static void declare(DerivationProject project, Map<Module, ServiceDescriptor> declared,
                        Map<String, IntentsOrigin> origins, List<Problem> errors) {
        for (ArtifactFile artifact : project.intents()) {
            IntentsDocument document;
            try {
                document = new IntentsReader().read(artifact);
            } catch (InvalidInputException e) {
                errors.addAll(e.problems());
                continue;
            }
            for (PublishedService s : document.services()) {
                Module module = new Module(artifact.coordinates(), s.name(), null, artifact.file(), List.of());
                if (origins.containsKey(module.key())) {
                    errors.add(new Problem(artifact.file(), s.line(), s.name(), "intents of " + artifact.coordinates()
                            + ": service '" + s.name() + "' is listed twice; an intents file has one entry a service"));
                    continue;
                }
                declared.put(module, s.descriptor());
                origins.put(module.key(), new IntentsOrigin(artifact, s));
            }
        }
    }

    /**
     * When {@code m} or {@code other} (both named {@code name}) is published as intents: adds the error that names
     * both and returns true; false leaves the duplicate to the modules' own message.
     */
    static boolean duplicate(ResolvedServices into, Module m, Service other, String name, List<Problem> errors) {
        IntentsOrigin mine = into.intents.get(m.key());
        IntentsOrigin theirs = into.intents.get(other.module().key());
        if (mine == null && theirs == null) {
            return false;
        }
        IntentsOrigin reported = mine != null ? mine : theirs;
        String first = describe(other, theirs);
        String second = mine != null ? "intents " + mine.artifact().coordinates() : "module " + m.key();
        errors.add(new Problem(reported.artifact().file(), reported.service().line(), name, "service '" + name
                + "' is published twice: by " + first + " and by " + second + "; the platform deploys one service of"
                + " a name: " + (mine != null && theirs != null
                ? "remove one of the two intents dependencies (or platform.yaml entries), or rename the service in its"
                + " repository"
                : "a service is either built or listed here, or assembled from its repository's published intents;"
                + " remove the intents dependency or the " + (Module.PLATFORM_GROUP.equals(
                        (mine != null ? other.module() : m).groupId()) ? "platform.yaml entry" : "module"))));
        return true;
    }

    private static String describe(Service s, IntentsOrigin origin) {
        if (origin != null) {
            return "intents " + origin.artifact().coordinates();
        }
        return Module.PLATFORM_GROUP.equals(s.module().groupId()) ? "the platform file "
                + DescriptorParser.PLATFORM_FILE : "module " + s.module().key();
    }
}
