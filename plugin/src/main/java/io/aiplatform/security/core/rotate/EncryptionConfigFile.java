package io.aiplatform.security.core.rotate;

import io.aiplatform.security.core.convention.EncryptionKeyPlaceholder;
import io.aiplatform.security.core.io.ManifestReader;
import io.aiplatform.security.core.support.EncryptionConfigLimits;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the current EncryptionConfiguration: every resource block with its providers, and which
 * block applies to {@code secrets} (the first whose resources name {@code secrets}, the core group
 * {@code *.} or everything {@code *.*}). Key material is kept in memory only; errors never quote it.
 */
public final class EncryptionConfigFile {

    private static final List<String> TYPES = EncryptionProvider.configurationIds();

    public static EncryptionConfigDocument read(Path file) throws InvalidInputException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Problem.at(file, 0, "no EncryptionConfiguration here; run"
                    + " generate-security first or name the file with -Dai-security.encryptionConfig=<file>"));
        }
        List<Map<String, Object>> docs;
        try {
            docs = new ManifestReader().read(file);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidInputException(Problem.at(file, mark == null ? 0 : mark.getLine() + 1, "cannot read the"
                    + " EncryptionConfiguration: it is not valid YAML (" + e.getProblem() + ")"));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(Problem.at(file, 0, "cannot read the EncryptionConfiguration: it is not"
                    + " valid YAML (" + e.getClass().getSimpleName() + ")"));
        }
        if (docs.size() != 1 || !"EncryptionConfiguration".equals(docs.get(0).get("kind"))) {
            throw new InvalidInputException(Problem.at(file, 0, "expected one EncryptionConfiguration document"));
        }
        Object resources = docs.get(0).get("resources");
        List<ResourceBlock> blocks = new ArrayList<>();
        int secrets = -1;
        if (resources instanceof List<?> list) {
            for (Object r : list) {
                if (!(r instanceof Map<?, ?> entry) || !(entry.get("resources") instanceof List<?> names)
                        || names.isEmpty()) {
                    throw new InvalidInputException(Problem.at(file, 0, "resources entry " + (blocks.size() + 1)
                            + " has no resources list; each entry needs resources: [...] and providers: [...]"));
                }
                List<String> resourceNames = names.stream().map(String::valueOf).toList();
                ResourceBlock block = new ResourceBlock(resourceNames, providers(file, entry.get("providers"),
                        "entry " + (blocks.size() + 1) + " " + resourceNames));
                if (secrets < 0 && block.covers("secrets")) {
                    secrets = blocks.size();
                }
                blocks.add(block);
            }
        }
        if (secrets < 0) {
            throw new InvalidInputException(Problem.at(file, 0, "no resources entry covers secrets; add"
                    + " resources: [secrets] with its providers"));
        }
        return new EncryptionConfigDocument(blocks, secrets);
    }

    private static List<ProviderConfig> providers(Path file, Object value, String where) throws InvalidInputException {
        List<ProviderConfig> result = new ArrayList<>();
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidInputException(Problem.at(file, 0, "resources " + where + " has no providers"));
        }
        for (Object p : list) {
            if (!(p instanceof Map<?, ?> m) || m.size() != 1 || !TYPES.contains(String.valueOf(m.keySet().iterator().next()))) {
                throw new InvalidInputException(Problem.at(file, 0, "a provider of resources " + where
                        + " must be exactly one of " + TYPES));
            }
            String type = String.valueOf(m.keySet().iterator().next());
            Map<String, Object> body = new LinkedHashMap<>();
            if (m.get(type) instanceof Map<?, ?> b) {
                b.forEach((k, v) -> body.put(String.valueOf(k), v));
            }
            List<EncryptionKeyEntry> keys = new ArrayList<>();
            if (EncryptionProvider.ofConfiguration(type).orElseThrow().hasLocalKeys()) {
                if (!(body.get("keys") instanceof List<?> ks) || ks.isEmpty()) {
                    throw new InvalidInputException(Problem.at(file, 0, type + " of resources " + where + " has no keys"));
                }
                for (Object k : ks) {
                    if (!(k instanceof Map<?, ?> key) || key.get("name") == null || key.get("secret") == null) {
                        throw new InvalidInputException(Problem.at(file, 0, type + " of resources " + where
                                + " has a key without name or secret"));
                    }
                    String secret = String.valueOf(key.get("secret"));
                    if (secret.equals(EncryptionKeyPlaceholder.TEXT)) {
                        throw new InvalidInputException(Problem.at(file, 0, type + " key '" + key.get("name")
                                + "' of resources " + where + " is the placeholder written when no key was supplied: it"
                                + " is not installed on any API server, so there is nothing to rotate from. Generate the"
                                + " configuration with the real key (AI_SECURITY_ENCRYPTION_KEY or encryptionKeyFile) or"
                                + " name the installed file with -Dai-security.encryptionConfig=<file>"));
                    }
                    if (EncryptionConfigLimits.decodeKey(secret) == null) {
                        throw new InvalidInputException(Problem.at(file, 0, type + " key '" + key.get("name") + "' of resources "
                                + where + " is not padded standard base64; the API server would refuse the file"));
                    }
                    keys.add(new EncryptionKeyEntry(String.valueOf(key.get("name")), secret));
                }
            }
            if (EncryptionProvider.KMS.is(type)) {
                String version = body.get("apiVersion") == null ? "v1" : String.valueOf(body.get("apiVersion"));
                for (String problem : new String[] {EncryptionConfigLimits.endpointProblem(body.get("endpoint")),
                        EncryptionConfigLimits.timeoutProblem(body.get("timeout")),
                        EncryptionConfigLimits.kmsNameProblem(body.get("name"), version)}) {
                    if (problem != null) {
                        throw new InvalidInputException(Problem.at(file, 0, "kms provider of resources " + where + ": "
                                + problem + "; the API server would refuse the file"));
                    }
                }
            }
            result.add(new ProviderConfig(type, keys, EncryptionProvider.KMS.is(type) ? body : Map.of()));
        }
        return result;
    }

    private EncryptionConfigFile() {
    }
}
