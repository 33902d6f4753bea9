package io.aiplatform.security.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.convention.EncryptionKeyPlaceholder;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.support.EncryptionConfigLimits;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q');

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> providers(Map<String, Object> config) {
        var resources = (List<Map<String, Object>>) config.get("resources");
        assertEquals(List.of("secrets"), resources.get(0).get("resources"));
        return (List<Map<String, Object>>) resources.get(0).get("providers");
    }

    @Test
    void configuredProviderFirstIdentityLast() {
        EncryptionKey key = EncryptionKey.of(KEY, "test", EncryptionProvider.AESGCM);
        Map<String, Object> config = new EncryptionConfigGenerator().generate(
                new EncryptionSettings(EncryptionProvider.AESGCM, "k2026", key, null, null, null));
        assertEquals("apiserver.config.k8s.io/v1", config.get("apiVersion"));
        assertEquals("EncryptionConfiguration", config.get("kind"));
        List<Map<String, Object>> providers = providers(config);
        assertEquals(2, providers.size());
        assertTrue(providers.get(0).containsKey("aesgcm"));
        assertEquals(Map.of("identity", Map.of()), providers.get(1));
        String yaml = new ManifestSerializer().toYaml(config);
        assertTrue(yaml.contains("name: k2026"), yaml);
        assertTrue(yaml.contains(KEY), "the key is written to the control-plane file");
        assertTrue(yaml.indexOf("aesgcm") < yaml.indexOf("identity"));
    }

    @Test
    void kmsV2() {
        Map<String, Object> config = new EncryptionConfigGenerator().generate(new EncryptionSettings(
                EncryptionProvider.KMS, "key1", null, "vault", "unix:///var/run/kms.sock", "3s"));
        assertEquals(Map.of("kms", Map.of("apiVersion", "v2", "name", "vault", "endpoint", "unix:///var/run/kms.sock",
                "timeout", "3s")), providers(config).get(0));
    }

    @Test
    void withoutAKeyThePlaceholderIsClearlyMarked() throws Exception {
        var result = new EncryptionKeySource().resolve(EncryptionProvider.SECRETBOX, null, "MY_KEY", Map.of());
        assertNull(result.key());
        assertTrue(result.notes().get(0).contains("MY_KEY"));
        String yaml = new ManifestSerializer().toYaml(new EncryptionConfigGenerator().generate(
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null)));
        assertTrue(yaml.contains("secret: " + EncryptionKeyPlaceholder.TEXT), yaml);
    }

    @Test
    void keyFromEnvironmentOrFileNeverShownInMessages() throws Exception {
        var fromEnv = new EncryptionKeySource().resolve(EncryptionProvider.SECRETBOX, null, "K", Map.of("K", KEY));
        assertEquals(KEY, fromEnv.key().reveal());
        assertFalse(fromEnv.key().toString().contains(KEY));

        Path file = dir.resolve("key");
        Files.writeString(file, KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var fromFile = new EncryptionKeySource().resolve(EncryptionProvider.SECRETBOX, file, "K", Map.of("K", "other"));
        assertEquals(KEY, fromFile.key().reveal(), "the file wins over the environment");
        assertTrue(fromFile.notes().get(0).contains("chmod 600"));

        String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EncryptionKeySource()
                .resolve(EncryptionProvider.SECRETBOX, null, "K", Map.of("K", shortKey)));
        assertTrue(e.getMessage().contains("16 bytes; secretbox needs 32 bytes"), e.getMessage());
        assertFalse(e.getMessage().contains(shortKey));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> new EncryptionKeySource()
                .resolve(EncryptionProvider.SECRETBOX, null, "K", Map.of("K", "not base64 at all!")));
        assertTrue(bad.getMessage().contains("not padded standard base64"));
        assertFalse(bad.getMessage().contains("not base64 at all"));
        String unpadded = KEY.replace("=", "");
        if (!unpadded.equals(KEY)) {
            InvalidInputException strict = assertThrows(InvalidInputException.class, () -> new EncryptionKeySource()
                    .resolve(EncryptionProvider.SECRETBOX, null, "K", Map.of("K", unpadded)));
            assertTrue(strict.getMessage().contains("not padded standard base64"), strict.getMessage());
        }
    }

    @Test
    void theApiServersLimitsOnKeysAndKmsSettings() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals(32, EncryptionConfigLimits.decodeKey(key).length);
        assertEquals(null, EncryptionConfigLimits.decodeKey(key.replace("=", "")),
                "a 32-byte key is 44 characters with one '=': without it the API server refuses it");
        var limits = new Object() {
            String endpoint(String e) {
                return EncryptionConfigLimits.endpointProblem(e);
            }

            String timeout(String t) {
                return EncryptionConfigLimits.timeoutProblem(t);
            }
        };
        assertEquals(null, limits.endpoint("unix:///var/run/kms.sock"));
        assertTrue(limits.endpoint("tcp://10.0.0.1:8080").contains("not a unix socket"));
        assertEquals(null, limits.timeout("3s"));
        assertEquals(null, limits.timeout("1m30s"));
        assertTrue(limits.timeout("0s").contains("more than zero"));
        assertTrue(limits.timeout("-3s").contains("not a duration"));
        assertTrue(limits.timeout("3").contains("not a duration"));
        assertTrue(EncryptionConfigLimits.kmsNameProblem("a:b", "v2").contains("':'"));
        assertEquals(null, EncryptionConfigLimits.kmsNameProblem("a:b", "v1"));
    }

    @Test
    void aKeyFileThatIsADirectoryIsCalledOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("keys"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EncryptionKeySource()
                .resolve(EncryptionProvider.SECRETBOX, folder, "K", Map.of()));
        assertTrue(e.getMessage().contains("is a directory, not a file"), e.getMessage());
    }
}
