package org.masthead.content.batch;

import org.masthead.document.ScalarField;

/**
 * Where an offset in a field's value sits in the file's text, for the ways real files write a
 * value on one line: plain, quoted without escapes, or a block scalar ({@code >-}) whose text is
 * one line. Other values (folded over several lines, with escapes) are placed at the start of
 * the value: the line is right, the column is the value's.
 */
final class ValuePositions {
    private ValuePositions() {
    }

    /** The offset in the document's text of {@code valueOffset} in {@code field}'s value. */
    static int fileOffset(ScalarField field, int valueOffset) {
        String raw = field.raw();
        String value = field.value();
        int start = field.span().start();
        if (raw.equals(value)) {
            return start + valueOffset;
        }
        if (raw.length() >= 2 && (raw.charAt(0) == '\'' || raw.charAt(0) == '"')
                && raw.substring(1, raw.length() - 1).equals(value)) {
            return start + 1 + valueOffset;
        }
        if (!raw.isEmpty() && (raw.charAt(0) == '>' || raw.charAt(0) == '|')) {
            int lf = raw.indexOf('\n');
            if (lf >= 0) {
                String content = raw.substring(lf + 1);
                int indent = 0;
                while (indent < content.length() && content.charAt(indent) == ' ') {
                    indent++;
                }
                if (content.strip().equals(value)) {
                    return start + lf + 1 + indent + valueOffset;
                }
            }
        }
        return start;
    }

    /** The offset in the encoded body field of {@code markdownOffset} in its decoded Markdown: each line break was two characters. */
    static int encodedOffset(String markdown, int markdownOffset) {
        int breaks = 0;
        for (int i = 0; i < markdownOffset; i++) {
            if (markdown.charAt(i) == '\n') {
                breaks++;
            }
        }
        return markdownOffset + breaks;
    }
}
