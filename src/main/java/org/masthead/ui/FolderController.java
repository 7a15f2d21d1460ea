package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import org.masthead.content.ContentIndex;
import org.masthead.content.FolderScan;
import org.masthead.content.InputSchema;
import org.masthead.content.NewArticle;
import org.masthead.content.NewArticleException;
import org.masthead.document.DocumentException;
import org.masthead.session.ArticleItem;
import org.masthead.session.ArticleSession;
import org.masthead.session.Settings;

/**
 * The open content folder's life in the window: indexing it into the list, following the changes
 * made to it outside Masthead, its input schema, and what the SEO tab and the folder dashboard
 * know of it. The folder dashboard is computed only when someone looks, and again after changes.
 */
final class FolderController implements AutoCloseable {
    /** What the folder tells the rest of the window. */
    interface Host {
        /** The first rows of the folder are in the list; more may follow. */
        void firstRows();

        /** The whole folder is listed. */
        void indexed(int total);

        /** The file of the open article changed on disk. */
        void openFileChanged();

        /** The file of the open article went; it may be one of {@code added} under a new name. */
        void openFileGone(List<Path> added);

        /** What the checks know of the folder changed: check the open article again. */
        void recheck();
    }

    private final Settings settings;
    private final Background background;
    private final Background.Lane contexts;
    private final Background.Lane handOver;
    private final OpenArticle open;
    private final ArticleListPane list;
    private final FormPane form;
    private final SeoPane seo;
    private final DashboardPane dashboard;
    private final Tab dashboardTab;
    private final MessageBar messages;
    private final Host host;
    private FolderSession folder;
    private boolean dashboardStale = true;
    private Consumer<Path> onChecksStale = root -> { };
    private boolean checksStaleQueued;

    FolderController(Settings settings, Background background, OpenArticle open, ArticleListPane list, FormPane form,
                     SeoPane seo, DashboardPane dashboard, Tab dashboardTab, MessageBar messages, Host host) {
        this.settings = settings;
        this.background = background;
        this.contexts = background.lane("masthead-seo-context");
        this.handOver = background.lane("masthead-folder");
        this.open = open;
        this.list = list;
        this.form = form;
        this.seo = seo;
        this.dashboard = dashboard;
        this.dashboardTab = dashboardTab;
        this.messages = messages;
        this.host = host;
        dashboardTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && dashboardStale && folder != null) {
                dashboardStale = false;
                dashboard.analyse(folder.root());
            }
        });
        open.sessionProperty().addListener((obs, was, now) -> showIncomingLinks());
    }

    /** The folder open now, or null. */
    /**
     * Creates an article off the FX thread and lists it at once; {@code created} gets its path, or
     * the message bar says why there is none.
     */
    void createArticle(NewArticle.Request request, Consumer<Path> created) {
        FolderSession current = session();
        if (current == null) {
            messages.show("Open a content folder first.");
            return;
        }
        background.io(() -> {
            try {
                Path made = NewArticle.create(current.index(), request, LocalDate.now());
                current.index().refresh(List.of(made));
                return made;
            } catch (NewArticleException e) {
                return e;
            }
        }, result -> {
            if (result instanceof Path made) {
                created.accept(made);
            } else {
                messages.show("No article was created: " + ((Exception) result).getMessage());
            }
        });
    }

    FolderSession session() {
        return folder;
    }

    void open(Path root) {
        close();
        list.clear();
        form.clear();
        messages.folderProblemProperty().set(null);
        messages.clear();
        if (!Files.isDirectory(root)) {
            list.showMessage(root + ": no such folder.");
            messages.show(root + " does not exist or is not a folder. Open a folder of Markdown articles.");
            return;
        }
        settings.setLastFolder(root);
        list.setIndexing(true);
        markDashboardStale();
        loadInputSchema(root);
        AtomicBoolean anyRows = new AtomicBoolean();
        folder = new FolderSession(root, handOver.executor(), new FolderSession.Listener() {
            @Override
            public void rows(List<ArticleItem> changed, List<Path> removed) {
                list.update(changed, removed);
                if (!changed.isEmpty() && anyRows.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        if (folder != null && folder.root().equals(root.toAbsolutePath().normalize())) {
                            host.firstRows();
                        }
                    });
                }
            }

            @Override
            public void progress(FolderScan.Progress progress) {
                list.setProgress(progress.walking() || progress.found() == 0 ? -1 : (double) progress.indexed() / progress.found());
            }

            @Override
            public void finished(int total) {
                list.setIndexing(false);
                host.indexed(total);
                refreshSeoContext();
                showIncomingLinks();
                if (total == 0) {
                    messages.show(root + " holds no Markdown articles (.md or .markdown).");
                }
            }

            @Override
            public void changed(ContentIndex.Changes changes) {
                onFolderChanged(changes);
            }

            @Override
            public void problem(String message) {
                messages.show(message);
            }

            @Override
            public void imagesChanged() {
                checksStale();
                host.recheck();
            }

            @Override
            public void articlesTouched() {
                checksStale();
            }
        });
    }

    /** Reads the folder's input overrides off the FX thread; a broken schema file is named, and the form infers. */
    private void loadInputSchema(Path root) {
        background.io(() -> {
            try {
                return InputSchema.load(root);
            } catch (IOException | DocumentException e) {
                return e;
            }
        }, result -> {
            String problem;
            if (result instanceof InputSchema schema) {
                form.setSchema(schema);
                problem = schema.notes().isEmpty() ? null : "Input schema: " + String.join(" ", schema.notes());
            } else {
                form.setSchema(InputSchema.none());
                problem = "The form infers every input, because the input schema could not be read: "
                        + ((Exception) result).getMessage();
            }
            messages.folderProblemProperty().set(problem);
            if (problem != null) {
                // the folder's problem is the news now; it stays under later messages' clearing
                messages.clear();
            }
        });
    }

    /** Files changed outside Masthead: refresh their rows, and the open article if it is one of them. */
    private void onFolderChanged(ContentIndex.Changes changes) {
        FolderSession current = folder;
        if (current == null) {
            return;
        }
        // The list heard of these rows already, off the FX thread; of a storm's thousands of files,
        // only the open one matters here, found by its relative path without making a row per file.
        ArticleSession session = open.get();
        String opened = session == null || !session.path().toAbsolutePath().normalize().startsWith(current.root())
                ? null : relativePath(session.path());
        boolean openChanged = opened != null && (changes.updated().stream().anyMatch(e -> e.path().equals(opened))
                || changes.added().stream().anyMatch(e -> e.path().equals(opened)));
        refreshSeoContext();
        checksStale();
        showIncomingLinks();
        if (openChanged) {
            host.openFileChanged();
        } else if (opened != null && changes.removed().contains(opened)) {
            host.openFileGone(changes.added().stream().map(e -> current.root().resolve(e.path())).toList());
        }
    }

    /** The folder's rules changed (its .masthead.yml): the checks, the open article's and the folder's, follow. */
    void rulesChanged() {
        refreshSeoContext();
        checksStale();
    }

    /** Rebuilds what the SEO checks know of the folder, off the FX thread. */
    private void refreshSeoContext() {
        FolderSession current = folder;
        if (current == null) {
            return;
        }
        // on a lane of its own: on a generator's site the first context reads every page
        contexts.latest(this, Background.Keep.LATEST_ONLY, current::seoContext, context -> {
            if (current == folder) {
                seo.setContext(context);
                host.recheck();
            }
        });
    }

    /** {@code then} is told the folder, on the FX thread, whenever a change may have changed what its checks find. */
    void setOnChecksStale(Consumer<Path> then) {
        onChecksStale = then;
    }

    /** Files, images or rules changed after the folder was listed: what the folder's checks found is out of date. */
    private void checksStale() {
        if (checksStaleQueued) {
            return;
        }
        checksStaleQueued = true;
        // one re-read of the folder is heard twice (its files touched, its rows changed): answered once
        Platform.runLater(() -> {
            checksStaleQueued = false;
            markDashboardStale();
            if (folder != null) {
                onChecksStale.accept(folder.root());
            }
        });
    }

    private void markDashboardStale() {
        dashboardStale = true;
        if (dashboardTab.isSelected() && folder != null) {
            dashboardStale = false;
            dashboard.analyse(folder.root());
        }
    }

    private void showIncomingLinks() {
        FolderSession current = folder;
        ArticleSession session = open.get();
        if (current == null || session == null) {
            seo.showIncoming(List.of());
            return;
        }
        seo.showIncoming(current.entry(session.path())
                .map(entry -> current.references().linksTo(entry).stream().map(current::item).toList())
                .orElse(List.of()));
    }

    /** The file as the folder names it, or its name when it is outside the folder. */
    String relativePath(Path file) {
        FolderSession current = folder;
        Path abs = file.toAbsolutePath().normalize();
        return current != null && abs.startsWith(current.root())
                ? current.root().relativize(abs).toString().replace('\\', '/') : file.getFileName().toString();
    }

    @Override
    public void close() {
        if (folder != null) {
            folder.close();
            folder = null;
        }
    }
}
