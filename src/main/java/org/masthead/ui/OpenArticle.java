package org.masthead.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.masthead.session.ArticleSession;

/**
 * Which article the window has open, as properties the panes and the title bind to: the session
 * being edited, whether it has unsaved changes, and the file shown read-only when it does not
 * parse. The session's own marker can change on any thread; the property follows on the FX thread.
 */
final class OpenArticle {
    private final ReadOnlyObjectWrapper<ArticleSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Path> readOnly = new ReadOnlyObjectWrapper<>(this, "readOnly");
    // the same session for threads other than the FX thread (the journal's, the renders')
    private volatile ArticleSession current;

    /** The article being edited now, or null; safe from any thread. */
    ArticleSession get() {
        return current;
    }

    void open(ArticleSession opened) {
        current = opened;
        readOnly.set(null);
        session.set(opened);
        if (opened != null) {
            opened.setOnDirtyChanged(() -> follow(opened));
        }
        dirty.set(opened != null && opened.isDirty());
    }

    /** The open article's file was renamed: what shows its name follows. */
    void renamed() {
        ArticleSession same = current;
        session.set(null);
        session.set(same);
    }

    /** A file that does not parse, shown read-only: nothing is being edited. */
    void showReadOnly(Path file) {
        open(null);
        readOnly.set(file);
    }

    void close() {
        open(null);
    }

    private void follow(ArticleSession changed) {
        if (Platform.isFxApplicationThread()) {
            if (changed == current) {
                dirty.set(changed.isDirty());
            }
        } else {
            Platform.runLater(() -> follow(changed));
        }
    }

    // 'session' property: the article being edited, or null
    ReadOnlyObjectProperty<ArticleSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    // 'dirty' property: whether the open article has unsaved changes
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The window's title: "• name — Masthead" while there are unsaved changes. */
    StringBinding title() {
        return Bindings.createStringBinding(() -> {
            ArticleSession open = session.get();
            if (open != null) {
                return (dirty.get() ? "• " : "") + open.path().getFileName() + " — Masthead";
            }
            Path shown = readOnly.get();
            return shown == null ? "Masthead" : shown.getFileName() + " (read-only) — Masthead";
        }, session, dirty, readOnly);
    }
}
