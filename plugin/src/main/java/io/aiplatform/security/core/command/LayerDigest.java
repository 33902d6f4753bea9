package io.aiplatform.security.core.command;

import io.aiplatform.security.core.convention.OutputFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 of the layer in an output folder (manifests/ and control-plane/: each file's path and bytes), in hex. */
final class LayerDigest {

    private LayerDigest() {
    }

    static String of(Path out) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        for (String folder : List.of(OutputFolders.MANIFESTS, OutputFolders.CONTROL_PLANE)) {
            Path dir = out.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.put(out.relativize(p).toString().replace('\\', '/'), p));
            }
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
        for (var e : files.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(e.getValue()));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
