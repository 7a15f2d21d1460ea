package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * One open article: the document as loaded from disk and the document with the user's edits.
 * It is plain Java so that saving can be tested without a stage.
 */
final class ArticleSession {
    private final Path path;
    private Document saved;
    private Document current;
    private final java.util.Deque<Document> undo = new java.util.ArrayDeque<>();
    private final java.util.Deque<Document> redo = new java.util.ArrayDeque<>();

    private ArticleSession(Path path, Document doc) {
        this.path = path;
        this.saved = doc;
        this.current = doc;
    }

    /** Reads and parses the file; run it off the FX thread. */
    static ArticleSession open(Path path) throws IOException, DocumentException {
        byte[] bytes = Files.readAllBytes(path);
        return new ArticleSession(path, Document.parse(path.toString(), bytes));
    }

    Path path() {
        return path;
    }

    Document current() {
        return current;
    }

    /**
     * Sets a form field. The style is the one the file had when loaded, so a value that needed
     * quotes for a moment (a trailing space, say) goes back to its own style once it no longer does.
     */
    void setField(KeyPath field, String value) throws DocumentException {
        org.masthead.document.ScalarStyle style = saved.get(field)
                .filter(org.masthead.document.ScalarField.class::isInstance)
                .map(f -> ((org.masthead.document.ScalarField) f).style()).orElse(null);
        apply(current.set(field, value, style));
    }

    /** A form edit or quick fix: the previous version is kept so the change can be undone. */
    void apply(Document edited) {
        if (edited != current) {
            undo.push(current);
            redo.clear();
            current = edited;
        }
    }

    boolean canUndoFieldEdit() {
        return !undo.isEmpty();
    }

    void undoFieldEdit() {
        if (!undo.isEmpty()) {
            redo.push(current);
            current = undo.pop();
        }
    }

    void redoFieldEdit() {
        if (!redo.isEmpty()) {
            undo.push(current);
            current = redo.pop();
        }
    }

    void setMarkdown(String markdown) throws DocumentException {
        if (!markdown.equals(current.markdown())) {
            current = current.withMarkdown(markdown);
        }
    }

    boolean isDirty() {
        return !Arrays.equals(saved.toBytes(), current.toBytes());
    }

    /** Whether the file on disk still holds what was loaded or last saved; reads the file. */
    boolean matchesDisk() {
        try {
            return Arrays.equals(Files.readAllBytes(path), saved.toBytes());
        } catch (IOException e) {
            return false;
        }
    }

    /** Thrown when the file changed on disk since it was loaded or saved. */
    static final class ChangedOnDisk extends IOException {
        final String diskText;

        ChangedOnDisk(Path path, String diskText) {
            super(path.getFileName() + " changed on disk since it was opened.");
            this.diskText = diskText;
        }
    }

    /**
     * Writes {@code snapshot} atomically, unless the file on disk is no longer what was loaded or
     * last saved (and {@code overwrite} is false). IO: call it off the FX thread.
     */
    static void write(Path path, Document saved, Document snapshot, boolean overwrite) throws IOException {
        byte[] onDisk = Files.readAllBytes(path);
        if (!overwrite && !Arrays.equals(onDisk, saved.toBytes())) {
            throw new ChangedOnDisk(path, new String(onDisk, java.nio.charset.StandardCharsets.UTF_8));
        }
        AtomicFiles.write(path, snapshot.toBytes());
    }

    Document saved() {
        return saved;
    }

    /** Records that {@code snapshot} is what the file now holds. */
    void markSaved(Document snapshot) {
        saved = snapshot;
    }
}
