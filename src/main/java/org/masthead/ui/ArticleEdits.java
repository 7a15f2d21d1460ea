package org.masthead.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.seo.Finding;
import org.masthead.session.ArticleItem;
import org.masthead.session.ArticleSession;
import org.masthead.session.DocumentChange;
import org.masthead.session.EditHistory;

/**
 * Routes every edit of the open article, wherever it is made, into its session and its one undo
 * history: typing in the editor, typing in a form field, and whole-front-matter changes (quick
 * fixes, pickers, added and removed fields). Undo and redo take the steps back in the order they
 * were made and show each where it happened. Exposes what the Edit menu says.
 */
final class ArticleEdits {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    /** What the edits need from the window. */
    interface Host {
        /** Something changed: render, check and update the title. */
        void changed();

        /** The front matter changed as a whole: rebuild the form from {@code doc}. */
        void showForm(Document doc);

        void problem(String message);
    }

    private final Supplier<ArticleSession> session;
    private final EditorPane editor;
    private final FormPane form;
    private final Background background;
    private final Host host;
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    ArticleEdits(Supplier<ArticleSession> session, EditorPane editor, FormPane form, Background background, Host host) {
        this.session = session;
        this.editor = editor;
        this.form = form;
        this.background = background;
        this.host = host;
        editor.setOnChange(step -> {
            ArticleSession open = session.get();
            if (open != null) {
                open.history().recordText(step.position(), step.removed(), step.inserted());
                refreshLabels();
            }
        });
    }

    // 'undoLabel' property: what Edit > Undo would take back, such as "Undo edit of seo.title"
    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z act on the article wherever the focus is in {@code scene},
     * except in a text box outside {@code form} (the list's filter, the find bar), which keeps its
     * own undo.
     */
    void takeUndoKeys(Scene scene, Node form) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = UNDO.match(e);
            boolean redo = REDO.match(e) || REDO_SHIFT.match(e);
            Node focused = scene.getFocusOwner();
            if ((!undo && !redo) || (focused instanceof TextInputControl && !isInside(focused, form))) {
                return;
            }
            e.consume();
            if (undo) {
                undo();
            } else {
                redo();
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the form asks of the article: typing in a field, and whole-front-matter changes, each an
     * undoable step. {@code search} finds articles for the related-article picker; {@code
     * openArticle} opens one by id.
     */
    FormPane.Actions formActions(Function<String, List<ArticleItem>> search, Consumer<String> openArticle) {
        return new FormPane.Actions() {
            @Override
            public void edit(KeyPath path, String value) {
                fieldTyped(path, value);
            }

            @Override
            public void editAll(Map<KeyPath, String> values) {
                KeyPath first = values.keySet().iterator().next();
                String label = values.size() == 1 ? "edit of " + first : "edit of " + first.parent();
                change(label, doc -> {
                    for (Map.Entry<KeyPath, String> entry : values.entrySet()) {
                        doc = doc.set(entry.getKey(), entry.getValue());
                    }
                    return doc;
                });
            }

            @Override
            public void remove(KeyPath path) {
                change("removal of " + path, doc -> doc.remove(path));
            }

            @Override
            public void insert(KeyPath listPath, int index, String value) {
                change("new item in " + listPath, doc -> doc.insert(listPath, index, value));
            }

            @Override
            public List<ArticleItem> search(String query) {
                return search.apply(query);
            }

            @Override
            public void openArticle(String id) {
                openArticle.accept(id);
            }
        };
    }

    /** A keystroke in a form field: the field's whole new text. */
    void fieldTyped(KeyPath path, String value) {
        ArticleSession open = session.get();
        if (open == null) {
            return;
        }
        open.typeField(path, value);
        refreshLabels();
        host.changed();
    }

    /** Applies a finding's one-click fix, as one step of the article's history. */
    void applyFix(Finding finding) {
        if (session.get() != null && finding.fix().isPresent()) {
            change("quick fix of " + (finding.field().isEmpty() ? finding.check() : finding.field()),
                    finding.fix().get()::applyTo);
        }
    }

    /**
     * A change of the front matter as a whole, made off the FX thread since it re-parses the
     * front matter; a change the model refuses leaves everything as it was and is named.
     */
    void change(String label, DocumentChange change) {
        ArticleSession open = session.get();
        if (open == null) {
            return;
        }
        background.io(() -> {
            try {
                return open.change(label, change);
            } catch (DocumentException e) {
                return e;
            }
        }, result -> {
            if (open != session.get()) {
                return;
            }
            if (result instanceof DocumentException e) {
                host.problem(e.getMessage());
                return;
            }
            showForm(open, (Document) result);
            refreshLabels();
            host.changed();
        });
    }

    void undo() {
        ArticleSession open = session.get();
        if (open != null) {
            open.history().undo().ifPresent(step -> revert(open, step, true));
            refreshLabels();
        }
    }

    void redo() {
        ArticleSession open = session.get();
        if (open != null) {
            open.history().redo().ifPresent(step -> revert(open, step, false));
            refreshLabels();
        }
    }

    private void revert(ArticleSession open, EditHistory.Step step, boolean undo) {
        if (step instanceof EditHistory.TextStep text) {
            // the editor reports the change as typing, which renders and marks the article
            editor.replay(undo ? text.inverse() : text);
            editor.area().requestFocus();
        } else if (step instanceof EditHistory.FieldStep field) {
            String value = undo ? field.before() : field.after();
            open.revertField(field.path(), value);
            if (form.setValue(field.path(), value)) {
                form.focus(field.path());
            }
            host.changed();
        } else if (step instanceof EditHistory.ReloadStep reload) {
            open.revertDocument(undo ? reload.before() : reload.after());
            showForm(open, undo ? reload.before() : reload.after());
            editor.replaceKeepingView(undo ? reload.text().inverse() : reload.text());
        } else if (step instanceof EditHistory.DocumentStep whole) {
            Document doc = undo ? whole.before() : whole.after();
            open.revertDocument(doc);
            showForm(open, doc);
            host.changed();
        }
    }

    /** Rebuilds the form, with what is typed but not yet set into the document shown on top. */
    private void showForm(ArticleSession open, Document doc) {
        host.showForm(doc);
        open.typedFields().forEach(form::setValue);
    }

    /** The Edit menu's words follow the history: after a new article is shown, and after each step. */
    void refreshLabels() {
        ArticleSession open = session.get();
        EditHistory history = open == null ? null : open.history();
        String next = history == null ? null : history.nextUndo().map(EditHistory.Step::label).orElse(null);
        String again = history == null ? null : history.nextRedo().map(EditHistory.Step::label).orElse(null);
        undoLabel.set(next == null ? "Undo" : "Undo " + next);
        redoLabel.set(again == null ? "Redo" : "Redo " + again);
        canUndo.set(next != null);
        canRedo.set(again != null);
    }
}
