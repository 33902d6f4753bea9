package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;

/**
 * A walk of a folder as {@code Files.walkFileTree(start, Set.of(), maxDepth, visitor)} makes it (links not followed;
 * each entry's attributes read, a folder listed, {@code visitFileFailed} for what cannot be read, {@code
 * postVisitDirectory} with the error that ended a listing), for a visitor that answers only {@code CONTINUE} or
 * {@code SKIP_SUBTREE}, with one saving: a folder that the visitor would skip ({@code skipped}) is not listed when it
 * can be read. Files.walkFileTree opens every folder before it asks the visitor, so a walk of the deployment files
 * opened each module's sources and resources only to skip them: two of the three listings of a module. The Java
 * sources' walk ({@link JavaSourceFiles}) uses it too (skipping nothing), so that one walker, not two, is compiled.
 * A folder of the default file system is listed with {@code File.list} (open, read, close: about half the system
 * calls of a directory stream, which duplicates its descriptor); when that cannot list it, the directory stream does,
 * so the error reported is the same.
 */
final class FolderWalk {

    private static final FileSystem DEFAULT = FileSystems.getDefault();

    private final int maxDepth;
    private final FileVisitor<Path> visitor;
    private final Predicate<Path> skipped;

    private FolderWalk(int maxDepth, FileVisitor<Path> visitor, Predicate<Path> skipped) {
        this.maxDepth = maxDepth;
        this.visitor = visitor;
        this.skipped = skipped;
    }

    /**
     * Walks {@code start} to {@code maxDepth} with {@code visitor}; {@code skipped} tells, for a folder about to be
     * entered, that the visitor's {@code preVisitDirectory} would answer {@code SKIP_SUBTREE}. An exception of the
     * visitor ends the walk.
     */
    static void walk(Path start, int maxDepth, FileVisitor<Path> visitor, Predicate<Path> skipped) throws IOException {
        new FolderWalk(maxDepth, visitor, skipped).visit(start, 0);
    }

    private void visit(Path entry, int depth) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            visitor.visitFileFailed(entry, e);
            return;
        }
        if (depth >= maxDepth || !attributes.isDirectory()) {
            visitor.visitFile(entry, attributes);
            return;
        }
        if (skipped.test(entry) && Files.isReadable(entry)) {
            return; // what listing it would show: that it can be listed, and then nothing, as it is skipped
        }
        String[] names = entry.getFileSystem() == DEFAULT ? entry.toFile().list() : null;
        if (names != null) {
            if (visitor.preVisitDirectory(entry, attributes) != FileVisitResult.CONTINUE) {
                return; // skipped after all: no postVisitDirectory, as in Files.walkFileTree
            }
            for (String name : names) {
                visit(entry.resolve(name), depth + 1);
            }
            visitor.postVisitDirectory(entry, null);
            return;
        }
        DirectoryStream<Path> entries; // not listed that way: the stream tells why, as Files.walkFileTree reports it
        try {
            entries = Files.newDirectoryStream(entry);
        } catch (IOException e) {
            visitor.visitFileFailed(entry, e);
            return;
        }
        FileVisitResult result;
        try {
            result = visitor.preVisitDirectory(entry, attributes);
        } catch (IOException | RuntimeException e) {
            closeQuietly(entries);
            throw e;
        }
        if (result != FileVisitResult.CONTINUE) {
            closeQuietly(entries); // skipped after all: no postVisitDirectory, as in Files.walkFileTree
            return;
        }
        visitor.postVisitDirectory(entry, list(entries, depth));
    }

    /** Visits the folder's entries; the error that ended the listing or its closing, or null. */
    private IOException list(DirectoryStream<Path> entries, int depth) throws IOException {
        IOException failure = null;
        try {
            for (Path child : entries) {
                visit(child, depth + 1);
            }
        } catch (DirectoryIteratorException e) {
            failure = e.getCause();
        } finally {
            try {
                entries.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }

    private static void closeQuietly(DirectoryStream<Path> entries) {
        try {
            entries.close();
        } catch (IOException e) {
            // as Files.walkFileTree: a folder skipped is not reported
        }
    }
}
