package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The names a folder holds, listed once, so that the files looked for by name (a configuration file for each
 * base name, profile and extension) that are not there cost no look-up each. Only a name the listing cannot rule
 * out is looked up as before: names are compared in lower case (a file system may ignore case), a name with
 * other than ASCII characters (a file system may normalise them) or a separator is always looked up, and so is
 * every name when the folder cannot be listed.
 */
final class FolderEntries {

    /** The lower-case names of the folder's entries, or null when it could not be listed. */
    private final Set<String> names;
    /** The folder's entries in the order listed, or null when it could not be listed. */
    private final List<Path> entries;

    private FolderEntries(Set<String> names, List<Path> entries) {
        this.names = names;
        this.entries = entries;
    }

    static FolderEntries of(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            Set<String> names = new HashSet<>();
            List<Path> entries = new ArrayList<>();
            listing.forEach(entry -> {
                entries.add(entry);
                names.add(entry.getFileName().toString().toLowerCase(Locale.ROOT));
            });
            return new FolderEntries(names, entries);
        } catch (IOException | UncheckedIOException e) {
            return new FolderEntries(null, null);
        }
    }

    /** The folder's entries in the order listed; empty when it could not be listed. */
    List<Path> entries() {
        return entries == null ? List.of() : entries;
    }

    /** Whether {@code name} may be in the folder (it must still be looked up); false when it is surely not. */
    boolean mayHold(String name) {
        return names == null || !name.chars().allMatch(c -> c < 128 && c != '/' && c != '\\')
                || names.contains(name.toLowerCase(Locale.ROOT));
    }
}
