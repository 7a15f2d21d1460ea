package org.masthead.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.FileBytes;
import org.masthead.document.KeyPath;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarStyle;

/**
 * One open article: the document as saved on disk, the document with the form's edits, and the
 * editor's Markdown. Typing only records the text; encoding it into the document (a re-parse,
 * which for a 1 MB body field is slow) happens in {@link #snapshot()}, off the FX thread. It is
 * plain Java so that saving can be tested without a stage.
 */
public final class ArticleSession {
    // moves when the file is renamed on disk under the open article
    private volatile Path path;
    private Document saved;
    private volatile String savedMarkdown;
    private boolean baseChanged;
    private Document current;
    // Volatile and set without the lock: typing must never wait for a snapshot being encoded.
    private volatile TypedText markdown;
    // The Markdown that 'current' already holds; null when unknown after an undo or redo.
    private String materialized;
    // Typed into form fields, not yet set into 'current': setting re-parses the front matter, so
    // whoever next needs the fields does it, off the FX thread.
    private final Map<KeyPath, String> typed = new LinkedHashMap<>();
    private final Object encoding = new Object();
    private final EditHistory history = new EditHistory();
    private final DirtyMarker dirty = new DirtyMarker();

    private ArticleSession(Path path, Document doc) {
        this.path = path;
        this.saved = doc;
        this.current = doc;
        this.savedMarkdown = doc.markdown();
        this.markdown = TypedText.of(savedMarkdown);
        this.materialized = savedMarkdown;
    }

    /** Reads and parses the file; run it off the FX thread. */
    public static ArticleSession open(Path path) throws IOException, DocumentException {
        return new ArticleSession(path, Document.parse(path.toString(), FileBytes.read(path)));
    }

    public Path path() {
        return path;
    }

    /** The file was renamed outside Masthead: the article, its edits and its history follow it. */
    public void moveTo(Path renamed) {
        path = renamed;
    }

    /** Every change of this article, in the order it was made, for undo and redo. */
    public EditHistory history() {
        return history;
    }

    /**
     * The document as last set: the form's typing may not be in it yet ({@link #fields()}), and its
     * Markdown may lag the editor ({@link #snapshot()}).
     */
    public synchronized Document current() {
        return current;
    }

    /** The editor's latest Markdown; for a long text that was just typed, this joins it, so call it off the FX thread. */
    public String markdown() {
        return markdown.get();
    }

    /** Records the editor's text, made only when first asked (see {@link TypedText}). */
    public void setMarkdown(Supplier<String> text, int length) {
        markdown = new TypedText(text, length);
        edited();
    }

    /**
     * A keystroke in a form field: the field's whole new text. It is an unsaved change at once, and
     * an undoable step merged with the typing before it up to a word.
     */
    public synchronized void typeField(KeyPath field, String value) {
        String before = typed.containsKey(field) ? typed.get(field) : valueIn(current, field);
        if (before.equals(value)) {
            return;
        }
        history.recordField(field, before, value);
        typed.put(field, value);
        edited();
    }

    /** Puts a field's text back as an undo or redo does, without recording a step. */
    public synchronized void revertField(KeyPath field, String value) {
        typed.put(field, value);
        edited();
    }

    /** The text of the field at {@code path} as the form would show it: typed, or as set. */
    public synchronized String fieldText(KeyPath path) {
        return typed.containsKey(path) ? typed.get(path) : valueIn(current, path);
    }

    private static String valueIn(Document doc, KeyPath path) {
        return doc.get(path).filter(ScalarField.class::isInstance).map(f -> ((ScalarField) f).value()).orElse("");
    }

    /**
     * The document with every field typed so far set into it. Setting re-parses the front matter,
     * so call it off the FX thread. A value the model refuses stays typed, so nothing is lost, and
     * the refusal is thrown to be shown.
     */
    public Document fields() throws DocumentException {
        synchronized (encoding) {
            Map<KeyPath, String> todo;
            Document base;
            synchronized (this) {
                if (typed.isEmpty()) {
                    return current;
                }
                todo = new LinkedHashMap<>(typed);
                base = current;
            }
            Document doc = base;
            DocumentException refused = null;
            Map<KeyPath, String> done = new LinkedHashMap<>();
            for (Map.Entry<KeyPath, String> entry : todo.entrySet()) {
                try {
                    doc = doc.set(entry.getKey(), entry.getValue(), savedStyle(doc, entry.getKey()));
                    done.put(entry.getKey(), entry.getValue());
                } catch (DocumentException e) {
                    refused = e;
                }
            }
            synchronized (this) {
                if (current != base) {
                    // an undo replaced the document meanwhile, and with it what was typed
                    return current;
                }
                current = doc;
                // a field typed into again meanwhile keeps its newer text for the next call
                done.forEach((key, value) -> typed.remove(key, value));
            }
            if (refused != null) {
                throw refused;
            }
            return doc;
        }
    }

    /**
     * The style a typed value is written in: the one the saved file had, so quotes a passing value
     * needed go again; for a field the saved file did not have, or held empty, the style of its
     * neighbours, so that the quotes of {@code ''} or of a half-typed {@code https:} do not stay.
     */
    private ScalarStyle savedStyle(Document base, KeyPath field) {
        ScalarField was;
        synchronized (this) {
            was = saved.get(field).filter(ScalarField.class::isInstance).map(ScalarField.class::cast).orElse(null);
        }
        if (was == null) {
            return base.styleOfNeighbours(field);
        }
        return was.value().isEmpty() ? null : was.style();
    }

    /**
     * The whole document with the editor's latest Markdown encoded into it. The encoding re-parses
     * the file, so call this off the FX thread. It runs outside the session's lock: for a 1 MB
     * {@code answer} it takes a few hundred ms, which the render thread must not wait out in
     * {@link #current()}. Two threads that both need a snapshot take turns, and the second
     * finds the work done.
     */
    public Document snapshot() throws DocumentException {
        synchronized (encoding) {
            while (true) {
                Document base = fields();
                String latest;
                synchronized (this) {
                    latest = markdown.get();
                    if (latest.equals(materialized) && current == base) {
                        return current;
                    }
                }
                Document encoded = base.withMarkdown(latest);
                synchronized (this) {
                    // an undo or a field typed meanwhile is encoded on the next turn
                    if (current == base && typed.isEmpty()) {
                        current = encoded;
                        materialized = latest;
                        return encoded;
                    }
                }
            }
        }
    }

    /** Puts edits recovered from the journal on the file as loaded: unsaved changes, one undo step. */
    public void restore(Document edited, boolean fileChangedSince) throws DocumentException {
        synchronized (encoding) {
            Document before = fields();
            synchronized (this) {
                baseChanged = fileChangedSince;
                history.recordDocument("recovered edits", before, edited);
                current = edited;
                markdown = TypedText.of(edited.markdown());
                materialized = edited.markdown();
                edited();
            }
        }
    }

    /** Sets a form field in one step, in the style the file had when loaded (see {@link #fields()}). */
    public void setField(KeyPath field, String value) throws DocumentException {
        change("edit of " + field, doc -> doc.set(field, value, savedStyle(doc, field)));
    }

    /**
     * A quick fix, a picker, an added or removed field: one undoable step, named by {@code label}
     * in the Edit menu. It re-parses the front matter, so call it off the FX thread. A change that
     * fails leaves the document as it was.
     */
    public Document change(String label, DocumentChange change) throws DocumentException {
        synchronized (encoding) {
            while (true) {
                Document before = fields();
                Document after = change.apply(before);
                synchronized (this) {
                    if (current != before || !typed.isEmpty()) {
                        // typed or undone meanwhile: apply the change to that instead
                        continue;
                    }
                    if (after != before) {
                        history.recordDocument(label, before, after);
                        current = after;
                        edited();
                    }
                    return after;
                }
            }
        }
    }

    /**
     * Puts the front matter back to {@code doc}, as an undo or redo of a whole-document step does.
     * The steps after it are undone by then, so what is typed but not yet set is already in it.
     * Cheap: nothing is parsed, so it runs on the FX thread.
     */
    public synchronized void revertDocument(Document doc) {
        typed.clear();
        current = doc;
        // the editor's text is the truth for the body: encode it again when next asked
        materialized = null;
        edited();
    }

    /**
     * Takes the file as it is now on disk, {@code disk}, as both the saved and the current
     * version, in one step that undo takes back: {@code before} is the front matter as it was
     * (with what was typed), {@code text} the change of the body. The editor's text is set by the
     * caller, which then reports it as typing.
     */
    public void reloadFrom(Document before, Document disk, EditHistory.TextStep text) {
        synchronized (this) {
            history.recordReload(before, disk, text);
            typed.clear();
            saved = disk;
            savedMarkdown = disk.markdown();
            current = disk;
            materialized = disk.markdown();
            markdown = TypedText.of(disk.markdown());
            baseChanged = false;
        }
        edited();
        dirty.clearIfNoEditSince(dirty.edits());
    }

    /** Fields typed into the form and not yet set into {@link #current()}, by path. */
    public synchronized Map<KeyPath, String> typedFields() {
        return new LinkedHashMap<>(typed);
    }

    private void edited() {
        dirty.edited();
    }

    /**
     * Whether anything may differ from the last save; cheap enough for every keystroke. Every edit
     * sets it at once; only {@link #settle()} and a save clear it.
     */
    public boolean isDirty() {
        return dirty.isDirty();
    }

    /** Runs whenever {@link #isDirty()} changes, on the thread that changed it. */
    public void setOnDirtyChanged(Runnable action) {
        dirty.setOnChange(action);
    }

    /**
     * Finds out whether the edits so far brought the article back to its saved bytes (an undo, a
     * value typed back), and clears the unsaved marker if so, unless a newer edit came in
     * meanwhile. Encodes and compares, so call it off the FX thread. Returns {@link #isDirty()}.
     */
    public boolean settle() {
        long seen = dirty.edits();
        try {
            return matchesSaved() ? dirty.clearIfNoEditSince(seen) : dirty.isDirty();
        } catch (DocumentException e) {
            return dirty.isDirty();
        }
    }

    private boolean matchesSaved() throws DocumentException {
        String text = markdown.get();
        if (!text.equals(savedMarkdown)) {
            return false;
        }
        Document doc = fields();
        Document onRecord = saved();
        boolean encoded;
        synchronized (this) {
            encoded = text.equals(materialized);
        }
        if (encoded) {
            return Arrays.equals(doc.toBytes(), onRecord.toBytes());
        }
        // a long body that is not encoded yet: leave the marker rather than re-parse it here
        return !costlyToEncode() && Arrays.equals(snapshot().toBytes(), onRecord.toBytes());
    }

    /** What a save wrote: the document, the Markdown in it, and how many edits it holds. */
    public record Snapshot(Document document, String markdown, long edits) {
    }

    /** The document for the SEO checks; see {@link LongBodies#forChecks}. */
    public Document forChecks() throws DocumentException {
        return LongBodies.forChecks(this);
    }

    /** Whether encoding the editor's text means re-parsing a long front matter; see {@link LongBodies}. */
    public boolean costlyToEncode() {
        return LongBodies.costly(this);
    }

    /** What the journal keeps: the document, and the editor's text when not encoded into it (then not null). */
    public record JournalState(Document document, String typedBody) {
    }

    /** The state for the journal; see {@link LongBodies#forJournal}. Call it off the FX thread. */
    public JournalState forJournal() throws DocumentException {
        return LongBodies.forJournal(this);
    }

    /** The editor's text as last recorded, and the text the document already holds (null: unknown). */
    synchronized TypedText[] texts() {
        return new TypedText[] {markdown, materialized == null ? null : TypedText.of(materialized)};
    }

    /** Captures the state to save; encodes the Markdown, so call it off the FX thread. */
    public Snapshot capture() throws DocumentException {
        // the locks are always taken in this order: 'encoding', then the session
        synchronized (encoding) {
            // counted first: an edit that lands during the encoding keeps the article dirty
            long count = dirty.edits();
            Document doc = snapshot();
            synchronized (this) {
                return new Snapshot(doc, materialized, count);
            }
        }
    }

    public synchronized Document saved() {
        return saved;
    }

    public synchronized boolean baseChanged() {
        return baseChanged;
    }

    /** Records that {@code snapshot} is what the file now holds. */
    public void markSaved(Snapshot snapshot) {
        synchronized (this) {
            baseChanged = false;
            saved = snapshot.document();
            savedMarkdown = snapshot.markdown();
        }
        dirty.clearIfNoEditSince(snapshot.edits());
    }
}
