package org.masthead.document;

/**
 * What SnakeYAML (a YAML 1.1 reader) accepts but YAML 1.2 does not, or reads differently, checked
 * on the source text; and where a block scalar's text really ends.
 */
final class YamlChecks {
    private YamlChecks() {
    }

    /**
     * A quoted scalar's closing quote must be followed by a space or an indicator, never directly
     * by a comment; a continuation line must be indented past its owner with spaces, so a tab there
     * is refused rather than read as indentation.
     */
    static void checkQuoted(String source, String text, int start, int end) throws DocumentException {
        checkAfterFlow(source, text, end);
        int owner = YamlEdits.indentOf(text, start);
        int at = text.indexOf('\n', start);
        while (at >= 0 && at < end) {
            int lineStart = at + 1;
            int spaces = 0;
            while (lineStart + spaces < end && text.charAt(lineStart + spaces) == ' ') {
                spaces++;
            }
            if (lineStart + spaces < end && text.charAt(lineStart + spaces) == '\t' && spaces <= owner) {
                throw Lines.error(source, text, lineStart + spaces,
                        "a tab indents a line of a quoted value; YAML counts only spaces as indentation.",
                        "Indent the line with spaces.");
            }
            at = text.indexOf('\n', lineStart);
        }
    }

    /** After a closing quote or bracket, a '#' with no space before it is not a comment in YAML 1.2. */
    static void checkAfterFlow(String source, String text, int end) throws DocumentException {
        if (end > 0 && end < text.length() && text.charAt(end) == '#') {
            throw Lines.error(source, text, end, "a comment must be separated from the value before it by a space.",
                    "Put a space before the '#'.");
        }
    }

    /**
     * A block scalar's end mark lies after its trailing line breaks; its text ends with its last
     * line that is content: one with more than spaces, or with more spaces than the scalar's
     * indentation (those spaces are part of the value, so a key inserted after the scalar must not
     * cut them off).
     */
    static int blockEnd(String text, int start, int end, String value) {
        int headerEnd = Lines.lineEnd(text, start);
        int indent = contentIndent(text, headerEnd, end, value);
        int last = headerEnd;
        for (int at = Lines.nextLineStart(text, headerEnd); at < end; at = Lines.nextLineStart(text, at)) {
            int lineEnd = Math.min(Lines.lineEnd(text, at), end);
            int spaces = 0;
            while (at + spaces < lineEnd && text.charAt(at + spaces) == ' ') {
                spaces++;
            }
            if (at + spaces < lineEnd || spaces > indent && at < lineEnd) {
                last = lineEnd;
            }
            if (lineEnd >= end) {
                break;
            }
        }
        return last;
    }

    /**
     * The scalar's indentation, from its first line with more than spaces: that line's spaces less
     * the spaces its value line starts with (each line before it is one line break of the value).
     * When every line holds only spaces, its longest line holds the indentation and the value's
     * longest line.
     */
    private static int contentIndent(String text, int headerEnd, int end, String value) {
        int index = 0;
        int longest = 0;
        for (int at = Lines.nextLineStart(text, headerEnd); at < end; at = Lines.nextLineStart(text, at), index++) {
            int lineEnd = Math.min(Lines.lineEnd(text, at), end);
            int spaces = 0;
            while (at + spaces < lineEnd && text.charAt(at + spaces) == ' ') {
                spaces++;
            }
            if (at + spaces < lineEnd) {
                int v = 0;
                for (int skipped = 0; v < value.length() && skipped < index; v++) {
                    if (value.charAt(v) == '\n') {
                        skipped++;
                    }
                }
                int valueSpaces = 0;
                while (v + valueSpaces < value.length() && value.charAt(v + valueSpaces) == ' ') {
                    valueSpaces++;
                }
                return spaces - valueSpaces;
            }
            longest = Math.max(longest, spaces);
            if (lineEnd >= end) {
                break;
            }
        }
        int longestInValue = 0;
        for (String line : value.split("\n")) {
            longestInValue = Math.max(longestInValue, line.length());
        }
        return longestInValue == 0 ? Integer.MAX_VALUE : longest - longestInValue;
    }
}
