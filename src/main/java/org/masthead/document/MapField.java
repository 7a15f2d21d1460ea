package org.masthead.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mapping, with its entries in source order. */
public record MapField(Span span, int line, Map<String, Field> entries) implements Field {
    public MapField {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
