package org.masthead.content;

import static org.masthead.document.FastFrontMatter.UNSURE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.document.FastFrontMatter.Unsure;
import org.masthead.document.FastFrontMatter;

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
final class FrontMatterScanner extends FrontMatterLines {
    private int depth;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final EntryDetail detail;

    private FrontMatterScanner(byte[] bytes, int length, EntryDetail detail) {
        super(bytes, length);
        this.detail = detail;
    }

    /**
     * The wanted values of {@code bytes[0, length)} by dotted path, in source order, or null when
     * the full parser must decide.
     */
    static Map<String, String> scan(byte[] bytes, int length) {
        return scan(bytes, length, EntryDetail.FULL);
    }

    static Map<String, String> scan(byte[] bytes, int length, EntryDetail detail) {
        if (!Utf8Validator.isValid(bytes, length)) {
            return null;
        }
        FrontMatterScanner s = new FrontMatterScanner(bytes, length, detail);
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
        mapping(0, KeyScope.top(detail));
        if (pos >= end || !lineIs(pos, "---")) {
            throw UNSURE; // unclosed, or a line the mapping could not place
        }
        if (!FrontMatterChars.ordinary(b, start, pos)) {
            throw UNSURE;
        }
        return values;
    }

    /** Reads the block map whose keys start at column {@code indent}; stops before a less-indented line. */
    private void mapping(int indent, KeyScope scope) throws Unsure {
        int[] keys = new int[32]; // start and length of each key so far, to find duplicates without Strings
        int keyCount = 0;
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
            int len = keyEnd - k;
            for (int i = 0; i < keyCount; i += 2) {
                if (keys[i + 1] == len && Arrays.equals(b, keys[i], keys[i] + len, b, k, keyEnd)) {
                    throw UNSURE; // duplicate key: the full parser reports it with its position
                }
            }
            if (keyCount == keys.length) {
                keys = Arrays.copyOf(keys, keyCount * 2);
            }
            keys[keyCount++] = k;
            keys[keyCount++] = len;
            int v = keyEnd + 1;
            while (v < end && b[v] == ' ') {
                v++;
            }
            entryValue(indent, scope, k, len, v);
        }
    }

    private void entryValue(int indent, KeyScope scope, int key, int keyLength, int v) throws Unsure {
        byte c = v < end ? b[v] : (byte) '\n';
        String path = scope.wantedPath(b, key, keyLength);
        boolean wanted = path != null;
        if (c == '\n' || c == '#') {
            checkComment(v);
            pos = nextLine(v);
            int ind = nextContentLine();
            if (ind != NONE && ind > indent && !(ind == 0 && isClosing(pos))) {
                if (++depth >= FastFrontMatter.MAX_DEPTH) { // the top-level map is the first level
                    throw UNSURE;
                }
                mapping(ind, scope.child(b, key, keyLength));
                depth--;
            } else if (ind == indent && isSequenceItem(pos + ind)) {
                throw UNSURE; // a sequence at the key's own indent
            } else if (wanted) {
                throw UNSURE; // a null: how it reads back is the full parser's business
            }
            return;
        }
        if (c == '[' || c == '{') {
            afterQuoted(indent, skipSimpleFlow(v)); // a list or map: never a kept scalar, so only checked
        } else if (c == '|' || c == '>') {
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
            values.put(path, FastFrontMatter.blockValue(lines, folded, chomp));
        }
    }
}
