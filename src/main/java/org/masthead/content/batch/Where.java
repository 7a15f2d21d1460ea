package org.masthead.content.batch;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * A {@code KEY.PATH=VALUE} test on an article, as {@code set DIR --where} takes it. It matches
 * when the field at the path is a value equal to VALUE (exactly: case, spaces and all; numbers and
 * dates as written, the Markdown field as Markdown), or a list with an item equal to VALUE. An
 * empty VALUE ({@code KEY.PATH=}) matches a field that is missing, empty or an empty list. A map
 * never matches. The first {@code =} ends the path, so VALUE may hold {@code =}.
 */
public record Where(KeyPath path, String value) {

    /** The test written as {@code KEY.PATH=VALUE}; a malformed one throws with a one-line message. */
    public static Where parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a test: write KEY.PATH=VALUE, as in subject=Physics.");
        }
        try {
            return new Where(KeyPath.parse(text.substring(0, eq)), text.substring(eq + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a test: " + e.getMessage() + ".");
        }
    }

    public boolean test(Document doc) {
        if (BulkEdits.isMarkdownField(doc, path)) {
            return doc.markdown().equals(value);
        }
        Optional<Field> field = doc.get(path);
        if (field.isEmpty()) {
            return value.isEmpty();
        }
        if (field.get() instanceof ScalarField scalar) {
            return (scalar.type() == ScalarType.NULL ? "" : scalar.value()).equals(value);
        }
        if (field.get() instanceof ListField list) {
            return list.items().isEmpty() ? value.isEmpty() : list.items().stream()
                    .anyMatch(item -> item instanceof ScalarField s && s.type() != ScalarType.NULL && s.value().equals(value));
        }
        return false;
    }

    /** True for an article that passes every test (and for every article when there are none). */
    public static Predicate<Document> all(List<Where> tests) {
        List<Where> copy = List.copyOf(tests);
        return doc -> copy.stream().allMatch(t -> t.test(doc));
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
