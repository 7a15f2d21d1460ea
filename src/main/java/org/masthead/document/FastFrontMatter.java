package org.masthead.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one fast reader of the plain YAML front matter most articles have, for reading whole
 * folders (parsing with SnakeYAML costs more than all the checks together): the folder index and
 * the checks both read through it. It reads UTF-8 bytes and builds the same field tree as
 * {@link Document}, but only for a strict subset: {@code ---} fences, block maps with simple
 * keys, one-line plain and quoted scalars, folded or literal block scalars with evenly indented
 * lines, lists of one-line scalars, and comments on lines of their own or after a one-line
 * scalar. Anything else (flow collections, anchors, tags, tabs, CRLF, multi-line plain scalars,
 * bytes that are not UTF-8, anything malformed) makes it return null, and the caller asks the full
 * parser, whose verdict and messages are the ones users see. {@code FastReaderAgreementTest}
 * holds the two to the same trees.
 *
 * <p>A reader that keeps only some fields names them with {@link Keys}: the others are read and
 * checked just the same, so the answer is null exactly when it would be for the whole tree, but
 * they cost no String (the long {@code answer} is never decoded).
 */
public final class FastFrontMatter extends FastScalars {
    /** What a reader needs of a document: its front matter and where its Markdown lives. */
    public record Result(MapField root, KeyPath bodyPath) {
    }

    /** Which entries of a map a reading builds; keys are handed over as bytes, so that choosing costs no String. */
    public interface Keys {
        /** Whether the scalar or list under the key {@code b[start, start + length)} is built. */
        boolean keeps(byte[] b, int start, int length);

        /** What to build of the map under that key, or null to build none of it. */
        Keys under(byte[] b, int start, int length);

        /** The key {@code b[start, start + length)} as a String; a reader that knows its keys can hand out its own. */
        default String name(byte[] b, int start, int length) {
            return new String(b, start, length, StandardCharsets.UTF_8);
        }
    }

    /** Thrown when the text leaves the subset; never escapes to a caller. */
    static final class Unsure extends Exception {
        private Unsure() {
            super(null, null, false, false);
        }
    }

    static final Unsure UNSURE = new Unsure();
    /**
     * The most levels of maps, the top-level map included, this reader reads. Front matter is
     * shallow; anything deeper goes to the parser and its own limit ({@link YamlTree#MAX_DEPTH}),
     * which is far above this one, so this reader never accepts what the parser refuses.
     */
    public static final int MAX_DEPTH = 16;
    private static final KeyPath ANSWER = KeyPath.of("answer");
    private static final MapField NO_FRONT_MATTER = new MapField(new Span(0, 0), 1, Map.of());
    private static final Keys ALL = new Keys() {
        @Override
        public boolean keeps(byte[] b, int start, int length) {
            return true;
        }

        @Override
        public Keys under(byte[] b, int start, int length) {
            return this;
        }
    };

    private int base; // where the text starts: after a byte-order mark, as in Document#text()
    private int depth;

    private FastFrontMatter(byte[] bytes, int length) {
        super(bytes, length);
    }

    /** The tree of {@code text} (see {@link #read(byte[], int)}). */
    public static Result read(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return read(bytes, bytes.length);
    }

    /** The tree and body path of the file {@code bytes[0, length)}, or null when the full parser must decide. */
    public static Result read(byte[] bytes, int length) {
        FastFrontMatter reader = new FastFrontMatter(bytes, length);
        try {
            MapField root = reader.root(ALL);
            return new Result(root, root != NO_FRONT_MATTER && reader.answerHoldsBody(root) ? ANSWER : null);
        } catch (Unsure e) {
            return null;
        }
    }

    /**
     * The entries {@code keys} keeps of the file {@code bytes[0, length)}, with their values as the
     * full tree has them, or null when the full parser must decide.
     */
    public static MapField read(byte[] bytes, int length, Keys keys) {
        try {
            return new FastFrontMatter(bytes, length).root(keys);
        } catch (Unsure e) {
            return null;
        }
    }

    private MapField root(Keys keys) throws Unsure {
        if (!Utf8Validator.isValid(b, length)) {
            throw UNSURE; // the parser says where the bytes go wrong
        }
        base = length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        if (base == length || (b[base] != '-' && b[base] != '+' && b[base] != '{')) {
            return NO_FRONT_MATTER;
        }
        if (length - base < 4 || b[base] != '-' || b[base + 1] != '-' || b[base + 2] != '-' || b[base + 3] != '\n') {
            throw UNSURE;
        }
        lines = FenceLines.of(b, base, length);
        int close = lines.close();
        if (close == 1) {
            throw UNSURE; // empty front matter: rare, let the parser say what it is
        }
        line = 1;
        MapField root = map(0, close, keys);
        if (line != close) {
            throw UNSURE;
        }
        return root;
    }

    /** Whether the Markdown is the {@code answer} field: it holds text, and only blanks follow the front matter. */
    private boolean answerHoldsBody(MapField root) {
        boolean answerIsText = root.entries().get("answer") instanceof ScalarField s
                && (s.type() == ScalarType.STRING || s.type() == ScalarType.NULL);
        if (!answerIsText) {
            return false;
        }
        int i = lines.bodyStart();
        while (i < length) {
            int c = b[i];
            if (c == '&' && i + 6 <= length && Arrays.equals(b, i, i + 6, NBSP, 0, 6)) {
                i += 6;
            } else if (c >= 0 && c < 0x80 && Character.isWhitespace(c)) {
                i++;
            } else if (c >= 0) {
                return false;
            } else {
                return Document.isBlankOrNbsp(new String(b, i, length - i, StandardCharsets.UTF_8), 0);
            }
        }
        return true;
    }

    private static final byte[] NBSP = "&nbsp;".getBytes(StandardCharsets.US_ASCII);

    private void skipBlank(int close) {
        while (line < close && lines.isBlankOrComment(line)) {
            line++;
        }
    }

    /** A block map whose keys sit at {@code indent}, built as {@code keys} says (null: not at all). */
    private MapField map(int indent, int close, Keys keys) throws Unsure {
        if (++depth > MAX_DEPTH) {
            throw UNSURE; // the parser has a nesting limit of its own; let it apply it
        }
        Map<String, Field> entries = keys == null ? null : new LinkedHashMap<>();
        int[] seen = new int[16]; // start and length of each key so far
        int count = 0;
        int spanStart = -1;
        int spanEnd = -1;
        int firstLine = -1;
        skipBlank(close);
        while (line < close) {
            int ind = lines.indent(line);
            if (ind < indent) {
                break;
            }
            if (ind > indent) {
                throw UNSURE;
            }
            int keyStart = lines.start(line) + ind;
            int colon = keyEnd(keyStart, lines.end(line));
            int keyLength = colon - keyStart;
            for (int i = 0; i < count; i += 2) {
                if (seen[i + 1] == keyLength && Arrays.equals(b, seen[i], seen[i] + keyLength, b, keyStart, colon)) {
                    throw UNSURE; // duplicate key: the parser's error
                }
            }
            if (count == seen.length) {
                seen = Arrays.copyOf(seen, count * 2);
            }
            seen[count++] = keyStart;
            seen[count++] = keyLength;
            if (spanStart < 0) {
                spanStart = keys == null ? 0 : chars(keyStart);
                firstLine = line + 1;
            }
            boolean keep = keys != null && keys.keeps(b, keyStart, keyLength);
            Keys nested = keys == null ? null : keys.under(b, keyStart, keyLength);
            Field value = value(indent, colon + 1, lines.end(line), close, keep, nested);
            if (value != null) {
                entries.put(keys.name(b, keyStart, keyLength), value);
            }
            spanEnd = Math.max(colon, valueEnd);
            skipBlank(close);
        }
        if (count == 0) {
            throw UNSURE;
        }
        depth--;
        valueEnd = spanEnd;
        return keys == null ? null : new MapField(new Span(spanStart, chars(spanEnd)), firstLine, entries);
    }

    /** The end of a simple key ({@code [A-Za-z0-9_-]+}) followed by {@code :} and a space or the line end. */
    private int keyEnd(int from, int end) throws Unsure {
        int i = from;
        while (i < end) {
            byte c = b[i];
            if (c == ':') {
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                throw UNSURE;
            }
            i++;
        }
        if (i == from || i == end || (i + 1 < end && b[i + 1] != ' ')) {
            throw UNSURE;
        }
        return i;
    }

    /** The value after {@code key:}, starting at {@code from} on the current line; null when not kept. */
    private Field value(int mapIndent, int from, int end, int close, boolean keep, Keys nested) throws Unsure {
        int start = from;
        while (start < end && b[start] == ' ') {
            start++;
        }
        int keyLine = line;
        if (start == end) {
            line++;
            skipBlank(close);
            int next = line < close ? lines.indent(line) : -1;
            if (next >= mapIndent && b[lines.start(line) + next] == '-') {
                return list(next, close, keep);
            }
            if (next > mapIndent) {
                return map(next, close, nested);
            }
            // An empty value: the parser places it right after the colon.
            valueEnd = from;
            return keep ? new ScalarField(span(from, from), keyLine + 1, ScalarType.NULL, ScalarStyle.PLAIN, "", "") : null;
        }
        byte first = b[start];
        if (first == '>' || first == '|') {
            return block(mapIndent, start, end, close, keep);
        }
        if (first == '[') {
            ListField flow = flowList(start, end, keyLine + 1, keep);
            line++;
            return flow;
        }
        ScalarField scalar = inline(start, end, keyLine + 1, keep);
        line++;
        return scalar;
    }


    /** A block list of one-line scalars whose dashes sit at {@code indent}; null when not kept. */
    private ListField list(int indent, int close, boolean keep) throws Unsure {
        List<Field> items = keep ? new ArrayList<>() : null;
        int spanStart = lines.start(line) + indent;
        int charStart = keep ? chars(spanStart) : 0;
        int firstLine = line + 1;
        int spanEnd = spanStart;
        while (line < close) {
            int ind = lines.indent(line);
            if (ind < indent) {
                break;
            }
            int at = lines.start(line) + ind;
            int end = lines.end(line);
            if (ind > indent || b[at] != '-') {
                if (ind == indent) {
                    break; // the parent map's next key
                }
                throw UNSURE;
            }
            if (at + 1 >= end || b[at + 1] != ' ') {
                throw UNSURE;
            }
            int valueStart = at + 2;
            while (valueStart < end && b[valueStart] == ' ') {
                valueStart++;
            }
            if (valueStart == end || b[valueStart] == '-' || b[valueStart] == '>') {
                throw UNSURE; // nested lists, block scalars, empty items
            }
            if (b[valueStart] != '"' && b[valueStart] != '\'') {
                for (int i = valueStart; i < end; i++) {
                    if (b[i] == ':') {
                        throw UNSURE; // could be a map item
                    }
                }
            }
            ScalarField item = inline(valueStart, end, line + 1, keep);
            if (keep) {
                items.add(item);
            }
            spanEnd = valueEnd;
            line++;
            skipBlank(close);
        }
        valueEnd = spanEnd;
        return keep ? new ListField(new Span(charStart, chars(spanEnd)), firstLine, items) : null;
    }
}
