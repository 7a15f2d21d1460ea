package org.masthead.spell;

/**
 * Where the characters of a loaded scalar value sit in its source text. Folding, indentation,
 * quotes and escapes make the two differ, but a value's letters appear in its source in the same
 * order, so each letter is matched to the next equal character a short way ahead; a character
 * the source writes differently (an escape such as {@code \u00e9}) keeps the place of the one
 * before it.
 */
final class ValueOffsets {
    // how far ahead a character may be found: a block scalar's header, line break and indentation
    private static final int LOOK_AHEAD = 24;

    private final int[] sourceOffset;

    /** Maps {@code value} onto {@code raw}, which starts at {@code base} of the file's text. */
    ValueOffsets(String value, String raw, int base) {
        sourceOffset = new int[value.length() + 1];
        int r = 0;
        for (int v = 0; v < value.length(); v++) {
            char c = value.charAt(v);
            int limit = Math.min(raw.length(), r + LOOK_AHEAD);
            int found = -1;
            for (int k = r; k < limit; k++) {
                if (raw.charAt(k) == c) {
                    found = k;
                    break;
                }
            }
            if (found >= 0) {
                sourceOffset[v] = base + found;
                r = found + 1;
            } else {
                sourceOffset[v] = base + Math.min(r, Math.max(0, raw.length() - 1));
            }
        }
        sourceOffset[value.length()] = base + r;
    }

    int fileOffset(int valueOffset) {
        return sourceOffset[Math.max(0, Math.min(valueOffset, sourceOffset.length - 1))];
    }

    /**
     * For the reference format's body field: the offsets in the stored value of each offset of
     * its decoded Markdown, where each line break stands for the two characters backslash and n.
     */
    static int[] markdownToValue(String markdown, String value) {
        int[] out = new int[markdown.length() + 1];
        int v = 0;
        for (int m = 0; m < markdown.length(); m++) {
            out[m] = v;
            char c = markdown.charAt(m);
            if (c == '\n' && v + 1 < value.length() && value.charAt(v) == '\\' && value.charAt(v + 1) == 'n') {
                v += 2;
            } else if (v < value.length()) {
                v++;
            }
        }
        out[markdown.length()] = v;
        return out;
    }
}
