package io.aiplatform.security.core.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real chain of folders deeper than the system lets one path name ({@code PATH_MAX}, 4,096 bytes on
 * Linux): made as a user's tools make one, in pieces whose own paths are short, each piece moved into
 * the deepest folder of the next ({@code mv} needs only the short paths). Temporary-folder clean-up
 * cannot delete it, so {@link #remove} cuts it into short pieces again first.
 */
public final class DeepFolders {

    /** The name of each folder of the chain. */
    public static final String FOLDER = "deeper-than-path-max";
    /** Folders per piece: 21 bytes each, so a piece's path (1,470 bytes) stays far below PATH_MAX. */
    private static final int PIECE = 70;
    /** Folders of the chain: 6,300 bytes of path, well beyond PATH_MAX. */
    private static final int LEVELS = 300;

    private DeepFolders() {
    }

    /** {@code under/<name>/<FOLDER>/<FOLDER>/…}, deeper than PATH_MAX, with a file {@code file} in the deepest folder. */
    public static Path make(Path under, String name, String file) throws IOException {
        Path chain = null;
        for (int made = 0, piece = 0; made < LEVELS; made += PIECE + 1, piece++) {
            Path top = under.resolve("piece" + piece);
            Path deepest = Files.createDirectories(top.resolve(chainOf(PIECE)));
            if (chain == null) {
                Files.writeString(deepest.resolve(file), "class Deep { String u = \"http://billing:8080\"; }\n");
            } else {
                Files.move(chain, deepest.resolve(FOLDER));
            }
            chain = top;
        }
        return Files.move(chain, under.resolve(name));
    }

    /** Removes what {@link #make} made: cut into pieces with short paths, then each deleted. */
    public static void remove(Path top) throws IOException {
        if (top == null || !Files.exists(top)) {
            return;
        }
        Path rest = top.resolve(chainOf(PIECE));
        if (Files.exists(rest)) {
            Path cut = top.resolveSibling(top.getFileName() + "-cut");
            Files.move(rest, cut);
            remove(cut);
        }
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String chainOf(int levels) {
        return (FOLDER + "/").repeat(levels - 1) + FOLDER;
    }
}
