package org.masthead.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/**
 * Unsaved edits, kept outside the content folder so that a crash costs at most the last few
 * seconds of typing. One entry per article file, named by a hash of its absolute path and
 * replaced atomically, holds the path, the SHA-256 of what the file held when editing started,
 * the time, and the edited bytes. {@link #forget} it after a save or a discard; at start-up,
 * {@link #pending} lists what a previous run left.
 *
 * <p>An entry is a short text header, a blank line, then the edited bytes:
 * <pre>
 * masthead-journal 1
 * path /home/ann/site/content/a.md      (% encoded: %25, %0A, %0D)
 * base-sha256 9f86d0…
 * time 2026-12-01T07:40:00Z
 * pid 4242 2026-12-01T07:30:00Z          (the writer, so a running window's entries are left alone)
 * length 1234
 * sha256 2c26b4…                          (of the edited bytes: a torn or damaged entry is detected)
 * </pre>
 *
 * <p>When the article's body is a long front-matter field, encoding the editor's text into the
 * file is a re-parse of the front matter (a core for a few hundred ms at 1 MB), which the journal
 * should not pay every few seconds while the user types. Such an entry starts
 * {@code masthead-journal 2}, and after the bytes (the file with the form's edits and the body as
 * last encoded) holds the body's Markdown as typed, in UTF-8, with its own {@code markdown-length}
 * and {@code markdown-sha256} lines. {@link #pending} encodes it into the bytes.
 */
public final class EditJournal {
    public static final String DIR_PROPERTY = "masthead.journal.dir";
    static final String SUFFIX = ".journal";
    static final String DAMAGED = ".damaged";

    /** How the article file on disk compares with the entry. */
    public enum Disk {
        /** Still what editing started from: restoring is safe. */
        UNCHANGED,
        /** Changed since (another program, a git pull): restoring would overwrite that change. */
        CHANGED,
        /** Already holds the edited bytes: the save happened, only the cleanup did not. */
        ALREADY_SAVED,
        /** The file is gone. */
        MISSING
    }

    /** One journaled edit. {@code edited} is the whole file as it would be saved. */
    public record Entry(Path file, Instant time, String baseSha256, Disk disk, byte[] edited) {
    }

    private final Path dir;
    private final List<String> warnings = new ArrayList<>();

    public EditJournal(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The journal at {@link #defaultDir()}. */
    public static EditJournal atDefaultDir() {
        return new EditJournal(defaultDir());
    }

    /**
     * {@code -Dmasthead.journal.dir} when set, else {@code $XDG_DATA_HOME/masthead/journal}, else
     * {@code ~/.local/share/masthead/journal}: per user, and never inside a content folder.
     */
    public static Path defaultDir() {
        return defaultDir(System::getProperty, System::getenv);
    }

    static Path defaultDir(UnaryOperator<String> property, UnaryOperator<String> env) {
        String configured = property.apply(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = env.apply("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(property.apply("user.home"), ".local", "share");
        return data.resolve("masthead").resolve("journal");
    }

    public Path dir() {
        return dir;
    }

    /** Journals {@code edited} for {@code file}, whose content was {@code baseBytes} when editing started. */
    public void record(Path file, byte[] baseBytes, byte[] edited) throws IOException {
        recordWithBaseHash(file, sha256(baseBytes), edited);
    }

    /** As {@link #record}, with the base already hashed ({@link #sha256}). Replaces the file's previous entry. */
    public void recordWithBaseHash(Path file, String baseSha256, byte[] edited) throws IOException {
        recordWithBaseHash(file, baseSha256, edited, null);
    }

    /**
     * As {@link #recordWithBaseHash(Path, String, byte[])}; a {@code markdown} that is not null is
     * the article's body field as typed, which replaces the one in {@code edited} when restored.
     */
    public void recordWithBaseHash(Path file, String baseSha256, byte[] edited, String markdown) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        ProcessHandle self = ProcessHandle.current();
        byte[] typed = markdown == null ? new byte[0] : markdown.getBytes(StandardCharsets.UTF_8);
        String header = (markdown == null ? EntryFormat.MAGIC : EntryFormat.MAGIC_WITH_MARKDOWN) + "\n"
                + "path " + encode(abs.toString()) + "\n"
                + "base-sha256 " + baseSha256 + "\n"
                + "time " + Instant.now() + "\n"
                + "pid " + self.pid() + " " + self.info().startInstant().map(Instant::toString).orElse("-") + "\n"
                + "length " + edited.length + "\n"
                + "sha256 " + sha256(edited) + "\n"
                + (markdown == null ? "" : "markdown-length " + typed.length + "\n" + "markdown-sha256 " + sha256(typed) + "\n")
                + "\n";
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + edited.length + typed.length);
        System.arraycopy(edited, 0, all, head.length, edited.length);
        System.arraycopy(typed, 0, all, head.length + edited.length, typed.length);
        createDir();
        AtomicFiles.write(entryFile(abs), all);
    }

    /** Drops the entry for {@code file}, if any: call after saving or discarding its edits. */
    public void forget(Path file) throws IOException {
        Files.deleteIfExists(entryFile(file.toAbsolutePath().normalize()));
    }

    /**
     * The entries in the journal, oldest first, except those of another Masthead still running.
     * A damaged entry is renamed to {@code *.damaged}, skipped, and described in {@link #warnings()}.
     */
    public List<Entry> pending() {
        warnings.clear();
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try {
            AtomicFiles.cleanStaleTemps(dir);
        } catch (IOException e) {
            // leftovers of a killed write are harmless: they are not read as entries
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path entryFile : files) {
                try {
                    EntryFormat.Parsed parsed = EntryFormat.parse(Files.readAllBytes(entryFile));
                    if (!parsed.writerStillRunning()) {
                        removeTempsOfCrashedSave(parsed.file());
                        byte[] edited = withTypedText(entryFile, parsed);
                        String editedSha = edited == parsed.edited() ? parsed.editedSha256() : sha256(edited);
                        entries.add(new Entry(parsed.file(), parsed.time(), parsed.baseSha256(),
                                disk(parsed.file(), parsed.baseSha256(), editedSha), edited));
                    }
                } catch (EntryFormat.Damaged e) {
                    warnings.add("journal entry " + entryFile.getFileName() + " is damaged (" + e.getMessage()
                            + "); it was skipped and kept as " + entryFile.getFileName() + DAMAGED);
                    setAside(entryFile);
                } catch (NoSuchFileException gone) {
                    // forgotten by a running window meanwhile
                } catch (IOException | RuntimeException e) {
                    warnings.add("journal entry " + entryFile.getFileName() + " cannot be read: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            warnings.add("cannot read the journal folder " + dir + ": " + e.getMessage());
        }
        entries.sort((a, b) -> a.time().compareTo(b.time()));
        return entries;
    }

    /**
     * The entry's bytes with its typed Markdown encoded into the body field. Should that fail, the
     * bytes as they are (the typing up to the last encoding) are better than nothing: the
     * warning says what is missing.
     */
    private byte[] withTypedText(Path entryFile, EntryFormat.Parsed parsed) {
        if (parsed.markdown() == null) {
            return parsed.edited();
        }
        try {
            return Document.parse(parsed.file().toString(), parsed.edited()).withMarkdown(parsed.markdown()).toBytes();
        } catch (DocumentException | RuntimeException e) {
            warnings.add("The text typed last into " + parsed.file() + " could not be put back into its front matter ("
                    + e.getMessage() + "). Its other edits are offered, with the body as it was last encoded; the typed"
                    + " text stays in the journal entry " + entryFile + " until those edits are saved or discarded.");
            return parsed.edited();
        }
    }

    /** One line per entry the last {@link #pending()} skipped or could not restore whole. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Lower-case hex SHA-256, as entries store it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Path entryFile(Path absoluteFile) {
        return dir.resolve(sha256(absoluteFile.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32) + SUFFIX);
    }

    private static Disk disk(Path file, String baseSha256, String editedSha256) throws IOException {
        byte[] now;
        try {
            now = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Disk.MISSING;
        }
        String hash = sha256(now);
        if (hash.equals(editedSha256)) {
            return Disk.ALREADY_SAVED;
        }
        return hash.equals(baseSha256) ? Disk.UNCHANGED : Disk.CHANGED;
    }

    /** The editor that journaled this file is gone, so a temporary file beside it is what a killed save left. */
    private static void removeTempsOfCrashedSave(Path file) {
        try {
            AtomicFiles.cleanTempsOf(file);
        } catch (IOException e) {
            // the folder is gone or unreadable: the entry says so through its disk state
        }
    }

    /** Owner-only: the journal holds unpublished text. */
    private void createDir() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException raced) {
            // another window made it first
        }
    }

    private void setAside(Path entryFile) {
        try {
            Files.move(entryFile, entryFile.resolveSibling(entryFile.getFileName() + DAMAGED),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // it will be reported again next time, which is no harm
        }
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String decode(String text) {
        return text.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
