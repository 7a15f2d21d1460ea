package org.masthead.content;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The index of a large folder kept between runs, in the user's cache folder: one file per content
 * folder, holding each article's entry with the size and modification time its file had when it
 * was read. A scan reuses an entry only when its file still has that size and time, and reads
 * every other file. A cache file that is damaged, of another version or of another folder is
 * ignored as a whole (and rewritten after the scan): its checksum covers every byte.
 *
 * <p>Small folders are not cached: they read in well under a second, and a cache file per folder
 * opened once (a test's temporary folder) would only pile up.
 */
public final class IndexCache {
    /** Changes whenever the layout or the meaning of an entry changes; older files are then ignored. */
    static final int VERSION = 1;
    private static final int MAGIC = 0x4d484958; // "MHIX"
    private static final int HEADER = 4 + 4; // magic, version
    private static final int TRAILER = 4 + 4; // payload length, CRC32C of the payload

    /** A file's size and modification time (nanoseconds since the epoch) when its entry was read. */
    public record Stamp(long size, long modified) {
    }

    /** An entry and the stamp of the file it was read from. */
    public record Stamped(IndexEntry entry, Stamp stamp) {
    }

    private final Path dir;
    private final int minimumArticles;

    /** Caches folders of at least {@code minimumArticles} articles, in files under {@code dir}. */
    public IndexCache(Path dir, int minimumArticles) {
        this.dir = dir;
        this.minimumArticles = minimumArticles;
    }

    /**
     * The user's cache: {@code -Dmasthead.cache.dir}, else {@code $XDG_CACHE_HOME/masthead}, else
     * {@code ~/.cache/masthead}; folders of 1,000 articles or more.
     */
    public static IndexCache forUser() {
        return new IndexCache(userCacheDir(), 1000);
    }

    /** The user's cache folder: {@code -Dmasthead.cache.dir}, else {@code $XDG_CACHE_HOME/masthead}, else {@code ~/.cache/masthead}. */
    public static Path userCacheDir() {
        String property = System.getProperty("masthead.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "masthead")
                : Path.of(System.getProperty("user.home"), ".cache", "masthead");
    }

    /** The cache file of the folder {@code root}: named by a hash of its absolute path. */
    public Path fileFor(Path root) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(root.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return dir.resolve("index-" + HexFormat.of().formatHex(hash, 0, 16) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The entries kept for {@code root} by relative path; empty when there is no sound cache file. Never throws. */
    public Map<String, Stamped> read(Path root) {
        try {
            byte[] bytes = Files.readAllBytes(fileFor(root));
            return IndexCacheFormat.decode(payload(bytes), root.toAbsolutePath().normalize().toString());
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable or damaged in any way: read the folder as if there were no cache.
            return Map.of();
        }
    }

    /**
     * Keeps {@code entries} for {@code root}, replacing the file whole (written beside it, then
     * renamed), when there are enough of them. Returns whether a file was written; a failure to
     * write only costs the next start its head start.
     */
    public boolean write(Path root, Collection<Stamped> entries) {
        if (entries.size() < minimumArticles) {
            return false;
        }
        Path file = fileFor(root);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        // Streamed to the file: at 100,000 entries the payload is tens of MB, and copies of it in
        // memory would cost the window the heap it lists in.
        try {
            Files.createDirectories(dir);
            CRC32C crc = new CRC32C();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                DataOutputStream payload = new DataOutputStream(new CheckedOutputStream(out, crc));
                IndexCacheFormat.encode(root.toAbsolutePath().normalize().toString(), entries, payload);
                payload.flush();
                out.writeInt(payload.size());
                out.writeInt((int) crc.getValue());
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the next write replaces it
            }
            return false;
        }
    }

    /** The payload of a sound cache file; throws when any part of the header, the length or the checksum is off. */
    private static ByteBuffer payload(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER + TRAILER || in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IOException("not a cache file of this version");
        }
        int length = bytes.length - HEADER - TRAILER;
        ByteBuffer trailer = ByteBuffer.wrap(bytes, HEADER + length, TRAILER);
        if (trailer.getInt() != length) {
            throw new IOException("truncated or padded");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER, length);
        if ((int) crc.getValue() != trailer.getInt()) {
            throw new IOException("checksum does not match");
        }
        return ByteBuffer.wrap(bytes, HEADER, length).slice();
    }
}
