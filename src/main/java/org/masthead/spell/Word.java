package org.masthead.spell;

/** A word of prose at {@code offset} of the text it was found in. */
public record Word(int offset, String text) {
    public int end() {
        return offset + text.length();
    }
}
