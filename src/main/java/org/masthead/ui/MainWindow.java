package org.masthead.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.masthead.content.EditJournal;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.render.ArticlePage;
import org.masthead.seo.Finding;
import org.masthead.session.ArticleSession;
import org.masthead.session.Settings;

/**
 * The one place that builds the panes and the controllers and wires them together. The title
 * follows the open article's properties and the message bar its own; the controllers own the
 * folder, the article, the rendering, the edits and the links.
 */
public final class MainWindow implements MainMenu.Actions {
    private final Stage stage;
    private final Settings settings;
    private final MessageBar messages = new MessageBar();
    private final Background background = new Background(messages::show);
    private final WebKitLibrary webKit = new WebKitLibrary(background);
    private final OpenArticle open = new OpenArticle();
    private final ArticleListPane list = new ArticleListPane(background);
    private final FormPane form = new FormPane();
    private final EditorPane editor = new EditorPane(background);
    private final PreviewPane preview = new PreviewPane();
    private final SeoPane seo = new SeoPane(background);
    private final SocialPane social = new SocialPane(background);
    private final DashboardPane dashboard = new DashboardPane(Clock.systemDefaultZone(), background);
    private final FindBar findBar = new FindBar(editor.area());
    private final SpellingColumn spellingCounts = new SpellingColumn(background, list);
    private final ScoreColumns scoreColumns = new ScoreColumns(background, list, dashboard);
    private final SpellChecking spelling = new SpellChecking(editor, form, background, messages::show);
    private final WriterTools tools = new WriterTools(editor, background);
    private final WriterCommands commands;
    private final BorderPane root;
    private final Label siteStatus = SiteSettingsDialog.statusLabel();
    private final WindowLayout layout;
    private final ArticleEdits edits;
    private final ArticleRendering rendering;
    private final FolderController folder;
    private final ArticleController articles;
    private final Navigator navigator;
    private final PaneFocus panes;
    private final GitController git;
    private final BulkController bulk;
    private final Zoom zoom;
    // Read from the settings once: java.util.prefs takes a lock that its background sync holds
    // while it writes to disk, and a render starts on every keystroke.
    private boolean remoteImages;

    public MainWindow(Stage stage, Settings settings) {
        this(stage, settings, EditJournal.atDefaultDir());
    }

    /** With the journal where unsaved edits are kept every few seconds, outside the content folder. */
    MainWindow(Stage stage, Settings settings, EditJournal journal) {
        this.stage = stage;
        this.settings = settings;
        rendering = new ArticleRendering(background, open, preview, webKit, seo, new ArticleRendering.Host() {
            @Override
            public boolean darkTheme() {
                return isDarkTheme();
            }

            @Override
            public boolean remoteImages() {
                return remoteImages;
            }

            @Override
            public String relativePath(Path file) {
                return folder.relativePath(file);
            }

            @Override
            public void problem(String message) {
                messages.show(message);
            }
        });
        edits = new ArticleEdits(open::get, editor, form, background, new ArticleEdits.Host() {
            @Override
            public void changed() {
                messages.clear();
                rendering.render();
            }

            @Override
            public void showForm(Document doc) {
                form.show(doc, doc.bodyField().path(), true);
            }

            @Override
            public void problem(String text) {
                messages.show(text);
            }
        });
        articles = new ArticleController(stage, background, journal, open, form, editor, preview, messages, edits,
                new ArticleController.Host() {
                    @Override
                    public void shown(ArticleSession opened) {
                        rendering.render();
                    }

                    @Override
                    public void goTo(Finding finding) {
                        navigator.goTo(finding);
                    }
                });
        layout = WindowLayout.build(settings, messages.node(), articles.conflictBanner(), list.node(), form.node(),
                tools.outline().node(), findBar.node(), editor.node(), tools.statusBar().node(), preview.node(),
                seo.node(), dashboard.node());
        root = layout.root();
        folder = new FolderController(settings, background, open, list, form, seo, dashboard, layout.dashboardTab(),
                messages, new FolderController.Host() {
                    @Override
                    public void firstRows() {
                        openFirstArticle();
                    }

                    @Override
                    public void indexed(int total) {
                        openFirstArticle();
                        spellingCounts.count(folder.session().root());
                        scoreColumns.count(folder.session().root());
                    }

                    @Override
                    public void openFileChanged() {
                        articles.onOpenFileChanged();
                    }

                    @Override
                    public void openFileGone(List<Path> added) {
                        articles.followRename(added, list::reveal);
                    }

                    @Override
                    public void recheck() {
                        SiteSettingsDialog.showStatus(siteStatus, seo.context());
                        rendering.check();
                    }
                });
        articles.setOnMoved(list::reveal);
        navigator = new Navigator(open, list, form, editor, folder, articles, background, messages);
        panes = new PaneFocus(list.node(), list.node().lookup("#article-list"), form.node(), layout.editorBox(),
                editor.area(), layout.right());
        spelling.follow(open.sessionProperty(), () -> folder.session() == null ? null : folder.session().root());

        git = new GitController(background, list, messages, open, stage);
        root.setBottom(new HBox(16, siteStatus, git.statusBar()));
        commands = new WriterCommands(stage, settings, open, articles, folder, list, messages, background, layout,
                tools, this::openFolder);
        bulk = new BulkController(stage, settings, background, folder, open, edits, articles, messages, dashboard);
        root.setTop(MainMenu.build(this, commands, bulk, git.menu()));
        Theme.spreadFrom(root);
        remoteImages = settings.get("preview.remoteImages", 0) > 0;
        zoom = new Zoom(settings, root, preview);
        if (settings.get("theme.dark", 0) > 0) {
            root.getStyleClass().add("theme-dark");
        }
        Settings.WindowBounds size = WindowLayout.placeStage(stage, settings);
        Scene scene = new Scene(root, size.width(), size.height());
        panes.install(scene);
        Resources.addStylesheet(scene, "masthead.css");
        new RepaintGuard(scene, root);
        edits.takeUndoKeys(scene, form.node());
        stage.setScene(scene);
        stage.sizeToScene(); // a stage that was sized before (a reused one) keeps that size otherwise
        stage.titleProperty().bind(open.title());
        stage.setOnCloseRequest(e -> {
            ArticleSession session = open.get();
            if (session != null && session.isDirty()) {
                e.consume();
                articles.whenEditsAreSafe(stage::close, () -> { });
            }
        });
        stage.setOnHidden(e -> dispose(scene));
        // a window whose scene another replaces on the same stage is gone too: let go of its folder
        stage.sceneProperty().addListener((obs, was, now) -> {
            if (was == scene && now != scene) {
                dispose(scene);
            }
        });
        wirePanes();
    }

    /** Remembers the window's layout and stops its folder, its journal and its background work. */
    private void dispose(Scene scene) {
        WindowLayout.rememberStage(stage, scene, settings);
        layout.rememberSplits(settings);
        git.close();
        folder.close();
        articles.close();
        background.close();
    }

    private void wirePanes() {
        // Only a user's pick asks about unsaved edits; rows moving under the selection never do.
        list.setOnOpen(item -> {
            ArticleSession session = open.get();
            if (session == null || !item.path().equals(session.path())) {
                articles.whenEditsAreSafe(() -> articles.openArticle(item.path()), () -> list.reveal(session.path()));
            }
        });
        editor.setOnTyped(this::onMarkdownTyped);
        editor.firstVisibleLineProperty().addListener((obs, old, line) -> preview.scrollToSourceLine(line.intValue()));
        form.setActions(edits.formActions(list::search,
                id -> navigator.followLink(ArticlePage.ARTICLE_LINK_PREFIX + id)));
        preview.setOnLink(navigator::followLink);
        form.setContextMenus(editor.contextMenus());
        form.setImages(commands.formImages());
        seo.setOnSelect(navigator::goTo);
        seo.setOnFix(edits::applyFix);
        seo.setOnOpenArticle(list::select);
        seo.setOnCheck((path, doc) -> social.show(path, doc, seo.context()));
        layout.addBesideSeo(social.tab());
        dashboard.addSection(new ExternalLinksCheck(background, dashboard::report,
                () -> folder.session() == null ? null : folder.session().root()).node());
        dashboard.setOnOpen(navigator::openAtFinding);
        spellingCounts.setOnCounted(dashboard::setSpelling);
        folder.setOnChecksStale(scoreColumns::count);
    }

    public void show() {
        layout.show(stage, folder.session() == null); // opened on a folder, the list shows first
    }

    /** Opens the first listed article once a row exists, unless one was chosen; then the rest joins, and WebKit loads. */
    private void openFirstArticle() {
        list.whenShown(() -> {
            if (open.get() == null && list.selectedProperty().get() == null) {
                list.firstShown().ifPresent(list::select);
            }
            layout.showRestAfterPaint(stage.getScene(), () -> webKit.loadAfterPaint(stage.getScene(), preview::createView));
        });
    }

    public void openFolder(Path root) {
        commands.remember(root);
        open.close();
        folder.open(root);
        bulk.folderOpened();
        git.open(root, folder.session() == null ? null : folder.session().index());
    }

    private void onMarkdownTyped() {
        ArticleSession session = open.get();
        if (session == null || !editor.editedProperty().get()) {
            return;
        }
        session.setMarkdown(editor.textNow(), editor.length());
        rendering.render();
    }

    /** Sets a field in one step, as a picker would; public for tests and for panes that edit fields. */
    public void applyEdit(KeyPath path, String value) {
        edits.change("edit of " + path, doc -> doc.set(path, value));
    }

    /** Offers the edits a crash left in the journal, restoring them as unsaved changes. */
    public void offerRecovery() {
        articles.offerRecovery(path -> list.findByPath(path).ifPresent(list::select));
    }

    /** What asks where to save an article whose file was deleted; tests answer without a dialog. */
    void setSaveAsChooser(Function<Path, Optional<Path>> chooser) {
        articles.setSaveAsChooser(chooser);
    }

    /** Where external links go; the application sets the system browser. */
    public void setBrowser(Consumer<String> browser) {
        navigator.setBrowser(browser);
    }

    @Override
    public void save() {
        articles.save();
    }

    @Override
    public void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a content folder");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            articles.whenEditsAreSafe(() -> openFolder(chosen.toPath()), () -> { });
        }
    }

    @Override
    public void newArticle() {
        if (folder.session() == null) {
            messages.show("Open a content folder first.");
            return;
        }
        NewArticleDialog.ask(stage).ifPresent(request -> folder.createArticle(request, created ->
                articles.whenEditsAreSafe(() -> list.findByPath(created).ifPresentOrElse(list::select,
                        () -> articles.openArticle(created)), () -> { })));
    }

    @Override
    public void siteSettings() {
        FolderSession current = folder.session();
        if (current != null) {
            new SiteSettingsDialog(stage, current.root(), background, folder::rulesChanged).show();
        }
    }

    @Override
    public void quit() {
        articles.whenEditsAreSafe(() -> {
            open.close();
            stage.close();
        }, () -> { });
    }

    /** Takes back the article's newest change, wherever it was made: editor, form, fix or picker. */
    @Override
    public void undo() {
        edits.undo();
    }

    @Override
    public void redo() {
        edits.redo();
    }

    @Override
    public ArticleEdits edits() {
        return edits;
    }

    @Override
    public PaneFocus panes() {
        return panes;
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
        rendering.render();
    }

    @Override
    public void setRemoteImages(boolean allowed) {
        remoteImages = allowed;
        settings.put("preview.remoteImages", allowed ? 1 : 0);
        rendering.render();
    }

    @Override
    public boolean remoteImagesAllowed() {
        return remoteImages;
    }

    @Override
    public void zoom(double factor) {
        zoom.by(factor);
    }

    /**
     * Whether the window has no background work in flight (renders, checks, reads, the list's
     * sorting): for benchmarks and tests that wait for it to settle. Call it on the FX thread.
     */
    public boolean isIdle() {
        return background.isIdle();
    }

    BulkController bulk() { return bulk; }

    boolean isDarkTheme() {
        return root.getStyleClass().contains("theme-dark");
    }
}
