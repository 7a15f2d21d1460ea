package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.masthead.content.EditJournal;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FileBytes;
import org.masthead.seo.Finding;
import org.masthead.session.ArticleSession;
import org.masthead.session.EditHistory;
import org.masthead.session.RawText;

/**
 * Opening, showing, saving and leaving articles: the file is read and parsed off the FX thread;
 * a file that does not parse is shown read-only with its error; unsaved edits are never dropped
 * without asking, and what a crash left in the journal is offered back.
 */
final class ArticleController implements AutoCloseable {
    /** What opening an article needs from the rest of the window. */
    interface Host {
        /** A new article is on show: render it. */
        void shown(ArticleSession opened);

        /** Takes the user to the field of a finding, once its article is on show. */
        void goTo(Finding finding);
    }

    private final Stage stage;
    private final Background background;
    private final OpenArticle open;
    private final FormPane form;
    private final EditorPane editor;
    private final PreviewPane preview;
    private final MessageBar messages;
    private final ArticleEdits edits;
    private final Host host;
    private final Recovery recovery;
    private final SaveFlow saveFlow;
    private final DiskConflicts diskConflicts;
    private Finding pendingFinding;
    private Function<Path, Optional<Path>> saveAsChooser = this::chooseSaveAsPath;
    private Consumer<Path> onMoved = path -> { };

    ArticleController(Stage stage, Background background, EditJournal journal, OpenArticle open, FormPane form,
                      EditorPane editor, PreviewPane preview, MessageBar messages, ArticleEdits edits, Host host) {
        this.stage = stage;
        this.background = background;
        this.open = open;
        this.form = form;
        this.editor = editor;
        this.preview = preview;
        this.messages = messages;
        this.edits = edits;
        this.host = host;
        this.recovery = new Recovery(journal, background, open::get);
        this.saveFlow = new SaveFlow(stage, background, recovery, new SaveFlow.Host() {
            @Override
            public ArticleSession session() {
                return open.get();
            }

            @Override
            public void discard() {
                open.close();
            }

            @Override
            public void saved(ArticleSession saved) {
                if (saved == open.get()) {
                    editor.markSaved();
                    messages.clear();
                }
            }

            @Override
            public void reload(Path file) {
                ArticleController.this.reload(file);
            }

            @Override
            public void problem(String text) {
                messages.show(text);
            }
        });
        this.diskConflicts = new DiskConflicts(stage, background, saveFlow, recovery, new DiskConflicts.Host() {
            @Override
            public ArticleSession session() {
                return open.get();
            }

            @Override
            public void show(ArticleSession merged) {
                ArticleController.this.show(merged);
            }

            @Override
            public void reload(Path file) {
                ArticleController.this.reload(file);
            }

            @Override
            public void closeArticle() {
                ArticleSession closed = open.get();
                open.close();
                diskConflicts.watch(null);
                form.clear();
                editor.load("", false);
                preview.clear();
                if (closed != null) {
                    recovery.forgetLater(closed.path());
                }
            }

            @Override
            public Optional<Path> askSaveAsPath(Path deleted) {
                return saveAsChooser.apply(deleted);
            }

            @Override
            public void movedTo(Path path) {
                open.renamed();
                onMoved.accept(path);
            }

            @Override
            public void problem(String text) {
                messages.show(text);
            }
        });
        // Journal at once when the user leaves the window, rather than at the next tick.
        stage.focusedProperty().addListener((obs, was, focused) -> {
            ArticleSession session = open.get();
            if (!focused && session != null && session.isDirty()) {
                recovery.flushLater();
            }
        });
    }

    /** What opening a file gave: an article to edit, or its error and the start of its raw text. */
    private record Broken(Exception error, String raw) {
    }

    /** An article read, with its Markdown made into the editor's document, both off the FX thread. */
    private record Opened(ArticleSession session, EditorPane.Prepared text) {
    }

    void openArticle(Path path) {
        background.io(() -> {
            try {
                ArticleSession session = ArticleSession.open(path);
                return new Opened(session, editor.prepare(session.current().markdown()));
            } catch (IOException | DocumentException e) {
                return new Broken(e, RawText.preview(path));
            }
        }, result -> {
            if (result instanceof Opened opened) {
                show(opened.session(), opened.text());
            } else {
                Broken broken = (Broken) result;
                showBroken(path, broken.error(), broken.raw());
            }
        });
    }

    /**
     * Reads the open article's file again, in place: the caret and the scroll stay, and the
     * reload is one step that undo takes back. A file that is not the open one, or that no
     * longer parses, is opened as usual.
     */
    void reload(Path file) {
        ArticleSession session = open.get();
        if (session == null || !session.path().equals(file)) {
            openArticle(file);
            return;
        }
        // the editor's text as it is now, compared with the disk's off the FX thread: both may be 1 MB
        Object typed = editor.area().getContent().snapshot();
        Supplier<String> typedText = editor.textNow();
        background.io(() -> {
            try {
                Document disk = Document.parse(file.toString(), FileBytes.read(file));
                String markdown = disk.markdown();
                return new Reread(session.fields(), disk, markdown, EditHistory.edit(typedText.get(), markdown));
            } catch (IOException | DocumentException e) {
                return null;
            }
        }, reread -> {
            if (session != open.get()) {
                return;
            }
            if (reread == null) {
                openArticle(file);
                return;
            }
            Document disk = reread.disk();
            // typed on meanwhile: the difference is taken again from the text as it is now
            EditHistory.TextStep text = editor.area().getContent().snapshot() == typed ? reread.text()
                    : EditHistory.edit(editor.textNow().get(), reread.markdown());
            session.reloadFrom(reread.before(), disk, text);
            form.show(disk, disk.bodyField().path(), true);
            editor.replaceKeepingView(text);
            editor.markSaved();
            edits.refreshLabels();
            host.shown(session);
        });
    }

    private record Reread(Document before, Document disk, String markdown, EditHistory.TextStep text) {
    }

    /** Opens {@code file} and then takes the user to the field of {@code finding}. */
    void openAt(Path file, Finding finding) {
        pendingFinding = finding;
        openArticle(file);
    }

    /** Keeps {@code finding} to go to once the article selected next is on show. */
    void goToWhenShown(Finding finding) {
        pendingFinding = finding;
    }

    /** Where a deleted article goes, asked in the system's file dialog. */
    private Optional<Path> chooseSaveAsPath(Path deleted) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + deleted.getFileName() + " as");
        Path folder = deleted.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(deleted.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(stage)).map(java.io.File::toPath);
    }

    /** What asks where to save a deleted article; tests answer it without the system's dialog. */
    void setSaveAsChooser(Function<Path, Optional<Path>> chooser) {
        saveAsChooser = chooser;
    }

    /** Told when the open article's file moves (renamed on disk, or saved under a new name). */
    void setOnMoved(Consumer<Path> action) {
        onMoved = action;
    }

    /** The banner that speaks of changes made on disk to the open article. */
    Node conflictBanner() {
        return diskConflicts.node();
    }

    private void show(ArticleSession opened) {
        show(opened, null);
    }

    /** Shows an article; {@code text}, its Markdown made ready off the FX thread, or null to make it here. */
    private void show(ArticleSession opened, EditorPane.Prepared text) {
        open.open(opened);
        diskConflicts.watch(opened);
        messages.clear();
        Document doc = opened.current();
        form.show(doc, doc.bodyField().path(), true);
        // a body kept in one front-matter field reads a typed backslash-n back as a line break
        editor.highlighter().markLiteralNewlines(doc.bodyField().isFrontMatterField());
        editor.load(text != null ? text : editor.prepare(doc.markdown()), true);
        preview.startArticle();
        edits.refreshLabels();
        host.shown(opened);
        if (pendingFinding != null) {
            Finding finding = pendingFinding;
            pendingFinding = null;
            Platform.runLater(() -> host.goTo(finding));
        }
    }

    /** A file that does not parse: its error and raw text, read-only, and nothing can be saved. */
    private void showBroken(Path path, Exception error, String raw) {
        form.clear();
        messages.show(error.getMessage());
        editor.highlighter().markLiteralNewlines(false);
        editor.load(raw, false);
        preview.clear();
        diskConflicts.watch(null);
        open.showReadOnly(path);
    }

    /** The open article's file changed on disk: the banner decides, and asks only when edits are unsaved. */
    void onOpenFileChanged() {
        diskConflicts.fileChanged(open.get());
    }

    /**
     * The open article's file went from the folder: if one of the files that came in the same
     * change holds exactly the bytes it was loaded from, it was renamed, and the article follows it
     * with its edits and its history; otherwise the banner says the file was deleted.
     */
    void followRename(List<Path> added, Consumer<Path> reveal) {
        ArticleSession session = open.get();
        if (session == null || added.isEmpty()) {
            return;
        }
        Path from = session.path();
        background.io(() -> {
            byte[] loaded = session.saved().toBytes();
            for (Path candidate : added) {
                try {
                    if (Files.size(candidate) == loaded.length && Arrays.equals(Files.readAllBytes(candidate), loaded)) {
                        return candidate;
                    }
                } catch (IOException e) {
                    // gone again, or unreadable: not the renamed file
                }
            }
            return null;
        }, renamed -> {
            if (renamed == null || session != open.get() || !session.path().equals(from)) {
                return;
            }
            session.moveTo(renamed);
            diskConflicts.watch(session);
            recovery.forgetLater(from);
            open.renamed();
            reveal.accept(renamed);
            messages.show(from.getFileName() + " was renamed to " + renamed.getFileName() + " on disk; it stays open here.");
        });
    }

    /** Offers the edits a crash left in the journal, restoring them as unsaved changes. */
    void offerRecovery(Consumer<Path> select) {
        recovery.offer(stage, restored -> {
            show(restored);
            select.accept(restored.path());
        }, messages::show);
    }

    void save() {
        saveFlow.save(false, () -> { });
    }

    /**
     * Runs {@code then} once the open article's edits are safe: saved, or dropped by the user's
     * choice; Cancel runs {@code otherwise}.
     */
    void whenEditsAreSafe(Runnable then, Runnable otherwise) {
        saveFlow.whenEditsAreSafe(then, otherwise);
    }

    @Override
    public void close() {
        diskConflicts.close();
        recovery.close();
    }
}
