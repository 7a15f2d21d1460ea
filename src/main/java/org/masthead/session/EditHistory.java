package org.masthead.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/**
 * One article's undo history, shared by everything that edits it: the editor, the form, quick fixes
 * and pickers. Steps are undone in the order they were made, wherever they were made. Typing is
 * kept in word-sized steps: a run of typed characters grows one step until a new word starts after
 * a space (spaces typed before the first word belong to it), and a run of deletions grows one step
 * while it stays in one place. Plain Java, no JavaFX.
 */
public final class EditHistory {
    /** One undoable change. */
    public sealed interface Step permits TextStep, FieldStep, DocumentStep, ReloadStep {
        /** What the Edit menu calls it: "typing", "edit of seo.title", … */
        String label();
    }

    /** A change of the editor's text: at {@code position}, {@code removed} became {@code inserted}. */
    public record TextStep(int position, String removed, String inserted) implements Step {
        @Override
        public String label() {
            return "typing";
        }

        public TextStep inverse() {
            return new TextStep(position, inserted, removed);
        }
    }

    /** Typing in one form field: its text went from {@code before} to {@code after}. */
    public record FieldStep(KeyPath path, String before, String after) implements Step {
        @Override
        public String label() {
            return "edit of " + path;
        }
    }

    /** A change of the whole front matter at once: a quick fix, a picker, an added or removed field. */
    public record DocumentStep(String label, Document before, Document after) implements Step {
    }

    /** The file read again from disk: its front matter went from {@code before} to {@code after}, its body by {@code text}. */
    public record ReloadStep(Document before, Document after, TextStep text) implements Step {
        @Override
        public String label() {
            return "reload from disk";
        }
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public synchronized void recordText(int position, String removed, String inserted) {
        if (removed.isEmpty() && inserted.isEmpty()) {
            return;
        }
        redo.clear();
        if (undo.peek() instanceof TextStep last) {
            TextStep merged = mergeText(last, new TextStep(position, removed, inserted));
            if (merged != null) {
                undo.pop();
                undo.push(merged);
                return;
            }
        }
        undo.push(new TextStep(position, removed, inserted));
    }

    public synchronized void recordField(KeyPath path, String before, String after) {
        if (before.equals(after)) {
            return;
        }
        redo.clear();
        if (undo.peek() instanceof FieldStep last && last.path().equals(path) && last.after().equals(before)
                && sameWord(edit(last.before(), last.after()), edit(before, after))) {
            undo.pop();
            undo.push(new FieldStep(path, last.before(), after));
            return;
        }
        undo.push(new FieldStep(path, before, after));
    }

    public synchronized void recordDocument(String label, Document before, Document after) {
        if (before != after) {
            redo.clear();
            undo.push(new DocumentStep(label, before, after));
        }
    }

    public synchronized void recordReload(Document before, Document after, TextStep text) {
        redo.clear();
        undo.push(new ReloadStep(before, after, text));
    }

    /** The step an undo would revert, without reverting it. */
    public synchronized Optional<Step> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public synchronized Optional<Step> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Takes the newest step off the history; the caller reverts it. */
    public synchronized Optional<Step> undo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
        }
        return Optional.ofNullable(step);
    }

    /** Takes the newest undone step back; the caller applies it again. */
    public synchronized Optional<Step> redo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
        }
        return Optional.ofNullable(step);
    }

    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    /** The text change that turns {@code before} into {@code after}, from their common prefix and suffix. */
    public static TextStep edit(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextStep(prefix, before.substring(prefix, before.length() - suffix),
                after.substring(prefix, after.length() - suffix));
    }

    /** Whether {@code next} continues {@code last} within one word-sized step. */
    private static boolean sameWord(TextStep last, TextStep next) {
        return mergeText(last, next) != null;
    }

    /**
     * {@code last} and {@code next} as one step, or null when {@code next} starts a new one: typing
     * goes on where the last typing stopped and does not start a word after a space; deleting
     * goes on from where the last deletion stopped, backwards or forwards.
     */
    private static TextStep mergeText(TextStep last, TextStep next) {
        boolean lastTyped = last.removed().isEmpty() && !last.inserted().isEmpty();
        boolean nextTyped = next.removed().isEmpty() && !next.inserted().isEmpty();
        if (lastTyped && nextTyped && next.position() == last.position() + last.inserted().length()) {
            // a space typed before a word belongs to it, one typed after a word closes it
            boolean newWord = Character.isWhitespace(last.inserted().charAt(last.inserted().length() - 1))
                    && !Character.isWhitespace(next.inserted().charAt(0)) && !last.inserted().isBlank();
            boolean newLine = next.inserted().indexOf('\n') >= 0 || last.inserted().indexOf('\n') >= 0;
            return newWord || newLine ? null : new TextStep(last.position(), "", last.inserted() + next.inserted());
        }
        boolean lastDeleted = last.inserted().isEmpty() && !last.removed().isEmpty();
        boolean nextDeleted = next.inserted().isEmpty() && !next.removed().isEmpty();
        if (lastDeleted && nextDeleted) {
            if (next.position() + next.removed().length() == last.position()) {
                return new TextStep(next.position(), next.removed() + last.removed(), "");
            }
            if (next.position() == last.position()) {
                return new TextStep(last.position(), last.removed() + next.removed(), "");
            }
        }
        return null;
    }
}
