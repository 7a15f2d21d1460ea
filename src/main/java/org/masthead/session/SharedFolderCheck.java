package org.masthead.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.masthead.document.DocumentException;
import org.masthead.seo.FolderCheckCache;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;

/**
 * The window's one kept check of its folder, for Folder SEO and the list's score columns alike:
 * both run the same checks over the same files, so whichever asks second reads only what changed
 * since the first, and a folder's results are kept once, not twice. A check asked for while
 * another runs waits for it and is told its progress meanwhile ({@link FolderCheckCache#check}).
 * Safe for use from any thread; it reads files, so never from the FX thread.
 */
public final class SharedFolderCheck {
    private final Clock clock;
    private FolderCheckCache cache;
    private long retiredReads; // by the caches of folders checked before

    public SharedFolderCheck(Clock clock) {
        this.clock = clock;
    }

    /** Checks {@code folder} by its own rules, reading only the files that changed since the last check of it. */
    public FolderReport check(Path folder, FolderCheckCache.Progress progress) throws IOException, DocumentException {
        return check(folder, SeoConfig.load(folder), progress);
    }

    /** Checks {@code folder} by {@code rules} (its own, read already). */
    public FolderReport check(Path folder, SeoRules rules, FolderCheckCache.Progress progress) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        return cacheOf(root).check(rules, clock, progress);
    }

    private synchronized FolderCheckCache cacheOf(Path root) {
        if (cache == null || !cache.folder().equals(root)) {
            retiredReads += cache == null ? 0 : cache.reads();
            cache = new FolderCheckCache(root);
        }
        return cache;
    }

    /** How many article files the checks have read from disk, for tests of what a check reads again. */
    public synchronized long reads() {
        return retiredReads + (cache == null ? 0 : cache.reads());
    }
}
