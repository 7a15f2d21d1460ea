package org.masthead.seo;

import java.util.Objects;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * The obvious repair for a finding: set one field to a value, or remove one field. The caller
 * applies it through the lossless document model, so only that value's lines change, and can
 * undo it like any edit. A fix is computed against the document that was checked; after applying
 * one, check again before applying another.
 */
public record Fix(Kind kind, String field, String value) {
    public enum Kind { SET, REMOVE }

    public Fix {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        if ((kind == Kind.SET) != (value != null)) {
            throw new IllegalArgumentException("a SET fix needs a value, a REMOVE fix none");
        }
    }

    public static Fix set(String field, String value) {
        return new Fix(Kind.SET, field, Objects.requireNonNull(value, "value"));
    }

    public static Fix remove(String field) {
        return new Fix(Kind.REMOVE, field, null);
    }

    public KeyPath path() {
        return KeyPath.parse(field);
    }

    /** A copy of {@code doc} with this fix applied. */
    public Document applyTo(Document doc) throws DocumentException {
        return kind == Kind.SET ? doc.set(path(), value) : doc.remove(path());
    }

    /** A short label for a quick-fix button or menu item. */
    public String describe() {
        return kind == Kind.SET ? "Set " + field + " to \"" + value + "\"" : "Remove " + field;
    }
}
