package org.masthead.content;

import java.util.List;
import java.util.Objects;

/**
 * How the form should show one field, as a schema file asks. {@code label} and {@code comment}
 * are empty when the schema gives none (the form then shows the key and no comment);
 * {@code options} is empty unless the type is {@link Type#SELECT}.
 */
public record InputSpec(Type type, String label, String comment, List<String> options, boolean required,
                        boolean hidden) {
    /** The inputs Masthead has. {@link #AUTO} leaves the choice to inference from key and value. */
    public enum Type {
        AUTO, TEXT, TEXTAREA, MARKDOWN, NUMBER, CHECKBOX, DATE, DATETIME, URL, SELECT
    }

    public InputSpec {
        Objects.requireNonNull(type, "type");
        label = label == null ? "" : label;
        comment = comment == null ? "" : comment;
        options = options == null ? List.of() : List.copyOf(options);
    }
}
