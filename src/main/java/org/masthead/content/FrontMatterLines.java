package org.masthead.content;

import static org.masthead.document.FastFrontMatter.UNSURE;

import org.masthead.document.FastFrontMatter.Unsure;

/**
 * The line-level half of {@link FrontMatterScanner}: a cursor over the bytes, line ends,
 * indentation, comments and keys. Whatever it is not sure of throws {@link Unsure}, which sends
 * the file to the full parser.
 */
abstract class FrontMatterLines {
    static final int NONE = Integer.MIN_VALUE;

    final byte[] b;
    final int end;
    int pos;

    FrontMatterLines(byte[] bytes, int length) {
        this.b = bytes;
        this.end = length;
    }

    boolean isSequenceItem(int at) {
        return b[at] == '-' && (at + 1 >= end || b[at + 1] == ' ' || b[at + 1] == '\n');
    }

    void checkComment(int i) throws Unsure {
        for (int j = i; j < end && b[j] != '\n'; j++) {
            if (b[j] == '\r') {
                throw UNSURE;
            }
        }
    }

    /** Where the key starting at {@code k} ends: at a {@code ':'} followed by a space or line end. */
    int keyEnd(int k) throws Unsure {
        int i = k;
        while (i < end) {
            byte c = b[i];
            boolean keyChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c == '-' && i > k);
            if (!keyChar) {
                break;
            }
            i++;
        }
        if (i == k || i >= end || b[i] != ':' || (i + 1 < end && b[i + 1] != ' ' && b[i + 1] != '\n')) {
            throw UNSURE;
        }
        return i;
    }

    /**
     * Skips blank and comment lines; returns the indent of the next line with content (pos at its
     * start), or NONE at the end of input. Tabs and carriage returns in indentation are left to
     * the full parser.
     */
    int nextContentLine() throws Unsure {
        return nextLineIndent(false);
    }

    int nextLineIndent(boolean commentsCount) throws Unsure {
        while (pos < end) {
            int sp = spaces(pos);
            int i = pos + sp;
            if (i >= end) {
                return NONE;
            }
            byte c = b[i];
            if (c == '\t' || c == '\r') {
                throw UNSURE;
            }
            if (c == '\n') {
                pos = i + 1;
            } else if (c == '#' && !commentsCount) {
                checkComment(i);
                pos = nextLine(i);
            } else {
                return sp;
            }
        }
        return NONE;
    }

    boolean isClosing(int lineStart) throws Unsure {
        if (b[lineStart] == '-' && lineStart + 2 < end && b[lineStart + 1] == '-' && b[lineStart + 2] == '-') {
            if (lineIs(lineStart, "---")) {
                return true;
            }
            throw UNSURE; // "---" followed by text, or a document marker we do not model
        }
        if (b[lineStart] == '.' && lineStart + 2 < end && b[lineStart + 1] == '.' && b[lineStart + 2] == '.') {
            throw UNSURE;
        }
        return false;
    }

    boolean lineIs(int at, String text) {
        int n = text.length();
        if (at + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return at + n == end || b[at + n] == '\n';
    }

    int spaces(int at) {
        int i = at;
        while (i < end && b[i] == ' ') {
            i++;
        }
        return i - at;
    }

    int lineEnd(int at) {
        return Bytes.indexOf(b, at, end, (byte) '\n');
    }

    int nextLine(int at) {
        int e = lineEnd(at);
        return e < end ? e + 1 : end;
    }

    /**
     * Skips a one-line flow value of the simplest kind, {@code [a, "b c", 'd']} or {@code {}},
     * as Hugo's {@code keywords: [x]} are; returns the index just after it. Items are plain words
     * or quoted strings without escapes; anything richer is left to the full parser.
     */
    int skipSimpleFlow(int v) throws Unsure {
        if (b[v] == '{') {
            if (v + 1 < end && b[v + 1] == '}') {
                return v + 2;
            }
            throw UNSURE;
        }
        int i = spacesFrom(v + 1);
        if (i < end && b[i] == ']') {
            return i + 1;
        }
        while (true) {
            i = spacesFrom(skipFlowItem(i));
            if (i >= end || (b[i] != ']' && b[i] != ',')) {
                throw UNSURE;
            }
            if (b[i] == ']') {
                return i + 1;
            }
            i = spacesFrom(i + 1);
        }
    }

    private int skipFlowItem(int i) throws Unsure {
        if (i >= end) {
            throw UNSURE;
        }
        byte c = b[i];
        if (c == '"' || c == '\'') {
            for (int j = i + 1; j < end && b[j] != '\n' && b[j] != '\\'; j++) {
                if (b[j] == c) {
                    if (c == '\'' && j + 1 < end && b[j + 1] == '\'') {
                        j++;
                        continue;
                    }
                    return j + 1;
                }
            }
            throw UNSURE;
        }
        if (!isWordByte(c) || c == '-') {
            throw UNSURE;
        }
        int j = i;
        while (j < end && (isWordByte(b[j]) || b[j] == ' ')) {
            j++;
        }
        return j;
    }

    private static boolean isWordByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '/' || c == '-';
    }

    private int spacesFrom(int i) {
        while (i < end && b[i] == ' ') {
            i++;
        }
        return i;
    }
}
