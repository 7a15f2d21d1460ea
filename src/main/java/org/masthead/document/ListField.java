package org.masthead.document;

import java.util.List;

/** A sequence, with its items in source order. */
public record ListField(Span span, int line, List<Field> items) implements Field {
    public ListField {
        items = List.copyOf(items);
    }
}
