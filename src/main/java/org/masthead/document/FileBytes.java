package org.masthead.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an article file whole, after checking that it is one: opening a named pipe called
 * {@code x.md} would block until some other program writes to it, and a device or a huge file
 * would fill the heap. Such files are refused with a message instead.
 */
public final class FileBytes {
    /** Larger files are not articles; reading them whole would only risk the heap. */
    public static final long MAX_FILE = 64L * 1024 * 1024;

    private FileBytes() {
    }

    public static byte[] read(Path file) throws IOException {
        check(file);
        return Files.readAllBytes(file);
    }

    /** Throws unless {@code file} (after following links) is a regular file of at most {@link #MAX_FILE} bytes. */
    public static void check(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            throw new IOException("a folder, not an article file");
        }
        if (!attrs.isRegularFile()) {
            throw new IOException("not a regular file (a pipe, socket or device): it cannot be an article");
        }
        if (attrs.size() > MAX_FILE) {
            throw new IOException((attrs.size() >> 20) + " MB, too large for an article (the limit is "
                    + (MAX_FILE >> 20) + " MB)");
        }
    }
}
