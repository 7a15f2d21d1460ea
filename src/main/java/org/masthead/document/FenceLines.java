package org.masthead.document;

import java.util.Arrays;

/**
 * The lines of a {@code ---} fenced front matter for {@link FastFrontMatter}: where each starts, where
 * the closing fence is, and a check that every character is one YAML accepts.
 */
final class FenceLines {
    private static final int MAX_CHARS = 1024 * 1024;

    private final String text;
    private int[] lineStarts = new int[64];
    private int lineCount;
    private int close;

    private FenceLines(String text) {
        this.text = text;
    }

    static FenceLines of(String text) throws FastFrontMatter.Unsure {
        FenceLines lines = new FenceLines(text);
        lines.split();
        return lines;
    }

    /** The index of the closing fence's line (0 is the opening fence). */
    int close() {
        return close;
    }

    int start(int index) {
        return lineStarts[index];
    }

    /** Records line starts up to the closing fence, checking every front-matter character on the way. */
    private void split() throws FastFrontMatter.Unsure {
        int start = 0;
        while (start <= text.length()) {
            if (lineCount == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
            }
            lineStarts[lineCount++] = start;
            int end = text.indexOf('\n', start);
            if (lineCount > 1 && (text.startsWith("---", start) || text.startsWith("...", start))) {
                int after = end < 0 ? text.length() : end;
                if (after != start + 3) {
                    throw FastFrontMatter.UNSURE; // "--- " or "---x": let the parser decide
                }
                close = lineCount - 1;
                return;
            }
            if (end < 0 || end > MAX_CHARS) {
                throw FastFrontMatter.UNSURE; // never closed, or too long
            }
            checkPrintable(start, end);
            start = end + 1;
        }
        throw FastFrontMatter.UNSURE;
    }

    /**
     * The characters YAML accepts, less tabs and carriage returns, NEL, LS and PS (which SnakeYAML
     * reads as line breaks) and a byte-order mark (which it skips); this reader leaves all of those
     * to the parser.
     */
    private void checkPrintable(int from, int to) throws FastFrontMatter.Unsure {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
                throw FastFrontMatter.UNSURE;
            }
        }
    }

    int end(int index) {
        return index + 1 < lineCount ? lineStarts[index + 1] - 1 : text.indexOf('\n', lineStarts[index]);
    }

    /** Spaces before the first other character, or -1 for a line of spaces only. */
    int indent(int index) {
        int at = lineStarts[index];
        int end = end(index);
        int i = at;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i == end ? -1 : i - at; // -1: blank line
    }
}
