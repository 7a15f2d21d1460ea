package org.masthead.content.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.masthead.document.AtomicFiles;

/**
 * The file operations of a batch. Each file is replaced as {@code AtomicFiles} does it (a hidden
 * temporary file beside it, renamed over it), so a kill leaves it wholly old or wholly new; but
 * the forcing to disk is left to {@link #force}, called once per file after all of them are
 * renamed. The journal, forced before the first write and deleted only after that, is what makes
 * the batch durable: a power cut before the files reach the disk leaves the journal to roll them
 * forward. Forcing every file before renaming the next would cost a disk flush per file, which
 * for ten thousand files is most of the time a batch takes.
 */
final class FileWrites {

    private FileWrites() {
    }

    /**
     * Replaces {@code file}'s content with {@code bytes} (creating it and its folders when
     * missing); a symbolic link is written through. A new file takes the permissions of
     * {@code permissionsOf} when that exists (the file a move came from).
     */
    static void replace(Path file, byte[] bytes, Path permissionsOf) throws IOException {
        // one stat says whether the file is a link, whether it exists and its permissions: a batch
        // makes these calls for 10,000 files, and each costs about as much as the write itself
        PosixFileAttributes was = POSIX ? attributes(file) : null;
        Path target = POSIX ? file : Files.isSymbolicLink(file) ? file.toRealPath() : file;
        if (was != null && was.isSymbolicLink()) {
            target = file.toRealPath();
            was = attributes(target);
        }
        Path folder = target.getParent();
        if (was == null && !Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        Path temp = AtomicFiles.createTemp(folder, target.getFileName().toString());
        boolean moved = false;
        try {
            if (!POSIX) {
                AtomicFiles.copyPermissions(Files.exists(target) ? target : permissionsOf, temp);
            } else if (was != null) {
                Files.setPosixFilePermissions(temp, was.permissions());
            } else {
                AtomicFiles.copyPermissions(permissionsOf, temp); // a new file: a move's source lends its permissions
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // same folder, so only on unusual file systems; a plain replace is the best left
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** The file's own attributes (a link's, not its target's), or null when there is no such file. */
    private static PosixFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (!(e instanceof NoSuchFileException) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            return null; // no such file, or a plain file where its path needs a folder
        }
    }

    /** Forces a written file's bytes to disk. */
    static void force(Path file) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Makes renames and deletions in {@code folder} durable where the platform can open a folder. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open folders; its renames are still atomic
        }
    }

    /**
     * Why {@code file} could not be replaced, or null. A rename needs only the folder's
     * permission, so a file its owner made read-only is refused here, as a save refuses it.
     */
    static String refusal(Path file, Map<Path, Boolean> writableFolders) throws IOException {
        boolean exists;
        Set<PosixFilePermission> perms = null;
        if (POSIX) {
            try {
                perms = Files.readAttributes(file, PosixFileAttributes.class).permissions();
                exists = true;
            } catch (IOException e) {
                exists = false; // no such file, or a plain file where its path needs a folder
                if (!(e instanceof NoSuchFileException) && Files.exists(file)) {
                    throw e;
                }
            }
        } else {
            exists = Files.exists(file);
        }
        if (exists) {
            boolean noWriteBit = perms != null && !perms.contains(PosixFilePermission.OWNER_WRITE)
                    && !perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE);
            if (noWriteBit || !Files.isWritable(file)) {
                return "the file is read-only";
            }
        }
        // a batch's files mostly share a few folders: each is asked once
        boolean writable = writableFolders.computeIfAbsent(file.getParent(), parent -> {
            Path folder = existingAncestor(parent);
            return folder != null && Files.isWritable(folder);
        });
        return writable ? null : "its folder is not writable";
    }

    private static Path existingAncestor(Path folder) {
        Path at = folder;
        while (at != null && !Files.isDirectory(at)) {
            at = at.getParent();
        }
        return at;
    }
}
