package org.masthead.seo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The checks of one folder, run again after changes without reading the files that did not
 * change. Each article's own findings and facts are kept by path with the file's size and
 * modification time; a check reads only the files whose size or time differ and those that are
 * new, forgets the removed ones, and then runs the folder-wide checks (duplicates, related links)
 * again for the articles those changes may concern ({@link FolderJudgement}). The report equals
 * what {@link SeoChecker#checkFolder} finds.
 *
 * <pre>FolderCheckCache cache = new FolderCheckCache(folder);
 * FolderReport report = cache.check(rules, clock, FolderCheckCache.Progress.NONE);
 * // ... files change ...
 * report = cache.check(rules, clock, progress); // reads only what changed</pre>
 *
 * One check at a time: {@link #check} is synchronized. A caller that waits for another's check
 * is told that check's progress meanwhile, as its own: its own check then reads nothing that the
 * other read, so what it waits for is the work it would have done.
 */
public final class FolderCheckCache {
    /** Told how far a check has come, and asked whether to give up. Called from checking threads. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void advanced(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** {@code done} of {@code total} article files are checked; first called before any file is read. */
        void advanced(int done, int total);

        /** Asked before each file is read; true stops the check with a {@link CancellationException}. */
        boolean cancelled();
    }

    /**
     * A file's size, modification time and identity (inode, where the system has one) when it was
     * read; equal stamps mean it need not be read again. The identity tells apart a file renamed
     * over another that had the same size and time.
     */
    private record Stamp(long size, long modified, Object identity) {
        static Stamp of(Path file) {
            try {
                return of(Files.readAttributes(file, BasicFileAttributes.class));
            } catch (IOException e) {
                return null; // unreadable: never trusted, read again next time
            }
        }

        static Stamp of(BasicFileAttributes attrs) {
            return new Stamp(attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    attrs.fileKey());
        }
    }

    /**
     * @param settled whether the file was last modified well before it was read; a file written
     *                again within the file system's time granularity, at the same size, would
     *                keep its stamp, so a result read so soon after a write is not trusted later
     */
    private record Entry(Stamp stamp, boolean settled, SeoChecker.Scanned scanned) {
    }

    /** Longer than the coarsest modification-time granularity of common file systems (FAT: 2 s). */
    private static final long SETTLE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(3);

    private final Path folder;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    /** Every caller of {@link #check} not yet returned, the running one included. */
    private final java.util.Set<Progress> watching = ConcurrentHashMap.newKeySet();
    private final FolderJudgement judgement = new FolderJudgement();
    private SeoRules rules;
    private LocalDate day;
    private Instant latest;

    public FolderCheckCache(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /** How many article files all checks so far have read from disk. */
    public long reads() {
        return reads.get();
    }

    /** How many articles the last check judged against the folder afresh, rather than keeping their findings. */
    public int judgedAfresh() {
        return judgement.afresh();
    }

    /**
     * Checks every article of the folder, reading only the files that changed since the last
     * check with the same rules on the same day.
     *
     * @throws CancellationException when {@code progress} asked to stop; what was read stays kept
     */
    public FolderReport check(SeoRules rules, Clock clock, Progress progress) throws IOException {
        Objects.requireNonNull(clock, "clock");
        watching.add(progress);
        try {
            synchronized (this) {
                return checkNow(rules, clock, progress);
            }
        } finally {
            watching.remove(progress);
        }
    }

    /** {@code done} of {@code total} files, told to every caller waiting on this cache. */
    private void advanced(int done, int total) {
        for (Progress p : watching) {
            p.advanced(done, total);
        }
    }

    private FolderReport checkNow(SeoRules rules, Clock clock, Progress progress) throws IOException {
        forgetWhatTimeOrRulesChanged(rules, clock);
        long settledBefore = nowNanos() - SETTLE_NANOS;
        List<String> paths = new ArrayList<>();
        List<Path> toRead = new ArrayList<>();
        List<String> toReadPaths = new ArrayList<>();
        List<Stamp> stamps = new ArrayList<>();
        Optional<ImageChecks.Folder> images = ImageChecks.Folder.of(folder);
        SeoChecker.walkArticles(folder, (file, attrs) -> {
            String path = SeoChecker.relative(folder, file);
            paths.add(path);
            Stamp stamp = attrs.isSymbolicLink() ? Stamp.of(file) : Stamp.of(attrs);
            Entry kept = entries.get(path);
            if (stamp == null || kept == null || !kept.settled() || !stamp.equals(kept.stamp()) || timeBound(kept)) {
                toRead.add(file);
                toReadPaths.add(path);
                stamps.add(stamp);
            }
        });
        entries.keySet().retainAll(new HashSet<>(paths));
        int total = paths.size();
        AtomicInteger done = new AtomicInteger(total - toRead.size());
        Findings shared = new Findings();
        advanced(done.get(), total);
        // The stamp is taken before the bytes are read: a file written in between is read again next time.
        java.util.stream.IntStream.range(0, toRead.size()).parallel().forEach(i -> {
            if (progress.cancelled()) {
                return;
            }
            Path file = toRead.get(i);
            String path = toReadPaths.get(i);
            reads.incrementAndGet();
            Stamp stamp = stamps.get(i);
            boolean settled = stamp != null && stamp.modified() < settledBefore;
            SeoChecker.Scanned scanned = SeoChecker.scan(path, file, rules, clock, images);
            scanned = shared.compact(scanned);
            entries.put(path, new Entry(stamp, settled, scanned));
            advanced(done.incrementAndGet(), total);
        });
        if (progress.cancelled()) {
            throw new CancellationException("check of " + folder + " superseded");
        }
        List<SeoChecker.Scanned> scanned = new ArrayList<>(total);
        for (String path : paths) {
            scanned.add(entries.get(path).scanned());
        }
        return judgement.judge(total, scanned, rules, clock);
    }

    /** Every kept result was computed with the rules and the day in force then; others throw it away. */
    private void forgetWhatTimeOrRulesChanged(SeoRules newRules, Clock clock) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        // A date-invalid message names today; a clock that went back may make past dates future.
        if (!newRules.equals(rules) || !today.equals(day) || latest == null || now.isBefore(latest)) {
            entries.clear();
        }
        rules = newRules;
        day = today;
        latest = now;
    }

    /** The file system's clock, not the checks' (which may be fixed, in tests). */
    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * A date in the future stops being one as time passes, and a missing image may be added
     * without the article changing, so such an article is judged afresh each time; so is one
     * whose images were replaced, grown or shrunk since it was read.
     */
    private static boolean timeBound(Entry entry) {
        for (Finding finding : entry.scanned().findings()) {
            if (finding.check().equals(Checks.DATE_FUTURE) || finding.check().equals(Checks.IMAGE_MISSING)
                    || finding.check().equals(Checks.SOCIAL_IMAGE_SIZE)) {
                return true;
            }
        }
        for (Map.Entry<Path, ImageChecks.ImageStamp> image : entry.scanned().images().entrySet()) {
            if (!image.getValue().equals(ImageChecks.ImageStamp.of(image.getKey()))) {
                return true;
            }
        }
        return false;
    }
}
