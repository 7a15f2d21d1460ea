package org.masthead.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for the plain YAML front matter most articles have: block maps of plain, single-
 * line quoted and block scalars. It reads bytes, decodes only the values the index keeps and skips
 * the rest (above all the long {@code answer} line) with a byte search.
 *
 * <p>It is a validator as much as a reader: it answers only when the whole front matter stays
 * inside the subset it fully understands and is well-formed there. Anything else, including any
 * error (duplicate keys, bad UTF-8, a stray {@code ": "}), makes {@link #scan} return null so the
 * caller asks the full parser, whose verdict and message are then the ones users see.
 */
final class FrontMatterScanner {
    private static final int NONE = Integer.MIN_VALUE;
    /** Deeper maps are left to the full parser, which refuses them; recursing further could overflow the stack. */
    private static final int MAX_DEPTH = 64;

    /** Thrown inside the scan when the input leaves the understood subset; never escapes. */
    private static final class Unsure extends Exception {
        Unsure() {
            super(null, null, false, false);
        }
    }

    private static final Unsure UNSURE = new Unsure();

    private final byte[] b;
    private final int end;
    private int pos;
    private int depth;
    private final Map<String, String> values = new LinkedHashMap<>();

    private FrontMatterScanner(byte[] bytes, int length) {
        this.b = bytes;
        this.end = length;
    }

    /**
     * The wanted values of {@code bytes[0, length)} by dotted path, in source order, or null when
     * the full parser must decide.
     */
    static Map<String, String> scan(byte[] bytes, int length) {
        if (!Utf8.isValid(bytes, length)) {
            return null;
        }
        FrontMatterScanner s = new FrontMatterScanner(bytes, length);
        try {
            return s.document();
        } catch (Unsure e) {
            return null;
        }
    }

    private Map<String, String> document() throws Unsure {
        if (end >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            pos = 3;
        }
        if (pos >= end) {
            return values;
        }
        byte first = b[pos];
        if (first != '-' && first != '+' && first != '{' && first != ' ' && first != '\n' && first != '\r') {
            return values; // no front matter: nothing to keep, nothing to validate
        }
        if (!lineIs(pos, "---")) {
            throw UNSURE; // TOML, JSON, CRLF or something odd: the full parser knows
        }
        int start = pos;
        pos = nextLine(pos);
        mapping(0, "");
        if (pos >= end || !lineIs(pos, "---")) {
            throw UNSURE; // unclosed, or a line the mapping could not place
        }
        if (!FrontMatterChars.ordinary(b, start, pos)) {
            throw UNSURE;
        }
        return values;
    }

    /** Reads the block map whose keys start at column {@code indent}; stops before a less-indented line. */
    private void mapping(int indent, String prefix) throws Unsure {
        List<String> keys = new ArrayList<>();
        while (true) {
            int ind = nextContentLine();
            if (ind == NONE || ind < indent || (ind == 0 && isClosing(pos))) {
                return;
            }
            if (ind > indent) {
                throw UNSURE;
            }
            int k = pos + ind;
            int keyEnd = keyEnd(k);
            String key = new String(b, k, keyEnd - k, StandardCharsets.US_ASCII);
            if (keys.contains(key)) {
                throw UNSURE; // duplicate key: the full parser reports it with its position
            }
            keys.add(key);
            String path = prefix + key;
            int v = keyEnd + 1;
            while (v < end && b[v] == ' ') {
                v++;
            }
            entryValue(indent, path, v);
        }
    }

    private void entryValue(int indent, String path, int v) throws Unsure {
        byte c = v < end ? b[v] : (byte) '\n';
        boolean wanted = EntryFields.wanted(path);
        if (c == '\n' || c == '#') {
            checkComment(v);
            pos = nextLine(v);
            int ind = nextContentLine();
            if (ind != NONE && ind > indent && !(ind == 0 && isClosing(pos))) {
                if (++depth > MAX_DEPTH) {
                    throw UNSURE;
                }
                mapping(ind, path + ".");
                depth--;
            } else if (ind == indent && isSequenceItem(pos + ind)) {
                throw UNSURE; // a sequence at the key's own indent
            } else if (wanted) {
                throw UNSURE; // a null: how it reads back is the full parser's business
            }
            return;
        }
        if (c == '|' || c == '>') {
            blockScalar(indent, path, v, wanted);
        } else if (c == '\'') {
            singleQuoted(indent, path, v, wanted);
        } else if (c == '"') {
            doubleQuoted(indent, path, v, wanted);
        } else {
            plain(indent, path, v, wanted);
        }
    }

    private void plain(int indent, String path, int v, boolean wanted) throws Unsure {
        byte c = b[v];
        if ("[]{}&*!%@`,?".indexOf(c) >= 0 || ((c == '-' || c == ':') && (v + 1 >= end || b[v + 1] == ' ' || b[v + 1] == '\n'))) {
            throw UNSURE;
        }
        int i = v;
        int valueEnd = v;
        while (i < end && b[i] != '\n') {
            byte x = b[i];
            if (x == '\t' || x == '\r') {
                throw UNSURE;
            }
            if (x == ':' && (i + 1 >= end || b[i + 1] == ' ' || b[i + 1] == '\n')) {
                throw UNSURE;
            }
            if (x == '#' && b[i - 1] == ' ') {
                break;
            }
            if (x != ' ') {
                valueEnd = i + 1;
            }
            i++;
        }
        if (wanted) {
            String value = new String(b, v, valueEnd - v, StandardCharsets.UTF_8);
            if (value.equals("~") || value.equalsIgnoreCase("null")) {
                throw UNSURE;
            }
            values.put(path, value);
        }
        pos = nextLine(i);
        int ind = nextLineIndent(true);
        if (ind != NONE && ind > indent) {
            throw UNSURE; // a continuation line, or a comment where one could be read as text
        }
    }

    private void singleQuoted(int indent, String path, int v, boolean wanted) throws Unsure {
        StringBuilder out = wanted ? new StringBuilder() : null;
        int i = v + 1;
        int from = i;
        while (true) {
            if (i >= end || b[i] == '\n' || b[i] == '\r') {
                throw UNSURE; // spans lines
            }
            if (b[i] == '\'') {
                if (i + 1 < end && b[i + 1] == '\'') {
                    if (out != null) {
                        out.append(new String(b, from, i + 1 - from, StandardCharsets.UTF_8));
                    }
                    i += 2;
                    from = i;
                    continue;
                }
                break;
            }
            i++;
        }
        if (out != null) {
            out.append(new String(b, from, i - from, StandardCharsets.UTF_8));
            values.put(path, out.toString());
        }
        afterQuoted(indent, i + 1);
    }

    private void doubleQuoted(int indent, String path, int v, boolean wanted) throws Unsure {
        int i = v + 1;
        while (i < end && b[i] != '"') {
            if (b[i] == '\\' || b[i] == '\n' || b[i] == '\r') {
                throw UNSURE; // escapes and line folding are left to the full parser
            }
            i++;
        }
        if (i >= end) {
            throw UNSURE;
        }
        if (wanted) {
            values.put(path, new String(b, v + 1, i - v - 1, StandardCharsets.UTF_8));
        }
        afterQuoted(indent, i + 1);
    }

    private void afterQuoted(int indent, int i) throws Unsure {
        while (i < end && b[i] == ' ') {
            i++;
        }
        if (i < end && b[i] != '\n') {
            if (b[i] != '#' || b[i - 1] != ' ') {
                throw UNSURE;
            }
            checkComment(i);
        }
        pos = nextLine(i);
        int ind = nextLineIndent(false);
        if (ind != NONE && ind > indent) {
            throw UNSURE;
        }
    }

    private void blockScalar(int indent, String path, int v, boolean wanted) throws Unsure {
        boolean folded = b[v] == '>';
        int i = v + 1;
        char chomp = 'c';
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            chomp = (char) b[i++];
        }
        if (i < end && b[i] != ' ' && b[i] != '\n') {
            throw UNSURE; // an indentation indicator or stray text
        }
        while (i < end && b[i] == ' ') {
            i++;
        }
        if (i < end && b[i] != '\n') {
            if (b[i] != '#') {
                throw UNSURE;
            }
            checkComment(i);
        }
        pos = nextLine(i);
        int blockIndent = -1;
        int leadingSpaces = 0;
        List<String> lines = wanted ? new ArrayList<>() : null;
        boolean unusual = false;
        while (pos < end) {
            int sp = spaces(pos);
            int lineEnd = lineEnd(pos);
            boolean blank = pos + sp == lineEnd;
            if (blockIndent < 0) {
                if (blank) {
                    leadingSpaces = Math.max(leadingSpaces, sp);
                    if (lines != null) {
                        lines.add("");
                    }
                    pos = nextLine(lineEnd);
                    continue;
                }
                if (sp <= indent) {
                    break;
                }
                if (b[pos + sp] == '\t' || leadingSpaces > sp) {
                    throw UNSURE;
                }
                blockIndent = sp;
            } else if (!blank && sp < blockIndent) {
                break;
            }
            if (lines != null) {
                unusual |= sp > blockIndent || (!blank && b[pos + sp] == '\t');
                lines.add(blank ? "" : new String(b, pos + blockIndent, lineEnd - pos - blockIndent, StandardCharsets.UTF_8));
            }
            pos = nextLine(lineEnd);
        }
        if (lines != null) {
            if (unusual || chomp == '+' || lines.stream().anyMatch(s -> s.indexOf('\r') >= 0)) {
                throw UNSURE; // more-indented lines and kept trailing breaks fold in subtle ways
            }
            values.put(path, blockValue(lines, folded, chomp));
        }
    }

    private static String blockValue(List<String> lines, boolean folded, char chomp) {
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isEmpty()) {
            last--;
        }
        if (!folded) {
            return String.join("\n", lines.subList(0, last)) + (chomp != '-' && last > 0 ? "\n" : "");
        }
        StringBuilder out = new StringBuilder();
        boolean previousText = false;
        for (int i = 0; i < last; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                out.append('\n');
                previousText = false;
                continue;
            }
            if (previousText) {
                out.append(' '); // a break between two text lines folds to a space
            }
            out.append(line);
            previousText = true;
        }
        if (chomp != '-' && last > 0) {
            out.append('\n');
        }
        return out.toString();
    }

    private boolean isSequenceItem(int at) {
        return b[at] == '-' && (at + 1 >= end || b[at + 1] == ' ' || b[at + 1] == '\n');
    }

    private void checkComment(int i) throws Unsure {
        for (int j = i; j < end && b[j] != '\n'; j++) {
            if (b[j] == '\r') {
                throw UNSURE;
            }
        }
    }

    /** Where the key starting at {@code k} ends: at a {@code ':'} followed by a space or line end. */
    private int keyEnd(int k) throws Unsure {
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
    private int nextContentLine() throws Unsure {
        return nextLineIndent(false);
    }

    private int nextLineIndent(boolean commentsCount) throws Unsure {
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

    private boolean isClosing(int lineStart) throws Unsure {
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

    private boolean lineIs(int at, String text) {
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

    private int spaces(int at) {
        int i = at;
        while (i < end && b[i] == ' ') {
            i++;
        }
        return i - at;
    }

    private int lineEnd(int at) {
        int i = at;
        while (i < end && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private int nextLine(int at) {
        int e = lineEnd(at);
        return e < end ? e + 1 : end;
    }
}
