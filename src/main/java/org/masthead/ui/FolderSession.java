package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.masthead.content.ArticleFiles;
import org.masthead.content.ContentIndex;
import org.masthead.content.CrossReferences;
import org.masthead.content.FolderScan;
import org.masthead.content.FolderWatcher;
import org.masthead.content.IndexCache;
import org.masthead.content.IndexEntry;
import org.masthead.content.MediaFiles;
import org.masthead.document.DocumentException;
import org.masthead.seo.ArticleFacts;
import org.masthead.seo.FolderContext;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;
import org.masthead.session.ArticleItem;

/**
 * One open content folder: its index, filled in the background, and a watcher that keeps it live.
 * Rows go to the list straight from the scan's and the watcher's threads, so the list follows the
 * folder whatever the FX thread is doing; every other callback arrives on the FX thread.
 */
final class FolderSession implements AutoCloseable {
    /** What the window hears about the folder. */
    interface Listener {
        /** Rows to add or replace and files gone; called off the FX thread, in the order the folder changed. */
        void rows(List<ArticleItem> changed, List<Path> removed);

        void progress(FolderScan.Progress progress);

        void finished(int total);

        void changed(ContentIndex.Changes changes);

        void problem(String message);

        /** Image files of the folder were added, replaced or removed; their articles' image checks are stale. */
        default void imagesChanged() {
        }

        /**
         * Article files were re-read from disk, whether or not what the list shows of them changed: a
         * body edited outside (or saved) leaves the row as it was, and still changes what the checks find.
         */
        default void articlesTouched() {
        }
    }

    private final ContentIndex index;
    private final CrossReferences references;
    private final FolderScan scan;
    private volatile FolderWatcher watcher;
    private volatile boolean closed;
    private final Object rowsLock = new Object();
    /** The site's pages as the link checks see them; used on the io lane only. */
    private org.masthead.seo.FolderCheckCache pages;

    /** With {@code handOver}, where a scan started before the window hands over what it read so far. */
    FolderSession(Path folder, Executor handOver, Listener listener) {
        FolderPrefetch early = FolderPrefetch.take(folder);
        index = early != null ? early.index() : new ContentIndex(folder, IndexCache.forUser());
        // Empty here and filled by the batches, on the scan's threads: a folder the prefetch read
        // while the window was built would otherwise be indexed here, on the FX thread.
        references = new CrossReferences();
        index.addListener(references::apply);
        FolderScan.Listener rows = new FolderScan.Listener() {
            @Override
            public void batch(List<IndexEntry> entries, FolderScan.Progress progress) {
                // The rows first: the list waits for nothing else, and the references (an index of
                // every id and url, the costlier part of a batch of 100,000) are needed later.
                deliver(listener, entries.stream().map(FolderSession.this::item).toList(), List.of());
                references.addAll(entries);
                Platform.runLater(() -> {
                    if (!closed) {
                        listener.progress(progress);
                    }
                });
            }

            @Override
            public void removed(List<String> paths, FolderScan.Progress progress) {
                references.apply(new ContentIndex.Changes(List.of(), List.of(), paths));
                deliver(listener, List.of(), paths.stream().map(index.root()::resolve).toList());
            }

            @Override
            public void finished(FolderScan.Progress progress, boolean cancelled) {
                if (cancelled || closed) {
                    return;
                }
                startWatching(listener);
                Platform.runLater(() -> {
                    if (!closed) {
                        listener.finished(progress.indexed());
                    }
                });
            }
        };
        if (early != null) {
            scan = early.scan();
            early.attach(rows, handOver);
        } else {
            scan = index.load(rows);
        }
        index.addTouchListener(touched -> {
            if (!closed && touched.stream().anyMatch(MediaFiles::isImage)) {
                Platform.runLater(() -> {
                    if (!closed) {
                        listener.imagesChanged();
                    }
                });
            }
            if (!closed && touched.stream().anyMatch(p -> ArticleFiles.isArticleName(String.valueOf(p.getFileName())))) {
                Platform.runLater(() -> {
                    if (!closed) {
                        listener.articlesTouched();
                    }
                });
            }
        });
        index.addListener(changes -> {
            if (closed) {
                return;
            }
            List<ArticleItem> changed = new ArrayList<>(changes.added().size() + changes.updated().size());
            changes.added().forEach(entry -> changed.add(item(entry)));
            changes.updated().forEach(entry -> changed.add(item(entry)));
            deliver(listener, changed, changes.removed().stream().map(index.root()::resolve).toList());
            Platform.runLater(() -> {
                if (!closed) {
                    listener.changed(changes);
                }
            });
        });
    }

    /** Hands rows to the list unless closed; once {@link #close} returns, no row of this folder reaches the list. */
    private void deliver(Listener listener, List<ArticleItem> changed, List<Path> removed) {
        synchronized (rowsLock) {
            if (!closed) {
                listener.rows(changed, removed);
            }
        }
    }

    /** Runs on the scan's thread: registering a watch on every folder is IO. */
    private void startWatching(Listener listener) {
        try {
            watcher = FolderWatcher.start(index);
            if (closed) {
                watcher.close();
            }
        } catch (IOException e) {
            Platform.runLater(() -> listener.problem("Changes made outside Masthead will not show until the folder is reopened: "
                    + e.getMessage()));
        }
    }

    Path root() {
        return index.root();
    }

    ContentIndex index() {
        return index;
    }

    CrossReferences references() {
        return references;
    }

    ArticleItem item(IndexEntry entry) {
        return ArticleItem.of(index.root(), entry);
    }

    Optional<IndexEntry> entry(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(index.root())) {
            return Optional.empty();
        }
        return index.get(index.root().relativize(abs).toString().replace('\\', '/'));
    }

    /** What the SEO checks need to know of every article; reads the folder's rules file, so run it off the FX thread. */
    FolderContext seoContext() {
        SeoRules rules;
        try {
            rules = SeoConfig.load(index.root());
        } catch (IOException | DocumentException e) {
            rules = SeoRules.DEFAULTS;
        }
        List<ArticleFacts> facts = siteFacts(rules);
        if (facts == null) {
            facts = index.entries().stream().filter(IndexEntry::ok)
                    .map(e -> new ArticleFacts(e.path(), e.id(), e.title(), e.seoDescription(), e.url(),
                            e.subject(), e.related().stream().map(IndexEntry.RelatedRef::id).toList()))
                    .toList();
        }
        return FolderContext.of(rules, Clock.systemDefaultZone(), facts)
                .withImages(org.masthead.seo.ImageChecks.Folder.of(index.root()));
    }

    /**
     * On a generator's site, each page's URL, body links and heading ids, which the index does not
     * keep and the link checks need: read once, then only from the files that changed. Null for the
     * reference format, whose links (related articles) the index has.
     */
    private List<ArticleFacts> siteFacts(SeoRules rules) {
        if (rules.reference() || rules.site() == null) {
            return null;
        }
        try {
            if (pages == null) {
                pages = new org.masthead.seo.FolderCheckCache(index.root());
            }
            return pages.check(rules, Clock.systemDefaultZone(), org.masthead.seo.FolderCheckCache.Progress.NONE)
                    .articles();
        } catch (IOException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    @Override
    public void close() {
        synchronized (rowsLock) {
            closed = true;
        }
        scan.cancel();
        FolderWatcher w = watcher;
        if (w != null) {
            w.close();
        }
    }
}
