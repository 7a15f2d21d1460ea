package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * One open article: the document as loaded from disk and the document with the user's edits.
 * It is plain Java so that saving can be tested without a stage.
 */
final class ArticleSession {
    private final Path path;
    private final byte[] loadedBytes;
    private Document saved;
    private Document current;
    private final java.util.Deque<Document> undo = new java.util.ArrayDeque<>();
    private final java.util.Deque<Document> redo = new java.util.ArrayDeque<>();

    private ArticleSession(Path path, byte[] loadedBytes, Document doc) {
        this.path = path;
        this.loadedBytes = loadedBytes;
        this.saved = doc;
        this.current = doc;
    }

    /** Reads and parses the file; run it off the FX thread. */
    static ArticleSession open(Path path) throws IOException, DocumentException {
        byte[] bytes = Files.readAllBytes(path);
        return new ArticleSession(path, bytes, Document.parse(path.toString(), bytes));
    }

    Path path() {
        return path;
    }

    Document current() {
        return current;
    }

    void setField(KeyPath field, String value) throws DocumentException {
        apply(current.set(field, value));
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

    /** Writes the edits; refuses to overwrite a file that changed on disk since it was loaded. */
    void save() throws IOException {
        byte[] onDisk = Files.readAllBytes(path);
        if (!Arrays.equals(onDisk, saved == null ? loadedBytes : saved.toBytes())) {
            throw new IOException(path + " changed on disk since it was opened; reload it before saving.");
        }
        write(path, current.toBytes());
        saved = current;
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".masthead-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
