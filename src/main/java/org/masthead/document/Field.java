package org.masthead.document;

/** A node of the front-matter tree. Every node knows where its value sits in the source text. */
public sealed interface Field permits MapField, ListField, ScalarField {
    /** The span of the value's own text (for a block map or list: from its first to its last character). */
    Span span();

    /** The 1-based line on which the value starts. */
    int line();
}
