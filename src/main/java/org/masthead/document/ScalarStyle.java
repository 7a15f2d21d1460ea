package org.masthead.document;

/** How a scalar is written in the source; a spliced edit keeps it. */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, FOLDED, FOLDED_STRIP, FOLDED_KEEP, LITERAL, LITERAL_STRIP, LITERAL_KEEP
}
