package org.masthead.document;

/**
 * A leaf value. {@code value} is the loaded value as text (folded lines joined, escapes
 * resolved); {@code raw} is exactly what the source holds in {@code span}.
 */
public record ScalarField(Span span, int line, ScalarType type, ScalarStyle style, String value, String raw)
        implements Field {
}
