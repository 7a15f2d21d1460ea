package org.masthead.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarStyle;

/**
 * One open article: the document as saved on disk, the document with the form's edits, and the
 * editor's Markdown. Typing only records the text; encoding it into the document (a re-parse,
 * which for a 1 MB body field is slow) happens in {@link #snapshot()}, off the FX thread. It is
 * plain Java so that saving can be tested without a stage.
 */
final class ArticleSession {
    private final Path path;
    private Document saved;
    // The fields isDirty reads are volatile so that it never waits for a snapshot being encoded.
    private volatile String savedMarkdown;
    private volatile int savedDepth;
    private volatile int depth;
    private boolean baseChanged;
    private Document current;
    // Volatile and set without the lock: typing must never wait for a snapshot being encoded.
    private volatile Text markdown;
    // The Markdown that 'current' already holds; null when unknown after an undo or redo.
    private String materialized;
    private final Object encoding = new Object();
    private final Deque<Document> undo = new ArrayDeque<>();
    private final Deque<Document> redo = new ArrayDeque<>();

    private ArticleSession(Path path, Document doc) {
        this.path = path;
        this.saved = doc;
        this.current = doc;
        this.savedMarkdown = doc.markdown();
        this.markdown = Text.of(savedMarkdown);
        this.materialized = savedMarkdown;
    }

    /** Reads and parses the file; run it off the FX thread. */
    static ArticleSession open(Path path) throws IOException, DocumentException {
        byte[] bytes = org.masthead.document.FileBytes.read(path);
        return new ArticleSession(path, Document.parse(path.toString(), bytes));
    }

    Path path() {
        return path;
    }

    /** The document with the form's edits; its Markdown may lag the editor until {@link #snapshot()}. */
    synchronized Document current() {
        return current;
    }

    /** The editor's latest Markdown; for a long text that was just typed, this joins it, so call it off the FX thread. */
    String markdown() {
        return markdown.get();
    }

    /**
     * Records the editor's text as a source that makes it when first asked, with its length.
     * Joining a 1 MB text takes the FX thread several ms on every keystroke; this lets the render
     * thread do it, once per version.
     */
    void setMarkdown(java.util.function.Supplier<String> text, int length) {
        markdown = new Text(text, length);
    }

    /** A text made at most once, on whichever thread first needs it. */
    private static final class Text {
        private final java.util.function.Supplier<String> source;
        private final int length;
        private volatile String made;

        private Text(java.util.function.Supplier<String> source, int length) {
            this.source = source;
            this.length = length;
        }

        static Text of(String text) {
            Text known = new Text(() -> text, text.length());
            known.made = text;
            return known;
        }

        String get() {
            String text = made;
            if (text == null) {
                synchronized (this) {
                    if (made == null) {
                        made = source.get();
                    }
                    text = made;
                }
            }
            return text;
        }

        /** Equal to {@code other}, without making the text when the lengths already differ. */
        boolean sameAs(String other) {
            return length == other.length() && get().equals(other);
        }
    }

    /**
     * The whole document with the editor's latest Markdown encoded into it. The encoding re-parses
     * the file, so call this off the FX thread. It runs outside the session's lock: for a 1 MB
     * {@code answer} it takes a few hundred ms, which the render thread must not wait out in
     * {@link #current()}. Two threads that both need a snapshot take turns, and the second
     * finds the work done.
     */
    Document snapshot() throws DocumentException {
        synchronized (encoding) {
            while (true) {
                Document base;
                String latest;
                synchronized (this) {
                    latest = markdown.get();
                    if (latest.equals(materialized)) {
                        return current;
                    }
                    base = current;
                }
                Document encoded = base.withMarkdown(latest);
                synchronized (this) {
                    // a form edit that came in meanwhile is kept: the text is encoded into it next
                    if (current == base) {
                        current = encoded;
                        materialized = latest;
                        return encoded;
                    }
                }
            }
        }
    }

    /**
     * Puts edits recovered from the journal on top of the file as loaded: they become unsaved
     * changes, shown and saved like any other.
     */
    synchronized void restore(Document edited, boolean fileChangedSince) {
        baseChanged = fileChangedSince;
        apply(edited);
        markdown = Text.of(edited.markdown());
        materialized = edited.markdown();
    }

    /**
     * Sets a form field. The style is the one the file had when loaded, so a value that needed
     * quotes for a moment (a trailing space, say) goes back to its own style once it no longer does.
     */
    synchronized void setField(KeyPath field, String value) throws DocumentException {
        ScalarStyle style = saved.get(field)
                .filter(ScalarField.class::isInstance)
                .map(f -> ((ScalarField) f).style()).orElse(null);
        apply(current.set(field, value, style));
    }

    /** A form edit or quick fix: the previous version is kept so the change can be undone. */
    synchronized void apply(Document edited) {
        if (edited != current) {
            undo.push(current);
            redo.clear();
            current = edited;
            depth = undo.size();
        }
    }

    synchronized boolean canUndoFieldEdit() {
        return !undo.isEmpty();
    }

    synchronized void undoFieldEdit() {
        if (!undo.isEmpty()) {
            redo.push(current);
            current = undo.pop();
            materialized = null;
            depth = undo.size();
        }
    }

    synchronized void redoFieldEdit() {
        if (!redo.isEmpty()) {
            undo.push(current);
            current = redo.pop();
            materialized = null;
            depth = undo.size();
        }
    }

    /** Whether anything differs from the last save; cheap enough for every keystroke. */
    boolean isDirty() {
        return depth != savedDepth || !markdown.sameAs(savedMarkdown);
    }

    /** Whether the file on disk still holds what was loaded or last saved; reads the file. */
    boolean matchesDisk() {
        Document onRecord;
        synchronized (this) {
            onRecord = saved;
        }
        try {
            return Arrays.equals(Files.readAllBytes(path), onRecord.toBytes());
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

    /** What a save wrote: the document, the Markdown in it and the edit depth it reflects. */
    record Snapshot(Document document, String markdown, int depth) {
    }

    // a body field in the front matter longer than this is costly to encode
    private static final int LONG_BODY_FIELD = 200_000;

    /**
     * The document for the SEO checks. Encoding a 1 MB {@code answer} takes a core for a few
     * hundred ms, so a body that is {@link #costlyToEncode()} is not encoded for them: they get the
     * form's edits with the body as last encoded. That changes no finding: the checks read every
     * field but the body, and a body field is one physical line, so no line number moves with it.
     */
    Document forChecks() throws DocumentException {
        return costlyToEncode() ? current() : snapshot();
    }

    /**
     * Whether encoding the editor's text means re-parsing a long front matter: a body field over
     * {@link #LONG_BODY_FIELD} characters, which at 1 MB takes a core for a few hundred ms.
     */
    boolean costlyToEncode() {
        return markdown.length > LONG_BODY_FIELD && current().bodyField().isFrontMatterField();
    }

    /**
     * What the journal keeps: the document, and the editor's text when it is not encoded into the
     * document ({@code typedBody} is then not null).
     */
    record JournalState(Document document, String typedBody) {
    }

    /**
     * The state for the journal. A body that is {@link #costlyToEncode()} is not encoded for it:
     * the journal keeps the text beside the document, and encodes it only to restore it. Call it
     * off the FX thread.
     */
    JournalState forJournal() throws DocumentException {
        if (!costlyToEncode()) {
            return new JournalState(snapshot(), null);
        }
        Document doc;
        Text text;
        String encoded;
        synchronized (this) {
            doc = current;
            text = markdown;
            encoded = materialized;
        }
        // joined outside the lock: the render thread must not wait for it in current()
        String typed = text.get();
        return new JournalState(doc, typed.equals(encoded) ? null : typed);
    }

    /** Captures the state to save; encodes the Markdown, so call it off the FX thread. */
    Snapshot capture() throws DocumentException {
        // the locks are always taken in this order: 'encoding', then the session
        synchronized (encoding) {
            while (true) {
                Document doc = snapshot();
                synchronized (this) {
                    if (doc == current) {
                        return new Snapshot(doc, materialized, depth);
                    }
                }
            }
        }
    }

    synchronized Document saved() {
        return saved;
    }

    /**
     * Writes {@code snapshot} atomically, unless the file on disk is no longer what was loaded or
     * last saved (and {@code overwrite} is false); a null {@code saved} always asks. IO: call it
     * off the FX thread.
     */
    static void write(Path path, Document saved, Document snapshot, boolean overwrite) throws IOException {
        byte[] onDisk = Files.readAllBytes(path);
        if (!overwrite && (saved == null || !Arrays.equals(onDisk, saved.toBytes()))) {
            throw new ChangedOnDisk(path, new String(onDisk, StandardCharsets.UTF_8));
        }
        AtomicFiles.write(path, snapshot.toBytes());
    }

    /** Records that {@code snapshot} is what the file now holds. */
    synchronized boolean baseChanged() {
        return baseChanged;
    }

    synchronized void markSaved(Snapshot snapshot) {
        baseChanged = false;
        saved = snapshot.document();
        savedMarkdown = snapshot.markdown();
        savedDepth = snapshot.depth();
    }
}
