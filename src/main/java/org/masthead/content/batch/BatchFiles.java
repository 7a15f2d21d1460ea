package org.masthead.content.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.masthead.document.AtomicFiles;

/**
 * The only writer of batches. {@link #apply} is all-or-nothing:
 * <ol>
 * <li>every file must still hold the bytes the batch was planned against, and every move's target
 * must be free, or nothing is written ({@link BatchConflictException});</li>
 * <li>the batch (paths, old and new bytes) is journaled in {@code .masthead/batch/} and forced to
 * disk before the first file is written;</li>
 * <li>each file is replaced atomically, then all are forced to disk, then the journal is deleted.</li>
 * </ol>
 *
 * <p><b>Recovery rolls forward.</b> A journal found by {@link #recover} is complete (see
 * {@link BatchJournal}), so it holds every new byte, and the user asked for exactly that change
 * after seeing its preview. Each file is then judged by its bytes: already new is left, still
 * old is written, and a move's source is removed once its target holds the new bytes. A file
 * that holds neither was changed by someone after the crash; it is left as it is and named, and
 * the journal is kept beside it (as {@code .unresolved}) so nothing of either version is lost.
 * A temporary journal is a batch that never started and is simply deleted.
 *
 * <p>Batches of one folder never overlap: a lock file in {@code .masthead/batch/} is held while
 * one is applied or recovered, across processes (the window and a command line run).
 */
public final class BatchFiles {
    private static final Object IN_PROCESS = new Object();

    private BatchFiles() {
    }

    /**
     * Applies {@code batch} to the folder {@code root}: all of it or, on a conflict or an error
     * before the journal is written, none of it. An error while writing rolls the written files
     * back; should that fail too, the journal stays and {@link #recover} completes the batch.
     */
    public static AppliedBatch apply(Path root, Batch batch) throws IOException, BatchConflictException {
        Path dir = root.toAbsolutePath().normalize();
        List<FileChange> changes = batch.changes();
        refuseOverlaps(changes);
        if (changes.isEmpty()) {
            return new AppliedBatch(batch.title(), changes, Instant.now());
        }
        synchronized (IN_PROCESS) {
            BatchJournal.prepareDir(dir);
            try (FolderLock lock = FolderLock.take(dir)) {
                if (!BatchJournal.pending(dir).isEmpty()) {
                    throw new IOException(dir + ": an interrupted batch has not been completed yet; run recovery "
                            + "first (any masthead command that writes the folder does). Nothing was changed.");
                }
                refuseConflicts(changes);
                Instant time = Instant.now();
                Path journal = BatchJournal.write(dir, batch.title(), time, changes);
                writeAll(changes, journal);
                makeDurable(changes);
                BatchJournal.delete(journal);
                return new AppliedBatch(batch.title(), changes, time);
            }
        }
    }

    /**
     * Completes a batch of {@code root} that a crash or kill interrupted (see the class comment
     * for the rule). Returns one line saying what it did, or empty when there was nothing to do.
     */
    public static Optional<String> recover(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(BatchJournal.dir(dir))) {
            return Optional.empty();
        }
        synchronized (IN_PROCESS) {
            try (FolderLock lock = FolderLock.take(dir)) {
                List<String> said = new ArrayList<>();
                for (Path journal : BatchJournal.pending(dir)) {
                    said.add(recoverOne(dir, journal));
                }
                return said.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", said));
            }
        }
    }

    /** The batch that turns {@code applied} back: every file to its old bytes, every move back. */
    public static Batch undoOf(AppliedBatch applied) {
        List<FileChange> back = new ArrayList<>();
        for (FileChange c : applied.changes()) {
            back.add(new FileChange(c.target(), c.after(), c.file(), c.before()));
        }
        return new Batch("Undo " + applied.title(), back);
    }

    private static String recoverOne(Path root, Path journal) throws IOException {
        BatchJournal.Entry entry;
        try {
            entry = BatchJournal.read(root, journal);
        } catch (BatchJournal.Damaged e) {
            Path aside = BatchJournal.setAside(journal);
            return "The journal of an interrupted batch, " + root.relativize(aside) + ", is damaged (" + e.getMessage()
                    + "); it was set aside and no file was changed. Check the folder with git status.";
        }
        int written = 0;
        List<Path> changedSince = new ArrayList<>();
        List<FileChange> touched = new ArrayList<>();
        for (FileChange c : entry.changes()) {
            if (Files.isDirectory(c.target().getParent())) {
                AtomicFiles.cleanTempsOf(c.target());
            }
            byte[] source = readOrNull(c.file());
            byte[] target = c.isMove() ? readOrNull(c.target()) : source;
            boolean targetNew = Arrays.equals(target, c.after());
            boolean sourceOld = Arrays.equals(source, c.before());
            if (targetNew && (!c.isMove() || source == null || sourceOld)) {
                if (c.isMove() && source != null) {
                    Files.delete(c.file());
                    written++;
                }
                touched.add(c);
            } else if (sourceOld && (!c.isMove() || target == null)) {
                FileWrites.replace(c.target(), c.after(), c.file());
                if (c.isMove()) {
                    Files.delete(c.file());
                }
                touched.add(c);
                written++;
            } else {
                changedSince.add(c.file());
            }
        }
        makeDurable(touched);
        String what = "the interrupted batch \"" + entry.title() + "\" of " + entry.time() + " (" + entry.changes().size()
                + " files, " + written + " of them written now)";
        if (changedSince.isEmpty()) {
            BatchJournal.delete(journal);
            return "Completed " + what + ".";
        }
        Path aside = BatchJournal.setAside(journal);
        return "Completed " + what + " except " + changedSince.size() + " files changed since, left as they are: "
                + names(root, changedSince) + "; the batch's versions are kept in " + root.relativize(aside) + ".";
    }

    private static void refuseOverlaps(List<FileChange> changes) {
        Set<Path> seen = new HashSet<>();
        for (FileChange c : changes) {
            if (!seen.add(c.file()) || c.isMove() && !seen.add(c.target())) {
                throw new IllegalArgumentException("a batch changes " + c.file() + " twice, or moves a file onto another of its files");
            }
        }
    }

    /**
     * Refuses a batch whose files changed since it was planned, whose move targets are taken
     * ({@link BatchConflictException}), or that cannot write one of its files (an IOException
     * naming them); one pass on the file threads reads and checks every file.
     */
    private static void refuseConflicts(List<FileChange> changes) throws IOException, BatchConflictException {
        Set<Path> found = java.util.Collections.synchronizedSet(new java.util.HashSet<>());
        Set<Path> taken = new LinkedHashSet<>();
        Map<FileChange, String> refusals = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        Map<Path, Boolean> writableFolders = new ConcurrentHashMap<>();
        FileTasks.all(changes, c -> {
            if (!holds(c.file(), c.before())) {
                found.add(c.file());
            }
            String why = FileWrites.refusal(c.target(), writableFolders);
            if (why == null && c.isMove()) {
                why = FileWrites.refusal(c.file(), writableFolders);
            }
            if (why != null) {
                refusals.put(c, why);
            }
        });
        for (FileChange c : changes) {
            if (c.isMove() && Files.exists(c.target(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                taken.add(c.target());
            }
        }
        refuseChangedOrTaken(changes, found, taken);
        refuseUnwritable(changes, refusals);
    }

    private static void refuseChangedOrTaken(List<FileChange> changes, Set<Path> found, Set<Path> taken)
            throws BatchConflictException {
        Set<Path> changed = sortedLike(changes, found);
        if (changed.isEmpty() && taken.isEmpty()) {
            return;
        }
        List<Path> all = new ArrayList<>(changed);
        all.addAll(taken);
        StringBuilder message = new StringBuilder();
        if (!changed.isEmpty()) {
            message.append(changed.size()).append(changed.size() == 1 ? " file was" : " files were")
                    .append(" changed or removed since the change was prepared: ").append(names(null, changed)).append(". ");
        }
        if (!taken.isEmpty()) {
            message.append(taken.size()).append(taken.size() == 1 ? " move target exists" : " move targets exist")
                    .append(": ").append(names(null, taken)).append(". ");
        }
        throw new BatchConflictException(message + "Nothing was changed; prepare the change again.", all);
    }

    /** The paths of {@code found} in the order of the batch, so messages do not depend on thread timing. */
    private static Set<Path> sortedLike(List<FileChange> changes, Set<Path> found) {
        Set<Path> ordered = new LinkedHashSet<>();
        for (FileChange c : changes) {
            if (found.contains(c.file())) {
                ordered.add(c.file());
            }
        }
        return ordered;
    }

    private static void refuseUnwritable(List<FileChange> changes, Map<FileChange, String> refusals) throws IOException {
        List<String> refused = new ArrayList<>();
        for (FileChange c : changes) {
            String why = refusals.get(c);
            if (why != null) {
                refused.add(c.target() + " (" + why + ")");
            }
        }
        if (!refused.isEmpty()) {
            throw new IOException("cannot write " + refused.size() + (refused.size() == 1 ? " file: " : " files: ")
                    + refused.stream().limit(5).collect(Collectors.joining(", ")) + (refused.size() > 5 ? ", …" : "")
                    + ". Nothing was changed.");
        }
    }

    /** Writes every change; on an error, puts the written ones back and deletes the journal. */
    private static void writeAll(List<FileChange> changes, Path journal) throws IOException {
        FileTasks.Outcome outcome = FileTasks.each(changes, c -> {
            FileWrites.replace(c.target(), c.after(), c.file());
            if (c.isMove()) {
                Files.delete(c.file());
            }
        });
        if (outcome.failure() == null) {
            return;
        }
        Exception e = outcome.failure();
        List<FileChange> done = new ArrayList<>();
        List<FileChange> failed = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            (outcome.done().get(i) ? done : failed).add(changes.get(i));
        }
        try {
            rollBack(done, failed);
            makeDurable(changes);
            BatchJournal.delete(journal);
        } catch (IOException | RuntimeException again) {
            e.addSuppressed(again);
            throw new IOException("writing the batch failed (" + e.getMessage() + ") and so did putting the files back ("
                    + again.getMessage() + "); the next run completes the batch from its journal.", e);
        }
        throw new IOException("writing the batch failed: " + e.getMessage() + ". Every file was put back; nothing was changed.", e);
    }

    private static void rollBack(List<FileChange> done, List<FileChange> failed) throws IOException {
        for (FileChange f : failed) {
            // a move that failed after writing its target but before removing its source
            if (f.isMove() && holds(f.file(), f.before()) && holds(f.target(), f.after())) {
                Files.delete(f.target());
            }
        }
        for (FileChange c : done) {
            FileWrites.replace(c.file(), c.before(), c.target());
            if (c.isMove()) {
                Files.deleteIfExists(c.target());
            }
        }
    }

    /** Forces every written file and then each folder whose entries changed. */
    private static void makeDurable(List<FileChange> changes) throws IOException {
        FileTasks.all(changes, c -> {
            if (Files.isRegularFile(c.target())) {
                FileWrites.force(c.target());
            }
        });
        Set<Path> folders = new LinkedHashSet<>();
        for (FileChange c : changes) {
            folders.add(c.target().getParent());
            folders.add(c.file().getParent());
        }
        folders.forEach(FileWrites::syncFolder);
    }

    private static boolean holds(Path file, byte[] bytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return false; // no such file, or no such folder: not a regular file, as Files.isRegularFile says
        }
        try {
            return attributes.isRegularFile() && attributes.size() == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static byte[] readOrNull(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String names(Path root, Set<Path> files) {
        return names(root, List.copyOf(files));
    }

    private static String names(Path root, List<Path> files) {
        String shown = files.stream().limit(5).map(p -> (root == null ? p : root.relativize(p)).toString())
                .collect(Collectors.joining(", "));
        return files.size() > 5 ? shown + " and " + (files.size() - 5) + " more" : shown;
    }

    /** The cross-process lock of a folder's batches. */
    private record FolderLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        static FolderLock take(Path root) throws IOException {
            FileChannel channel = FileChannel.open(BatchJournal.dir(root).resolve("lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new FolderLock(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            lock.release();
            channel.close();
        }
    }
}
