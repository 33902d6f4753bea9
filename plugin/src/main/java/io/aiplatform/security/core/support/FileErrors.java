package io.aiplatform.security.core.support;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong when a file or folder could not be read, in words for a message that already names
 * the path ({@code "permission denied"}, {@code "File name too long"}), never a stack trace.
 */
public final class FileErrors {

    private FileErrors() {
    }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist (a dangling link, or removed while read)";
        }
        if (e instanceof FileSystemLoopException) {
            return "a link leads back to a folder above it (a loop)";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason(); // the system's words: "File name too long", "Too many levels of symbolic links"
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
