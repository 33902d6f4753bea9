package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.KeySupply;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the key material: a key file named in the configuration wins over the environment
 * variable; with neither, there is no key and the configuration gets a placeholder.
 */
public final class EncryptionKeySource {

    /** What was found, advice for the build log, and facts stated once (never the key itself). */
    public record Result(EncryptionKey key, List<String> notes, List<String> facts) {
    }

    /** The key of a file or the environment, as the build supplies it; none found is a warning. */
    public Result resolve(EncryptionProvider provider, Path keyFile, String envName, Map<String, String> environment)
            throws InvalidInputException {
        return resolve(provider, keyFile, envName, environment, KeySupply.BUILD);
    }

    /**
     * The key of a file or the environment; none found is a warning when the build is to supply it, and a
     * fact stated once when the deployment replaces the placeholder ({@link KeySupply#DEPLOY}).
     */
    public Result resolve(EncryptionProvider provider, Path keyFile, String envName, Map<String, String> environment,
                          KeySupply supply) throws InvalidInputException {
        List<String> notes = new ArrayList<>();
        if (!provider.hasLocalKeys()) {
            return new Result(null, notes, List.of());
        }
        try {
            if (keyFile != null) {
                if (!Files.isRegularFile(keyFile)) {
                    String what = Files.isDirectory(keyFile) ? "is a directory, not a file"
                            : Files.exists(keyFile) ? "is not a regular file" : "does not exist";
                    throw new InvalidInputException(Problem.at(keyFile, 0, "the encryption key file " + what
                            + "; create it with: head -c 32 /dev/urandom | base64 > " + keyFile + " && chmod 600 " + keyFile));
                }
                if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
                    if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                        notes.add("the encryption key file " + keyFile + " can be read by others; run: chmod 600 " + keyFile);
                    }
                }
                String text = Files.readString(keyFile, StandardCharsets.UTF_8);
                return new Result(EncryptionKey.of(text, "key file " + keyFile, provider), notes, List.of());
            }
            String value = envName == null ? null : environment.get(envName);
            if (value != null && !value.isBlank()) {
                return new Result(EncryptionKey.of(value, "environment variable " + envName, provider), notes, List.of());
            }
        } catch (IOException e) {
            throw new InvalidInputException(Problem.at(keyFile, 0, "cannot read the encryption key file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); make it readable by the build user and no one else (chmod 600)"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new Problem(keyFile, 0, null, e.getMessage()));
        }
        if (supply == KeySupply.DEPLOY) {
            return new Result(null, notes, List.of("the encryption key is supplied at deploy time"
                    + " (encryptionKeySource=deploy): control-plane/encryption-config.yaml holds a placeholder for the"
                    + " deployment to replace with a " + provider.id() + " key"));
        }
        notes.add("no encryption key supplied: control-plane/encryption-config.yaml holds a placeholder that an API"
                + " server will refuse. Supply a " + provider.id() + " key (head -c 32 /dev/urandom | base64) in the"
                + " environment variable " + envName + " or in a file named by -Dai-security.encryptionKeyFile=<file>;"
                + " or say -Dai-security.encryptionKeySource=deploy when the deployment supplies it; on a managed"
                + " control plane (EKS, GKE, AKS), which encrypts Secrets itself, -Dai-security.encryptionProvider=none");
        return new Result(null, notes, List.of());
    }
}
