package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import org.masthead.content.ContentIndex;
import org.masthead.content.CrossReferences;
import org.masthead.content.FolderScan;
import org.masthead.content.FolderWatcher;
import org.masthead.content.IndexEntry;
import org.masthead.document.DocumentException;
import org.masthead.seo.ArticleFacts;
import org.masthead.seo.FolderContext;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;

/**
 * One open content folder: its index, filled in the background, and a watcher that keeps it live.
 * Every callback to the window arrives on the FX thread.
 */
final class FolderSession implements AutoCloseable {
    /** What the window hears about the folder. */
    interface Listener {
        void added(List<ArticleItem> items);

        void progress(FolderScan.Progress progress);

        void finished(int total);

        void changed(ContentIndex.Changes changes);

        void problem(String message);
    }

    private final ContentIndex index;
    private final CrossReferences references;
    private final FolderScan scan;
    private volatile FolderWatcher watcher;
    private volatile boolean closed;

    FolderSession(Path folder, Listener listener) {
        index = new ContentIndex(folder);
        references = CrossReferences.attach(index);
        scan = index.load(new FolderScan.Listener() {
            @Override
            public void batch(List<IndexEntry> entries, FolderScan.Progress progress) {
                references.addAll(entries);
                List<ArticleItem> items = entries.stream().map(FolderSession.this::item).toList();
                Platform.runLater(() -> {
                    if (!closed) {
                        listener.added(items);
                        listener.progress(progress);
                    }
                });
            }

            @Override
            public void finished(FolderScan.Progress progress, boolean cancelled) {
                if (cancelled || closed) {
                    return;
                }
                startWatching(listener);
                Platform.runLater(() -> listener.finished(progress.indexed()));
            }
        });
        index.addListener(changes -> Platform.runLater(() -> {
            if (!closed) {
                listener.changed(changes);
            }
        }));
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
        Path path = index.root().resolve(entry.path());
        String name = path.getFileName().toString();
        String problem = entry.ok() ? null : entry.path() + ":" + entry.problem();
        return new ArticleItem(path, name, blankToNull(entry.id()), blankToNull(entry.title()), blankToNull(entry.subject()),
                blankToNull(entry.date()), blankToNull(entry.url()), problem);
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
        List<ArticleFacts> facts = index.entries().stream().filter(IndexEntry::ok)
                .map(e -> new ArticleFacts(e.path(), e.id(), e.title(), e.seoDescription(), e.url(),
                        e.subject(), e.related().stream().map(IndexEntry.RelatedRef::id).toList()))
                .toList();
        return FolderContext.of(rules, Clock.systemDefaultZone(), facts);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void close() {
        closed = true;
        scan.cancel();
        FolderWatcher w = watcher;
        if (w != null) {
            w.close();
        }
    }
}
