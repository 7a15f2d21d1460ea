package org.masthead.content.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The record of a batch being applied, in the content folder's {@code .masthead/batch/}: for
 * every file its path, its target, and its old and new bytes. It is written to a hidden
 * temporary file, forced to disk, and only then renamed to {@code <time>-<random>.journal}, so a
 * journal under that name is always complete; a temporary one is a batch that never started (no
 * file is written before the rename), and is deleted. The SHA-256 at its end catches a journal
 * damaged on disk.
 *
 * <p>Layout: {@code masthead-batch 1\n}, then the title, the time (epoch ms, 8 bytes), the
 * number of changes, and per change the path and target (relative to the content folder) and the
 * old and new bytes, each with its length first (4 bytes, big-endian); then 32 bytes of SHA-256
 * over all that precedes them.
 */
final class BatchJournal {
    static final String SUFFIX = ".journal";
    static final String UNRESOLVED = ".unresolved";
    private static final byte[] MAGIC = "masthead-batch 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A journal read back. */
    record Entry(Path journal, String title, Instant time, List<FileChange> changes) {
    }

    /** The journal cannot be read as one: damaged on disk, or not written by this format. */
    static final class Damaged extends Exception {
        Damaged(String message) {
            super(message);
        }
    }

    private BatchJournal() {
    }

    static Path dir(Path root) {
        return root.resolve(".masthead").resolve("batch");
    }

    /** The complete journals of {@code root}, oldest first; temporary ones left by a kill are deleted. */
    static List<Path> pending(Path root) throws IOException {
        Path dir = dir(root);
        List<Path> journals = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return journals;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                } else if (name.endsWith(SUFFIX)) {
                    journals.add(file);
                }
            }
        }
        journals.sort(null);
        return journals;
    }

    /** Writes the journal of {@code changes} and makes it durable; returns its path. */
    static Path write(Path root, String title, Instant time, List<FileChange> changes) throws IOException {
        Path dir = prepareDir(root);
        String name = String.format("%013d-%08x", time.toEpochMilli(), RANDOM.nextInt());
        Path temp = dir.resolve("." + name + ".tmp");
        MessageDigest sha = sha256();
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new DigestOutputStream(Channels.newOutputStream(channel), sha), 1 << 16));
                out.write(MAGIC);
                writeBytes(out, title.getBytes(StandardCharsets.UTF_8));
                out.writeLong(time.toEpochMilli());
                out.writeInt(changes.size());
                for (FileChange c : changes) {
                    writeBytes(out, relative(root, c.file()));
                    writeBytes(out, relative(root, c.target()));
                    writeBytes(out, c.before());
                    writeBytes(out, c.after());
                }
                out.flush();
                ByteBuffer hash = ByteBuffer.wrap(sha.digest());
                while (hash.hasRemaining()) {
                    channel.write(hash);
                }
                channel.force(true);
            }
            Path journal = dir.resolve(name + SUFFIX);
            Files.move(temp, journal, StandardCopyOption.ATOMIC_MOVE);
            FileWrites.syncFolder(dir);
            done = true;
            return journal;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Reads a journal written by {@link #write}; paths come back absolute, under {@code root}. */
    static Entry read(Path root, Path journal) throws IOException, Damaged {
        long size = Files.size(journal);
        if (size < MAGIC.length + HASH) {
            throw new Damaged("it is too short");
        }
        byte[] stored = new byte[HASH];
        MessageDigest sha = sha256();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(journal), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            long left = size - HASH;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new Damaged("it ended early");
                }
                sha.update(buffer, 0, n);
                left -= n;
            }
            if (in.readNBytes(stored, 0, HASH) != HASH) {
                throw new Damaged("it ended early");
            }
        }
        if (!Arrays.equals(stored, sha.digest())) {
            throw new Damaged("its checksum does not match");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(journal), 1 << 16))) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new Damaged("it is not a batch journal of this version");
            }
            String title = new String(readBytes(in, size), StandardCharsets.UTF_8);
            Instant time = Instant.ofEpochMilli(in.readLong());
            int count = in.readInt();
            if (count < 0 || count > size) {
                throw new Damaged("it says it holds " + count + " changes");
            }
            List<FileChange> changes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Path file = absolute(root, readBytes(in, size));
                Path target = absolute(root, readBytes(in, size));
                changes.add(new FileChange(file, readBytes(in, size), target, readBytes(in, size)));
            }
            return new Entry(journal, title, time, changes);
        } catch (EOFException e) {
            throw new Damaged("it ended early");
        }
    }

    /** Sets a journal that could not be finished aside, so it is not read again but its bytes are kept. */
    static Path setAside(Path journal) throws IOException {
        Path aside = journal.resolveSibling(journal.getFileName() + UNRESOLVED);
        Files.move(journal, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    static void delete(Path journal) throws IOException {
        Files.deleteIfExists(journal);
        FileWrites.syncFolder(journal.getParent());
    }

    /** Creates the folder with a {@code .gitignore} of {@code *}, so git never offers to commit a journal. */
    static Path prepareDir(Path root) throws IOException {
        Path dir = dir(root);
        Files.createDirectories(dir);
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "*\n");
        }
        return dir;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in, long size) throws IOException, Damaged {
        int length = in.readInt();
        if (length < 0 || length > size) {
            throw new Damaged("it gives a length of " + length + " bytes");
        }
        return in.readNBytes(length);
    }

    private static byte[] relative(Path root, Path file) {
        return root.relativize(file).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path absolute(Path root, byte[] relative) {
        return root.resolve(new String(relative, StandardCharsets.UTF_8)).normalize();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
