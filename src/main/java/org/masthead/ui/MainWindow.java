package org.masthead.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.masthead.content.ContentIndex;
import org.masthead.content.FolderScan;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/** The one place that builds the panes and wires them together. */
public final class MainWindow implements MainMenu.Actions {
    private final Stage stage;
    private final Settings settings;
    private final Background background = new Background(this::showMessage);
    private final ArticleListPane list = new ArticleListPane();
    private final FormPane form = new FormPane();
    private final EditorPane editor = new EditorPane();
    private final PreviewPane preview = new PreviewPane();
    private final SeoPane seo = new SeoPane();
    private final DashboardPane dashboard = new DashboardPane();
    private boolean dashboardStale = true;
    private final Label message = new Label();
    private final FindBar findBar = new FindBar(editor.area());
    private final BorderPane root;
    private final WindowLayout layout;
    private double zoom = 1;
    private java.util.function.Consumer<String> browser = url -> { };
    private final AtomicLong renderGeneration = new AtomicLong();
    // the newest render the preview shows; read and written on the FX thread
    private long shownGeneration;
    // Read from the settings once: java.util.prefs takes a lock that its background sync holds
    // while it writes to disk, and a render starts on every keystroke.
    private boolean remoteImages;
    // the SEO checks run once the typing has paused this long
    private final javafx.animation.PauseTransition checkLater = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
    // Volatile: the journal thread reads it to find the unsaved state.
    private volatile ArticleSession session;
    private final Recovery recovery;
    private final SaveFlow saveFlow;
    private FolderSession folderSession;
    private org.masthead.seo.Finding pendingFinding;
    private String folderProblem;

    public MainWindow(Stage stage, Settings settings) {
        this(stage, settings, org.masthead.content.EditJournal.atDefaultDir());
    }

    /** With the journal where unsaved edits are kept every few seconds, outside the content folder. */
    MainWindow(Stage stage, Settings settings, org.masthead.content.EditJournal journal) {
        this.stage = stage;
        this.settings = settings;
        this.recovery = new Recovery(journal, background, () -> session);
        this.saveFlow = new SaveFlow(stage, background, recovery, new SaveFlow.Host() {
            @Override
            public ArticleSession session() {
                return session;
            }

            @Override
            public void discard() {
                session = null;
            }

            @Override
            public void saved(ArticleSession saved) {
                if (saved == session) {
                    editor.markSaved();
                    hideMessage();
                }
                updateTitle();
            }

            @Override
            public void reload(Path file) {
                openArticle(file);
            }

            @Override
            public void problem(String text) {
                showMessage(text);
                updateTitle();
            }
        });
        message.setId("message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);

        layout = WindowLayout.build(settings, message, list.node(), form.node(), findBar.node(), editor.node(),
                preview.node(), seo.node(), dashboard.node());
        root = layout.root();
        // The whole folder is checked only when someone looks, and again after it changed.
        layout.dashboardTab().selectedProperty().addListener((obs, was, selected) -> {
            if (selected && dashboardStale && folderSession != null) {
                dashboardStale = false;
                dashboard.analyse(folderSession.root());
            }
        });
        root.setTop(MainMenu.build(this));
        zoom = settings.get("zoom", 1);
        remoteImages = settings.get("preview.remoteImages", 0) > 0;
        applyZoom();
        if (settings.get("theme.dark", 0) > 0) {
            root.getStyleClass().add("theme-dark");
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(screen.getWidth(), settings.get("window.width", 1400)),
                Math.min(screen.getHeight(), settings.get("window.height", 860)));
        scene.getStylesheets().add(Resources.url("masthead.css"));
        new RepaintGuard(scene, root);
        stage.setScene(scene);
        // Journal at once when the user leaves the window, rather than at the next tick.
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && session != null && session.isDirty()) {
                recovery.flushLater();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (session != null && session.isDirty()) {
                e.consume();
                whenEditsAreSafe(stage::close, () -> { });
            }
        });
        stage.setOnHidden(e -> {
            settings.put("window.width", scene.getWidth());
            settings.put("window.height", scene.getHeight());
            layout.rememberSplits(settings);
            if (folderSession != null) {
                folderSession.close();
            }
            recovery.close();
        });

        // Only a user's pick asks about unsaved edits; rows moving under the selection never do.
        list.setOnOpen(item -> {
            ArticleSession open = session;
            if (open == null || !item.path().equals(open.path())) {
                whenEditsAreSafe(() -> openArticle(item.path()), () -> list.reveal(open.path()));
            }
        });
        editor.setOnTyped(this::onMarkdownTyped);
        editor.firstVisibleLineProperty().addListener((obs, old, line) -> preview.scrollToSourceLine(line.intValue()));
        form.setActions(new FormPane.Actions() {
            @Override
            public void edit(KeyPath path, String value) {
                onFieldEdited(path, value);
            }

            @Override
            public void editAll(java.util.Map<KeyPath, String> values) {
                applyToDocument(doc -> {
                    for (java.util.Map.Entry<KeyPath, String> entry : values.entrySet()) {
                        doc = doc.set(entry.getKey(), entry.getValue());
                    }
                    return doc;
                });
            }

            @Override
            public void remove(KeyPath path) {
                applyToDocument(doc -> doc.remove(path));
            }

            @Override
            public void insert(KeyPath list, int index, String value) {
                applyToDocument(doc -> doc.insert(list, index, value));
            }

            @Override
            public List<ArticleItem> search(String query) {
                return MainWindow.this.list.search(query);
            }

            @Override
            public void openArticle(String id) {
                followLink(org.masthead.render.ArticlePage.ARTICLE_LINK_PREFIX + id);
            }
        });
        preview.setOnLink(this::followLink);
        seo.setOnSelect(this::goToFinding);
        seo.setOnFix(this::applyFix);
        seo.setOnOpenArticle(list::select);
        dashboard.setOnOpen(this::openAtFinding);
        checkLater.setOnFinished(e -> checkArticle());
        updateTitle();
    }

    public void show() {
        stage.show();
        // After the first frames are painted, so that WebKit's start-up does not delay the window.
        afterPaint(1500, preview::createView);
    }

    public void openFolder(Path folder) {
        if (folderSession != null) {
            folderSession.close();
            folderSession = null;
        }
        list.clear();
        form.clear();
        folderProblem = null;
        hideMessage();
        if (!Files.isDirectory(folder)) {
            list.showMessage(folder + ": no such folder.");
            showMessage(folder + " does not exist or is not a folder. Open a folder of Markdown articles.");
            return;
        }
        settings.setLastFolder(folder);
        list.setIndexing(true);
        markDashboardStale();
        loadInputSchema(folder);
        folderSession = new FolderSession(folder, new FolderSession.Listener() {
            @Override
            public void rows(List<ArticleItem> changed, List<Path> removed) {
                list.update(changed, removed);
            }

            @Override
            public void progress(FolderScan.Progress progress) {
                list.setProgress(progress.walking() || progress.found() == 0 ? -1 : (double) progress.indexed() / progress.found());
            }

            @Override
            public void finished(int total) {
                list.setIndexing(false);
                // Let the list paint before WebKit loads (seconds, on the FX thread) for the first article.
                afterPaint(100, () -> {
                    preview.createView();
                    list.whenShown(() -> {
                        if (session == null && list.selectedProperty().get() == null) {
                            list.firstShown().ifPresent(list::select);
                        }
                    });
                });
                refreshSeoContext();
                if (session != null) {
                    showIncomingLinks(session.path());
                }
                if (total == 0) {
                    showMessage(folder + " holds no Markdown articles (.md or .markdown).");
                }
            }

            @Override
            public void changed(ContentIndex.Changes changes) {
                onFolderChanged(changes);
            }

            @Override
            public void problem(String message) {
                showMessage(message);
            }
        });
    }

    private static void afterPaint(int millis, Runnable action) {
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
        later.setOnFinished(e -> action.run());
        later.play();
    }

    /** Reads the folder's input overrides off the FX thread; a broken schema file is named, and the form infers. */
    private void loadInputSchema(Path folder) {
        background.io(() -> {
            try {
                return org.masthead.content.InputSchema.load(folder);
            } catch (IOException | DocumentException e) {
                return e;
            }
        }, result -> {
            if (result instanceof org.masthead.content.InputSchema schema) {
                form.setSchema(schema);
                folderProblem = schema.notes().isEmpty() ? null : "Input schema: " + String.join(" ", schema.notes());
            } else {
                form.setSchema(org.masthead.content.InputSchema.none());
                folderProblem = "The form infers every input, because the input schema could not be read: "
                        + ((Exception) result).getMessage();
            }
            if (folderProblem != null) {
                showMessage(folderProblem);
            }
        });
    }

    /** Files changed outside Masthead: refresh their rows, and the open article if it is one of them. */
    private void onFolderChanged(ContentIndex.Changes changes) {
        FolderSession folder = folderSession;
        if (folder == null) {
            return;
        }
        // The list heard of these rows already, off the FX thread; of a storm's thousands of files,
        // only the open one matters here, found by its relative path without making a row per file.
        String open = session == null || !session.path().toAbsolutePath().normalize().startsWith(folder.root())
                ? null : relativePath(session.path());
        boolean openChanged = open != null && (changes.updated().stream().anyMatch(entry -> entry.path().equals(open))
                || changes.added().stream().anyMatch(entry -> entry.path().equals(open)));
        refreshSeoContext();
        markDashboardStale();
        if (session != null) {
            showIncomingLinks(session.path());
        }
        if (openChanged) {
            onOpenFileChanged();
        }
    }

    private void onOpenFileChanged() {
        ArticleSession changed = session;
        background.io(changed::matchesDisk, same -> {
            if (same || changed != session) {
                return;
            }
            if (!changed.isDirty()) {
                openArticle(changed.path());
            } else {
                showMessage(changed.path().getFileName() + " changed on disk while you were editing it. "
                        + "Saving will ask whether to keep your version or reload.");
            }
        });
    }

    /** What opening a file gave: an article to edit, or its error and the start of its raw text. */
    private record Broken(Exception error, String raw) {
    }

    private void openArticle(Path path) {
        background.io(() -> {
            try {
                return ArticleSession.open(path);
            } catch (IOException | DocumentException e) {
                return new Broken(e, RawText.preview(path));
            }
        }, result -> {
            if (result instanceof ArticleSession opened) {
                show(opened);
            } else {
                Broken broken = (Broken) result;
                showBroken(path, broken.error(), broken.raw());
            }
        });
    }

    private void show(ArticleSession opened) {
        session = opened;
        hideMessage();
        showIncomingLinks(opened.path());
        Document doc = opened.current();
        form.show(doc, doc.bodyField().path(), true);
        editor.load(doc.markdown(), true);
        preview.startArticle();
        render();
        updateTitle();
        if (pendingFinding != null) {
            org.masthead.seo.Finding finding = pendingFinding;
            pendingFinding = null;
            Platform.runLater(() -> goToFinding(finding));
        }
    }

    /** A file that does not parse: its error and raw text, read-only, and nothing can be saved. */
    private void showBroken(Path path, Exception error, String raw) {
        session = null;
        form.clear();
        showMessage(error.getMessage());
        editor.load(raw, false);
        preview.clear();
        stage.setTitle(path.getFileName() + " (read-only) — Masthead");
    }

    private void onMarkdownTyped() {
        if (session == null || !editor.editedProperty().get()) {
            return;
        }
        session.setMarkdown(editor.textNow(), editor.length());
        render();
        updateTitle();
    }

    /** Sets a field as the form would; public for tests and for panes that edit fields. */
    public void applyEdit(KeyPath path, String value) {
        onFieldEdited(path, value);
        refreshForm();
    }

    /** A change to the document as a function, so that a failure leaves the document as it was. */
    interface DocumentChange {
        Document apply(Document doc) throws DocumentException;
    }

    private void applyToDocument(DocumentChange change) {
        if (session == null) {
            return;
        }
        try {
            session.apply(change.apply(session.current()));
            hideMessage();
        } catch (DocumentException e) {
            showMessage(e.getMessage());
        }
        refreshForm();
    }

    private void onFieldEdited(KeyPath path, String value) {
        if (session == null) {
            return;
        }
        try {
            session.setField(path, value);
            hideMessage();
        } catch (DocumentException e) {
            showMessage(e.getMessage());
        }
        render();
        updateTitle();
    }

    /** Offers the edits a crash left in the journal, restoring them as unsaved changes. */
    public void offerRecovery() {
        recovery.offer(stage, restored -> {
            show(restored);
            list.findByPath(restored.path()).ifPresent(list::select);
        }, this::showMessage);
    }

    /**
     * Renders the editor's Markdown with the document's fields, off the FX thread, then checks the
     * article once the typing pauses. Renders that a newer keystroke made stale are skipped before
     * they start, so typing never queues work.
     */
    private void render() {
        ArticleSession rendering = session;
        Path file = rendering.path();
        boolean dark = isDarkTheme();
        boolean remote = remoteImages;
        long generation = renderGeneration.incrementAndGet();
        background.render(() -> {
            if (generation != renderGeneration.get()) {
                return null;
            }
            // The preview needs the fields and the editor's text, not that text encoded into the
            // document: for a 1 MB answer the encoding re-parses the front matter, many times the
            // cost of the render.
            return Pages.article(rendering.current(), rendering.markdown(), file, dark, remote);
        }, page -> {
            // Shown even when a newer keystroke waits: a render of a long article can take longer
            // than the gap between two keys, and dropping it would leave the preview behind for
            // as long as the typing goes on. A newer render that finishes first wins.
            if (page != null && generation > shownGeneration && rendering == session) {
                shownGeneration = generation;
                preview.show(page);
            }
        });
        checkLater.playFromStart();
    }

    /**
     * Encodes the editor's text into the document and runs the SEO checks on it. The encoding can
     * take a core for a few hundred ms, so it waits for a pause in the typing and runs on a thread
     * of its own, where it cannot delay the next render.
     */
    private void checkArticle() {
        ArticleSession checking = session;
        if (checking == null) {
            return;
        }
        Path file = checking.path();
        background.check(() -> {
            try {
                return checking.forChecks();
            } catch (DocumentException e) {
                return e;
            }
        }, result -> {
            if (checking != session) {
                return;
            }
            if (result instanceof DocumentException e) {
                showMessage(e.getMessage());
            } else {
                seo.check(relativePath(file), (Document) result);
            }
        });
    }

    @Override
    public void save() {
        saveFlow.save(false, () -> { });
    }

    private String relativePath(Path file) {
        FolderSession folder = folderSession;
        Path abs = file.toAbsolutePath().normalize();
        return folder != null && abs.startsWith(folder.root())
                ? folder.root().relativize(abs).toString().replace('\\', '/') : file.getFileName().toString();
    }

    /** Rebuilds what the SEO checks know of the folder, off the FX thread. */
    private void refreshSeoContext() {
        FolderSession folder = folderSession;
        if (folder == null) {
            return;
        }
        background.io(() -> folder.seoContext(), context -> {
            if (folder == folderSession) {
                seo.setContext(context);
                if (session != null) {
                    seo.check(relativePath(session.path()), session.current());
                }
            }
        });
    }

    private void markDashboardStale() {
        dashboardStale = true;
        if (layout.dashboardShown() && folderSession != null) {
            dashboardStale = false;
            dashboard.analyse(folderSession.root());
        }
    }

    /** Opens the article of a dashboard finding, then takes the user to its field. */
    private void openAtFinding(Path file, org.masthead.seo.Finding finding) {
        Runnable focus = () -> goToFinding(finding);
        if (session != null && session.path().equals(file)) {
            focus.run();
            return;
        }
        pendingFinding = finding;
        list.findByPath(file).ifPresentOrElse(list::select, () -> openArticle(file));
    }

    private void showIncomingLinks(Path file) {
        FolderSession folder = folderSession;
        if (folder == null) {
            seo.showIncoming(List.of());
            return;
        }
        seo.showIncoming(folder.entry(file)
                .map(entry -> folder.references().linksTo(entry).stream().map(folder::item).toList())
                .orElse(List.of()));
    }

    private void goToFinding(org.masthead.seo.Finding finding) {
        if (session == null || finding.field().isEmpty()) {
            return;
        }
        KeyPath path = KeyPath.parse(finding.field());
        if (path.equals(session.current().bodyField().path())) {
            editor.area().requestFocus();
        } else if (!form.focus(path)) {
            showMessage(finding.field() + " is not in this article yet: " + finding.message());
        }
    }

    private void applyFix(org.masthead.seo.Finding finding) {
        if (session == null || finding.fix().isEmpty()) {
            return;
        }
        try {
            session.apply(finding.fix().get().applyTo(session.current()));
            refreshForm();
        } catch (DocumentException e) {
            showMessage("The fix could not be applied: " + e.getMessage());
        }
    }

    private void refreshForm() {
        Document doc = session.current();
        form.show(doc, doc.bodyField().path(), true);
        render();
        updateTitle();
    }

    /** Links to other articles open here; web links go to the system browser; nothing else is followed. */
    private void followLink(String url) {
        if (url.startsWith(org.masthead.render.ArticlePage.ARTICLE_LINK_PREFIX)) {
            String id = url.substring(org.masthead.render.ArticlePage.ARTICLE_LINK_PREFIX.length());
            list.findById(id).ifPresentOrElse(list::select,
                    () -> showMessage("No article with id " + id + " in this folder: the related link is broken."));
        } else if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
            browser.accept(url);
        } else if (folderSession != null && session != null) {
            FolderSession folder = folderSession;
            Path from = session.path();
            background.io(() -> org.masthead.content.ArticleLinks.resolve(folder.root(), from, url), target ->
                    target.ifPresentOrElse(path -> list.findByPath(path).ifPresentOrElse(list::select, () -> openArticle(path)),
                            () -> showMessage(url + " is not an article in this folder.")));
        }
    }

    /** Where external links go; the application sets the system browser. */
    public void setBrowser(java.util.function.Consumer<String> browser) {
        this.browser = browser;
    }

    private void whenEditsAreSafe(Runnable then, Runnable otherwise) {
        saveFlow.whenEditsAreSafe(then, otherwise);
    }

    @Override
    public void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a content folder");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            whenEditsAreSafe(() -> {
                session = null;
                openFolder(chosen.toPath());
            }, () -> { });
        }
    }

    @Override
    public void newArticle() {
        FolderSession folder = folderSession;
        if (folder == null) {
            showMessage("Open a content folder first.");
            return;
        }
        NewArticleDialog.ask(stage).ifPresent(request -> createArticle(folder, request));
    }

    /** Creates the file off the FX thread, lists it at once, then opens it once edits are safe. */
    void createArticle(FolderSession folder, org.masthead.content.NewArticle.Request request) {
        background.io(() -> {
            try {
                Path created = org.masthead.content.NewArticle.create(folder.index(), request, java.time.LocalDate.now());
                folder.index().refresh(List.of(created));
                return created;
            } catch (org.masthead.content.NewArticleException e) {
                return e;
            }
        }, result -> {
            if (result instanceof Path created) {
                whenEditsAreSafe(() -> list.findByPath(created).ifPresentOrElse(list::select, () -> openArticle(created)), () -> { });
            } else {
                showMessage("No article was created: " + ((Exception) result).getMessage());
            }
        });
    }

    @Override
    public void quit() {
        whenEditsAreSafe(() -> {
            session = null;
            stage.close();
        }, () -> { });
    }

    /** Undo in the editor when it has focus; otherwise undo the last form edit or quick fix. */
    @Override
    public void undo() {
        if (editor.area().isFocused() || session == null || !session.canUndoFieldEdit()) {
            editor.area().undo();
        } else {
            session.undoFieldEdit();
            refreshForm();
        }
    }

    @Override
    public void redo() {
        if (editor.area().isFocused() || session == null) {
            editor.area().redo();
        } else {
            session.redoFieldEdit();
            refreshForm();
        }
    }

    @Override
    public void find() {
        findBar.show();
    }

    @Override
    public void toggleTheme() {
        boolean dark = !root.getStyleClass().remove("theme-dark");
        if (dark) {
            root.getStyleClass().add("theme-dark");
        }
        settings.put("theme.dark", dark ? 1 : 0);
        if (session != null) {
            render();
        }
    }

    @Override
    public void setRemoteImages(boolean allowed) {
        remoteImages = allowed;
        settings.put("preview.remoteImages", allowed ? 1 : 0);
        if (session != null) {
            render();
        }
    }

    @Override
    public boolean remoteImagesAllowed() {
        return remoteImages;
    }

    @Override
    public void zoom(double factor) {
        zoom = factor == 0 ? 1 : Math.max(0.6, Math.min(2.5, zoom * factor));
        settings.put("zoom", zoom);
        applyZoom();
    }

    private void applyZoom() {
        root.setStyle("-fx-font-size: " + Math.round(13 * zoom) + "px;");
        preview.setZoom(zoom);
    }

    boolean isDarkTheme() {
        return root.getStyleClass().contains("theme-dark");
    }

    private void updateTitle() {
        if (session == null) {
            stage.setTitle("Masthead");
            return;
        }
        String marker = session.isDirty() ? "• " : "";
        stage.setTitle(marker + session.path().getFileName() + " — Masthead");
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setManaged(true);
        message.setVisible(true);
    }

    /** Clears the article's message; a problem with the folder's own settings stays until it is fixed. */
    private void hideMessage() {
        if (folderProblem != null) {
            message.setText(folderProblem);
            return;
        }
        message.setManaged(false);
        message.setVisible(false);
    }
}
