package io.aiplatform.security.core.rotate;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Simulates a rolling rollout of a rotation plan on several API servers sharing one etcd, with
 * real encryption in the stored formats Kubernetes uses: {@code k8s:enc:<provider>:v1:<key>:}
 * followed by nonce and ciphertext (AES-GCM and AES-CBC from the JDK, secretbox from libsodium),
 * and {@code k8s:enc:kms:v2:<name>:} for a simulated KMS. Each server applies its whole configuration
 * (the first resource block that covers an object's resource). After every single server restart,
 * every server writes an object of every simulated resource and every server must read every stored object.
 */
final class RolloutSimulator {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LazySodiumJava SODIUM = new LazySodiumJava(new SodiumJava());

    /** The simulated etcd: {@code resource/name} → stored bytes. */
    final Map<String, byte[]> etcd = new LinkedHashMap<>();
    private final List<EncryptionConfigDocument> servers = new ArrayList<>();
    private final List<String> resources;
    private int written;

    /** Secrets only, each server starting from {@code initial}. */
    RolloutSimulator(int apiServers, List<ProviderConfig> initial, int existingSecrets) throws GeneralSecurityException {
        this(apiServers, EncryptionConfigDocument.secretsOnly(initial), List.of("secrets"), existingSecrets);
    }

    /**
     * Objects of every one of {@code resources} ({@code secrets}, {@code configmaps},
     * {@code widgets.example.com}), each server starting from the whole configuration {@code initial}.
     */
    RolloutSimulator(int apiServers, EncryptionConfigDocument initial, List<String> resources, int existingPerResource)
            throws GeneralSecurityException {
        this.resources = List.copyOf(resources);
        for (int i = 0; i < apiServers; i++) {
            servers.add(initial);
        }
        for (int i = 0; i < existingPerResource; i++) {
            write(0);
        }
    }

    /** Secrets only: each stage the providers for secrets, a null stage re-encrypts every Secret. */
    String rollOut(List<List<ProviderConfig>> stages) throws GeneralSecurityException {
        List<EncryptionConfigDocument> documents = new ArrayList<>();
        stages.forEach(p -> documents.add(p == null ? null : EncryptionConfigDocument.secretsOnly(p)));
        return rollOutDocuments(documents, new ResourceBlock(List.of("secrets"), List.of()));
    }

    /**
     * Rolls each configuration out one server at a time (a null entry is the re-encryption step, which
     * rewrites the objects of the resources {@code reencrypted} names) and returns the first moment an
     * object could not be read, or null when none.
     */
    String rollOutDocuments(List<EncryptionConfigDocument> stages, ResourceBlock reencrypted) throws GeneralSecurityException {
        for (int s = 0; s < stages.size(); s++) {
            EncryptionConfigDocument config = stages.get(s);
            if (config == null) {
                for (String key : new ArrayList<>(etcd.keySet())) {
                    if (!reencrypted.covers(resourceOf(key))) {
                        continue;
                    }
                    byte[] plain = read(0, key);
                    if (plain == null) {
                        return "stage " + (s + 1) + ": re-encryption cannot read " + key;
                    }
                    etcd.put(key, encrypt(servers.get(0).providersFor(resourceOf(key)).get(0), key, plain));
                }
                continue;
            }
            for (int i = 0; i < servers.size(); i++) {
                servers.set(i, config);
                for (int w = 0; w < servers.size(); w++) {
                    write(w);
                }
                for (int r = 0; r < servers.size(); r++) {
                    for (String key : etcd.keySet()) {
                        if (read(r, key) == null) {
                            return "stage " + (s + 1) + ", after restarting server " + (i + 1) + ": server " + (r + 1)
                                    + " cannot read " + key + " (stored as " + prefixOf(etcd.get(key)) + ")";
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String resourceOf(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    /** Every server writes one object of every resource. */
    private void write(int server) throws GeneralSecurityException {
        for (String resource : resources) {
            String key = resource + "/object-" + (written++);
            etcd.put(key, encrypt(servers.get(server).providersFor(resource).get(0), key,
                    ("value of " + key).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The prefixes of every stored object. */
    List<String> storedPrefixes() {
        return etcd.values().stream().map(RolloutSimulator::prefixOf).distinct().sorted().toList();
    }

    /** The prefixes of the stored objects of one resource. */
    List<String> storedPrefixes(String resource) {
        return etcd.entrySet().stream().filter(e -> resourceOf(e.getKey()).equals(resource))
                .map(e -> prefixOf(e.getValue())).distinct().sorted().toList();
    }

    static String prefixOf(byte[] stored) {
        String s = new String(stored, StandardCharsets.ISO_8859_1);
        if (!s.startsWith("k8s:enc:")) {
            return "(plain)";
        }
        int end = -1;
        for (int i = 0, colons = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':' && ++colons == 5) {
                end = i;
                break;
            }
        }
        return s.substring(0, end + 1);
    }

    byte[] read(int server, String name) throws GeneralSecurityException {
        byte[] stored = etcd.get(name);
        String prefix = prefixOf(stored);
        for (ProviderConfig p : servers.get(server).providersFor(resourceOf(name))) {
            if (p.isIdentity()) {
                if (prefix.equals("(plain)")) {
                    return stored;
                }
                continue;
            }
            if (p.isKms()) {
                if (prefix.equals(p.prefix())) {
                    return decrypt("kms", Kms.KEY, name, Arrays.copyOfRange(stored, prefix.length(), stored.length));
                }
                continue;
            }
            for (EncryptionKeyEntry k : p.keys()) {
                if (prefix.equals("k8s:enc:" + p.type() + ":v1:" + k.name() + ":")) {
                    return decrypt(p.type(), Base64.getDecoder().decode(k.secret()), name,
                            Arrays.copyOfRange(stored, prefix.length(), stored.length));
                }
            }
        }
        return null;
    }

    private static byte[] encrypt(ProviderConfig p, String name, byte[] plain) throws GeneralSecurityException {
        if (p.isIdentity()) {
            return plain;
        }
        String prefix;
        byte[] key;
        String type = p.type();
        if (p.isKms()) {
            prefix = p.prefix();
            key = Kms.KEY;
        } else {
            prefix = "k8s:enc:" + type + ":v1:" + p.keys().get(0).name() + ":";
            key = Base64.getDecoder().decode(p.keys().get(0).secret());
        }
        byte[] body = switch (type) {
            case "aesgcm", "kms" -> {
                byte[] nonce = random(12);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
                c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
                yield concat(nonce, c.doFinal(plain));
            }
            case "aescbc" -> {
                byte[] iv = random(16);
                Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
                c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
                yield concat(iv, c.doFinal(plain));
            }
            case "secretbox" -> {
                byte[] nonce = random(24);
                byte[] cipher = new byte[plain.length + 16];
                if (!SODIUM.cryptoSecretBoxEasy(cipher, plain, plain.length, nonce, key)) {
                    throw new GeneralSecurityException("secretbox failed");
                }
                yield concat(nonce, cipher);
            }
            default -> throw new IllegalArgumentException(type);
        };
        return concat(prefix.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] decrypt(String type, byte[] key, String name, byte[] body) throws GeneralSecurityException {
        return switch (type) {
            case "aesgcm", "kms" -> {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, body, 0, 12));
                c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
                yield c.doFinal(body, 12, body.length - 12);
            }
            case "aescbc" -> {
                Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
                c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(body, 0, 16));
                yield c.doFinal(body, 16, body.length - 16);
            }
            case "secretbox" -> {
                byte[] nonce = Arrays.copyOf(body, 24);
                byte[] cipher = Arrays.copyOfRange(body, 24, body.length);
                byte[] plain = new byte[cipher.length - 16];
                if (!SODIUM.cryptoSecretBoxOpenEasy(plain, cipher, cipher.length, nonce, key)) {
                    throw new GeneralSecurityException("secretbox authentication failed");
                }
                yield plain;
            }
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** The simulated KMS: one data-encryption key behind the plugin. */
    static final class Kms {
        static final byte[] KEY = random(32);

        private Kms() {
        }
    }
}
