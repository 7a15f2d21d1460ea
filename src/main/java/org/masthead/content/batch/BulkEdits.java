package org.masthead.content.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.Field;
import org.masthead.document.FileBytes;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.ScalarField;

/**
 * One field edit planned on many articles, each file's change a splice through {@link Document}
 * so the style of every untouched byte is kept. Planning reads the files and writes nothing.
 *
 * <p>The article's Markdown field (the reference format's {@code answer}) takes and gives Markdown,
 * as {@code set FILE answer VALUE} does. Adding an item already in the list, and removing, clearing
 * or renaming what is not there, change nothing in that file.
 *
 * <pre>{@code
 * Batch b = BulkEdits.set(root, files, KeyPath.parse("seo.title"), "QuickTakes | Physics");
 * }</pre>
 */
public final class BulkEdits {
    private BulkEdits() {
    }

    /**
     * What a plan found: the batch, how many articles were read and passed the filter, the files
     * that could not be read or parsed (left out), and the files that refused the edit (one line
     * each, naming file, line and column). A caller applies the batch only when nothing refused.
     */
    public record Plan(Batch batch, int matched, List<String> unreadable, List<String> refused) {
        public Plan {
            unreadable = List.copyOf(unreadable);
            refused = List.copyOf(refused);
        }
    }

    /** One edit, made the same way on every file. */
    public sealed interface Edit permits SetValue, ClearValue, AddItem, RemoveItem, RenameKey, RemoveKey {
        String title();

        /** {@code doc} with the edit made; {@code doc} itself when there is nothing to change. */
        Document apply(Document doc) throws DocumentException;
    }

    public record SetValue(KeyPath path, String value) implements Edit {
        public String title() { return "Set " + path + " to \u201c" + value + "\u201d"; }

        public Document apply(Document doc) throws DocumentException {
            return setField(doc, path, value);
        }
    }

    /** An empty value for a scalar, no items for a list; a missing field stays missing. */
    public record ClearValue(KeyPath path) implements Edit {
        public String title() { return "Clear " + path; }

        public Document apply(Document doc) throws DocumentException {
            return clearField(doc, path);
        }
    }

    public record AddItem(KeyPath list, String item) implements Edit {
        public String title() { return "Add \u201c" + item + "\u201d to " + list; }

        public Document apply(Document doc) throws DocumentException {
            return addListItem(doc, list, item);
        }
    }

    /** Removes every item equal to {@code item}. */
    public record RemoveItem(KeyPath list, String item) implements Edit {
        public String title() { return "Remove \u201c" + item + "\u201d from " + list; }

        public Document apply(Document doc) throws DocumentException {
            return removeListItems(doc, list, item);
        }
    }

    public record RenameKey(KeyPath from, String newName) implements Edit {
        public String title() { return "Rename key " + from + " to " + newName; }

        public Document apply(Document doc) throws DocumentException {
            return doc.get(from).isPresent() ? doc.renameKey(from, newName) : doc;
        }
    }

    public record RemoveKey(KeyPath path) implements Edit {
        public String title() { return "Remove " + path; }

        public Document apply(Document doc) throws DocumentException {
            return doc.get(path).isPresent() ? doc.remove(path) : doc;
        }
    }

    public static Batch set(Path root, List<Path> files, KeyPath path, String value) throws IOException {
        return plan(root, files, new SetValue(path, value), doc -> true).batch();
    }

    public static Batch clear(Path root, List<Path> files, KeyPath path) throws IOException {
        return plan(root, files, new ClearValue(path), doc -> true).batch();
    }

    public static Batch addItem(Path root, List<Path> files, KeyPath list, String item) throws IOException {
        return plan(root, files, new AddItem(list, item), doc -> true).batch();
    }

    public static Batch removeItem(Path root, List<Path> files, KeyPath list, String item) throws IOException {
        return plan(root, files, new RemoveItem(list, item), doc -> true).batch();
    }

    public static Batch renameKey(Path root, List<Path> files, KeyPath from, String newName) throws IOException {
        return plan(root, files, new RenameKey(from, newName), doc -> true).batch();
    }

    public static Batch removeKey(Path root, List<Path> files, KeyPath path) throws IOException {
        return plan(root, files, new RemoveKey(path), doc -> true).batch();
    }

    /**
     * Plans {@code edit} on each of {@code files} that parses and passes {@code only}. Files are
     * named in messages as given; the batch holds them absolute and normalized. The batch leaves
     * out the files that refused the edit, so check {@link Plan#refused()} before applying it.
     */
    public static Plan plan(Path root, List<Path> files, Edit edit, Predicate<Document> only) throws IOException {
        // files are read and edited in parallel, as the folder scan does; the results keep the files' order
        List<Outcome> outcomes = files.parallelStream().map(file -> planOne(file, edit, only)).toList();
        List<FileChange> changes = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int matched = 0;
        for (Outcome outcome : outcomes) {
            matched += outcome.matched() ? 1 : 0;
            if (outcome.change() != null) {
                changes.add(outcome.change());
            }
            if (outcome.unreadable() != null) {
                unreadable.add(outcome.unreadable());
            }
            if (outcome.refused() != null) {
                refused.add(outcome.refused());
            }
        }
        return new Plan(new Batch(edit.title(), changes), matched, unreadable, refused);
    }

    private record Outcome(boolean matched, FileChange change, String unreadable, String refused) {
    }

    private static Outcome planOne(Path file, Edit edit, Predicate<Document> only) {
        byte[] before;
        Document doc;
        try {
            before = FileBytes.read(file);
            doc = Document.parse(file.toString(), before);
        } catch (IOException e) {
            return new Outcome(false, null, file + ": cannot read: " + describe(e), null);
        } catch (DocumentException e) {
            return new Outcome(false, null, e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug must not stop the whole folder: the file is left out, as one that does not parse
            return new Outcome(false, null, file + ": cannot read the front matter: " + e, null);
        }
        if (!only.test(doc)) {
            return new Outcome(false, null, null, null);
        }
        try {
            byte[] after = edit.apply(doc).toBytes();
            return new Outcome(true, Arrays.equals(before, after) ? null
                    : FileChange.edit(file.toAbsolutePath().normalize(), before, after), null, null);
        } catch (DocumentException e) {
            return new Outcome(true, null, null, e.getMessage());
        }
    }

    /** Whether {@code path} names the article's Markdown field, which is set and read as Markdown. */
    static boolean isMarkdownField(Document doc, KeyPath path) {
        return doc.bodyField().isFrontMatterField() && doc.bodyField().path().equals(path);
    }

    static Document setField(Document doc, KeyPath path, String value) throws DocumentException {
        return isMarkdownField(doc, path) ? doc.withMarkdown(value) : doc.set(path, value);
    }

    static Document clearField(Document doc, KeyPath path) throws DocumentException {
        Optional<Field> field = doc.get(path);
        if (field.isEmpty()) {
            return doc;
        }
        if (field.get() instanceof ListField list) {
            Document edited = doc;
            for (int i = list.items().size() - 1; i >= 0; i--) {
                edited = edited.remove(path.child(i));
            }
            return edited;
        }
        return setField(doc, path, "");
    }

    static Document addListItem(Document doc, KeyPath path, String item) throws DocumentException {
        ListField list = listAt(doc, path);
        if (list.items().stream().anyMatch(f -> f instanceof ScalarField s && s.value().equals(item))) {
            return doc;
        }
        return doc.insert(path, list.items().size(), item);
    }

    static Document removeListItems(Document doc, KeyPath path, String item) throws DocumentException {
        if (doc.get(path).isEmpty()) {
            return doc;
        }
        ListField list = listAt(doc, path);
        Document edited = doc;
        for (int i = list.items().size() - 1; i >= 0; i--) {
            if (list.items().get(i) instanceof ScalarField s && s.value().equals(item)) {
                edited = edited.remove(path.child(i));
            }
        }
        return edited;
    }

    private static ListField listAt(Document doc, KeyPath path) throws DocumentException {
        Optional<Field> field = doc.get(path);
        if (field.isPresent() && field.get() instanceof ListField list) {
            return list;
        }
        int line = field.map(Field::line).orElse(1);
        throw new DocumentException(doc.source(), line, 1, field.isEmpty() ? "there is no list '" + path + "'."
                : "'" + path + "' is not a list.", "Make it a list first. Nothing was changed.");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName()
                .replace("Exception", "") + " " + message;
    }
}
