package org.masthead.document;

/** Offsets to 1-based lines and columns, and small line helpers over a document's text. */
final class Lines {
    private Lines() {
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column in code points, as a user counts characters. */
    static int column(String text, int offset) {
        int start = lineStart(text, offset);
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset just past the line break that ends the line holding {@code offset}, or the text length. */
    static int nextLineStart(String text, int offset) {
        int lf = text.indexOf('\n', offset);
        return lf < 0 ? text.length() : lf + 1;
    }

    /** The offset of the line break (or text end) that ends the line holding {@code offset}. */
    static int lineEnd(String text, int offset) {
        int lf = text.indexOf('\n', offset);
        if (lf < 0) {
            return text.length();
        }
        return lf > 0 && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
    }

    /** The line break this text uses: CRLF if its first line ends so, else LF. */
    static String lineBreak(String text) {
        int lf = text.indexOf('\n');
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }

    static boolean onlySpacesBefore(String text, int offset) {
        for (int i = lineStart(text, offset); i < offset; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    static String spaces(int n) {
        return " ".repeat(Math.max(0, n));
    }

    static DocumentException error(String source, String text, int offset, String problem, String hint) {
        return new DocumentException(source, line(text, offset), column(text, offset), problem, hint);
    }
}
