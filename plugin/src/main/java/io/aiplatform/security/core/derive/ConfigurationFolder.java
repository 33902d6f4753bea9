package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A module's configuration folder ({@code src/main/resources}), listed once: its configuration files
 * ({@link ModuleConfiguration#read}) and its logging files ({@link LogAppenderEndpoints#files}) are both found in
 * that one listing, where each was a listing of its own (a platform of thousands of modules has as many folders).
 */
public final class ConfigurationFolder {

    private final Path folder;
    /** The listing, or null when the folder is no folder. */
    private final FolderEntries entries;

    private ConfigurationFolder(Path folder, FolderEntries entries) {
        this.folder = folder;
        this.entries = entries;
    }

    /** {@code folder} listed (nothing when it is no folder). */
    public static ConfigurationFolder of(Path folder) {
        return new ConfigurationFolder(folder, Files.isDirectory(folder) ? FolderEntries.of(folder) : null);
    }

    /** {@link ModuleConfiguration#read} of the folder. */
    public ModuleConfiguration configuration(List<String> profiles, Consumer<Problem> warnings) {
        return configuration(profiles, true, warnings);
    }

    /** {@link ModuleConfiguration#read} of the folder, its {@code bootstrap.*} files only when {@code bootstrap}. */
    public ModuleConfiguration configuration(List<String> profiles, boolean bootstrap, Consumer<Problem> warnings) {
        return entries == null ? ModuleConfiguration.read(folder, profiles, bootstrap, warnings)
                : ModuleConfiguration.read(folder, entries, profiles, bootstrap, warnings);
    }

    /** {@link LogAppenderEndpoints#files} of the folder. */
    public List<Path> loggingFiles() {
        return entries == null ? List.of() : LogAppenderEndpoints.among(entries.entries());
    }
}
