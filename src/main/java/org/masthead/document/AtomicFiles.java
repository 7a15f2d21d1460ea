package org.masthead.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Replaces a file's content so that a crash leaves either the old or the new file, never half of
 * one: the bytes go to a temporary file in the same folder, are forced to disk, and the temporary
 * file is renamed over the target; then the folder is forced so the rename itself survives a
 * power cut.
 *
 * <p>The temporary file is hidden and ends in {@code .tmp} ({@code .name.md.masthead-1234.tmp}),
 * so folder scans, which skip hidden names and want {@code .md}, never list it. A process killed
 * between creating and renaming it leaves it behind; {@link #cleanStaleTemps} removes those.
 */
public final class AtomicFiles {
    /** Younger temporary files may belong to a save still running in another process. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final String MARK = ".masthead-";
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.masthead-[0-9a-f]{8,16}\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} as the whole content of {@code file}. A symbolic link is written
     * through (the link stays a link); an existing file keeps its POSIX permissions, a new one
     * gets the default ones. On failure the target is untouched and no temporary file remains.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        refuseReadOnly(target);
        Path folder = target.getParent();
        Path temp = createTemp(folder, target.getFileName().toString());
        boolean moved = false;
        try {
            copyPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this only happens on unusual file systems; a plain replace is the best left.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * A rename needs only the folder's permission, so it would replace a file its owner made
     * read-only; an in-place write would have been refused, and so is this one. The mode bits are
     * checked too because for root every file is writable.
     */
    private static void refuseReadOnly(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        boolean noWriteBit = view != null && view.readAttributes().permissions().stream()
                .noneMatch(p -> p == PosixFilePermission.OWNER_WRITE || p == PosixFilePermission.GROUP_WRITE
                        || p == PosixFilePermission.OTHERS_WRITE);
        if (noWriteBit || !Files.isWritable(target)) {
            throw new AccessDeniedException(target.toString(), null, "the file is read-only; make it writable to save it.");
        }
    }

    /** True for the names {@link #write} gives its temporary files. */
    public static boolean isTempName(String name) {
        return TEMP_NAME.matcher(name).matches();
    }

    /**
     * Deletes the temporary files a killed save left directly in {@code folder} (not below it),
     * when older than {@link #STALE_AFTER}. Returns the files deleted; never throws for a file it
     * cannot delete.
     */
    public static List<Path> cleanStaleTemps(Path folder) throws IOException {
        return cleanStaleTemps(folder, STALE_AFTER);
    }

    /** As {@link #cleanStaleTemps(Path)}, for temporary files last modified more than {@code age} ago. */
    public static List<Path> cleanStaleTemps(Path folder, Duration age) throws IOException {
        Instant cutoff = Instant.now().minus(age);
        List<Path> deleted = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, p -> isTempName(p.getFileName().toString()))) {
            for (Path child : children) {
                try {
                    FileTime modified = Files.getLastModifiedTime(child, LinkOption.NOFOLLOW_LINKS);
                    if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)
                            && !modified.toInstant().isAfter(cutoff) && Files.deleteIfExists(child)) {
                        deleted.add(child);
                    }
                } catch (IOException e) {
                    // someone else's file, or gone already: leave it
                }
            }
        }
        return deleted;
    }

    /**
     * Deletes the temporary files of saves of {@code file} (whatever their age): for when it is
     * known that no save of it is running, e.g. its editor crashed. Returns the files deleted.
     */
    public static List<Path> cleanTempsOf(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        String prefix = "." + target.getFileName() + MARK;
        List<Path> deleted = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && isTempName(p.getFileName().toString()))) {
            for (Path child : children) {
                if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(child)) {
                    deleted.add(child);
                }
            }
        }
        return deleted;
    }

    /**
     * An empty temporary file in {@code folder} for {@code name}, named so that folder scans skip
     * it and {@link #cleanStaleTemps} removes it; created with the default permissions (umask),
     * unlike {@link Files#createTempFile}'s owner-only ones. For writers that replace files in
     * steps of their own, as a batch does.
     */
    public static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + MARK + Long.toHexString(RANDOM.nextLong() >>> 1 | 1L << 40) + ".tmp");
            try {
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code to} the POSIX permissions of {@code from}, where the system has them and {@code from} exists. */
    public static void copyPermissions(Path from, Path to) throws IOException {
        if (from == null || !Files.exists(from)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open folders; the rename is still atomic there
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the original failure matters more; cleanStaleTemps removes it later
        }
    }
}
