package org.masthead.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast reader of the plain YAML front matter most articles have, for reading whole folders
 * (parsing with SnakeYAML costs more than all the checks together). It builds the same field tree
 * as {@link Document}, but only for a strict subset: {@code ---} fences,
 * block maps with simple keys, one-line plain and quoted scalars, folded or literal block scalars
 * with evenly indented lines, and lists of one-line scalars. Anything else (comments, flow
 * collections, anchors, tags, tabs, CRLF, a BOM, multi-line plain scalars, anything malformed)
 * makes it return null, and the caller asks the full parser, whose verdict and messages are the
 * ones users see. {@code FastReaderAgreementTest} holds the two to the same trees.
 *
 * <p>{@link #UNSURE}, {@link #MAX_DEPTH} and {@link #blockValue} are shared with the index's
 * byte scanner, so both fast paths give up, and fold block scalars, alike.
 */
public final class FastFrontMatter {
    /** What a reader needs of a document: its front matter and where its Markdown lives. */
    public record Result(MapField root, KeyPath bodyPath) {
    }

    /** Thrown when the text leaves a fast reader's subset; never escapes to a caller. */
    public static final class Unsure extends Exception {
        private Unsure() {
            super(null, null, false, false);
        }
    }

    public static final Unsure UNSURE = new Unsure();
    /**
     * The most levels of maps, the top-level map included, a fast path reads. Front matter is
     * shallow; anything deeper goes to the parser and its own limit
     * ({@link YamlTree#MAX_DEPTH}), which is far above this one, so a fast path never accepts
     * what the parser refuses.
     */
    public static final int MAX_DEPTH = 16;
    private static final KeyPath ANSWER = KeyPath.of("answer");

    private final String text;
    private FenceLines lines;
    private int line; // index of the current line
    private int depth;

    private FastFrontMatter(String text) {
        this.text = text;
    }

    /**
     * The tree of {@code text}, or null when the full parser must decide. {@code text} is the
     * file decoded as UTF-8; a caller whose bytes may not be UTF-8 leaves them to the parser,
     * which says where they go wrong.
     */
    public static Result read(String text) {
        try {
            return new FastFrontMatter(text).document();
        } catch (Unsure e) {
            return null;
        }
    }

    private Result document() throws Unsure {
        if (!text.startsWith("---\n")) {
            throw UNSURE;
        }
        lines = FenceLines.of(text);
        int close = lines.close();
        line = 1;
        if (close == 1) {
            throw UNSURE; // empty front matter: rare, let the parser say what it is
        }
        MapField root = map(0, close);
        if (line != close) {
            throw UNSURE;
        }
        int fenceEnd = text.indexOf('\n', lineStart(close));
        String body = fenceEnd < 0 ? "" : text.substring(fenceEnd + 1);
        Field answer = root.entries().get("answer");
        boolean answerIsText = answer instanceof ScalarField s && s.type() == ScalarType.STRING;
        boolean bodyIsBlank = body.replace("&nbsp;", "").replace("\u00A0", "").isBlank();
        return new Result(root, answerIsText && bodyIsBlank ? ANSWER : null);
    }

    private int lineStart(int index) {
        return lines.start(index);
    }

    private int lineEnd(int index) {
        return lines.end(index);
    }

    private int indent(int index) {
        return lines.indent(index);
    }

    private void skipBlank(int close) {
        while (line < close && indent(line) < 0) {
            line++;
        }
    }

    /** A block map whose keys sit at {@code indent}; stops at the first line indented less. */
    private MapField map(int indent, int close) throws Unsure {
        if (++depth > MAX_DEPTH) {
            throw UNSURE; // the parser has a nesting limit of its own; let it apply it
        }
        Map<String, Field> entries = new LinkedHashMap<>();
        int spanStart = -1;
        int spanEnd = -1;
        int firstLine = -1;
        skipBlank(close);
        while (line < close) {
            int ind = indent(line);
            if (ind < indent) {
                break;
            }
            if (ind > indent) {
                throw UNSURE;
            }
            int keyStart = lineStart(line) + ind;
            int end = lineEnd(line);
            int colon = keyEnd(keyStart, end);
            String key = text.substring(keyStart, colon);
            if (entries.containsKey(key)) {
                throw UNSURE; // duplicate key: the parser's error
            }
            if (spanStart < 0) {
                spanStart = keyStart;
                firstLine = line + 1;
            }
            Field value = value(indent, colon + 1, end, close);
            entries.put(key, value);
            spanEnd = Math.max(colon, value.span().end());
            skipBlank(close);
        }
        if (entries.isEmpty()) {
            throw UNSURE;
        }
        depth--;
        return new MapField(new Span(spanStart, spanEnd), firstLine, entries);
    }

    /** The end of a simple key ({@code [A-Za-z0-9_-]+}) followed by {@code :} and a space or the line end. */
    private int keyEnd(int from, int end) throws Unsure {
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ':') {
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                throw UNSURE;
            }
            i++;
        }
        if (i == from || i == end || (i + 1 < end && text.charAt(i + 1) != ' ')) {
            throw UNSURE;
        }
        return i;
    }

    /** The value after {@code key:}, starting at {@code from} on the current line. */
    private Field value(int mapIndent, int from, int end, int close) throws Unsure {
        int start = from;
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        int keyLine = line;
        if (start == end) {
            line++;
            skipBlank(close);
            int next = line < close ? indent(line) : -1;
            if (line < close && next >= mapIndent && text.startsWith("-", lineStart(line) + next)) {
                return list(next, close);
            }
            if (line < close && next > mapIndent) {
                return map(next, close);
            }
            // An empty value: the parser places it right after the colon.
            return new ScalarField(new Span(from, from), keyLine + 1, ScalarType.NULL, ScalarStyle.PLAIN, "", "");
        }
        char first = text.charAt(start);
        if (first == '>' || first == '|') {
            return block(mapIndent, start, end, close);
        }
        ScalarField scalar = inline(start, end, keyLine + 1);
        line++;
        return scalar;
    }

    /** A one-line plain, single- or double-quoted scalar. */
    private ScalarField inline(int start, int end, int lineNumber) throws Unsure {
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int closeQuote = closingQuote(start, end, first);
            for (int i = closeQuote + 1; i < end; i++) {
                if (text.charAt(i) != ' ') {
                    throw UNSURE;
                }
            }
            String raw = text.substring(start, closeQuote + 1);
            String inner = raw.substring(1, raw.length() - 1);
            String value = first == '\'' ? inner.replace("''", "'") : inner;
            ScalarStyle style = first == '\'' ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
            return new ScalarField(new Span(start, closeQuote + 1), lineNumber, ScalarType.STRING, style, value, raw);
        }
        if ("[]{},&*!%@`#|>".indexOf(first) >= 0
                || ("-?:".indexOf(first) >= 0 && (start + 1 == end || text.charAt(start + 1) == ' '))) {
            throw UNSURE;
        }
        int stop = end;
        while (text.charAt(stop - 1) == ' ') {
            stop--;
        }
        String value = text.substring(start, stop);
        if (value.contains(": ") || value.endsWith(":") || value.contains(" #")) {
            throw UNSURE;
        }
        ScalarType type = YamlScalars.plainType(value);
        return new ScalarField(new Span(start, stop), lineNumber, type, ScalarStyle.PLAIN, value, value);
    }

    private int closingQuote(int start, int end, char quote) throws Unsure {
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                throw UNSURE; // escapes: the parser's job
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i;
            }
        }
        throw UNSURE; // a quoted scalar over several lines
    }

    /** {@code >}, {@code >-}, {@code |}, {@code |-} with evenly indented lines and no blank line inside. */
    private ScalarField block(int mapIndent, int start, int end, int close) throws Unsure {
        boolean folded = text.charAt(start) == '>';
        String header = text.substring(start, end).stripTrailing();
        boolean strip = header.length() == 2 && header.charAt(1) == '-';
        if (header.length() > 2 || (header.length() == 2 && !strip)) {
            throw UNSURE; // keep chomping, indentation indicators, comments
        }
        int keyLine = line;
        line++;
        int contentIndent = line < close ? indent(line) : -1;
        if (contentIndent <= mapIndent) {
            throw UNSURE; // empty block scalar
        }
        List<String> content = new ArrayList<>(1);
        int lastEnd = end;
        while (line < close) {
            int ind = indent(line);
            if (ind < 0) {
                if (lineEnd(line) > lineStart(line)) {
                    throw UNSURE; // spaces alone on a line may be content here
                }
                int after = line;
                while (after < close && indent(after) < 0) {
                    if (lineEnd(after) > lineStart(after)) {
                        throw UNSURE; // spaces alone on a line may be content here
                    }
                    after++;
                }
                if (after < close && indent(after) >= contentIndent) {
                    throw UNSURE; // a blank line inside the scalar
                }
                break;
            }
            if (ind < contentIndent) {
                break;
            }
            if (ind > contentIndent) {
                throw UNSURE;
            }
            content.add(text.substring(lineStart(line) + ind, lineEnd(line)));
            lastEnd = lineEnd(line);
            line++;
        }
        if (text.charAt(lastEnd - 1) == ' ') {
            throw UNSURE; // where the parser ends the span of trailing spaces is its own business
        }
        ScalarStyle style = folded ? (strip ? ScalarStyle.FOLDED_STRIP : ScalarStyle.FOLDED)
                : (strip ? ScalarStyle.LITERAL_STRIP : ScalarStyle.LITERAL);
        return new ScalarField(new Span(start, lastEnd), keyLine + 1, ScalarType.STRING, style,
                blockValue(content, folded, strip ? '-' : 'c'), text.substring(start, lastEnd));
    }

    /** A block list of one-line scalars whose dashes sit at {@code indent}. */
    private ListField list(int indent, int close) throws Unsure {
        List<Field> items = new ArrayList<>();
        int spanStart = lineStart(line) + indent;
        int firstLine = line + 1;
        int spanEnd = spanStart;
        while (line < close) {
            int ind = indent(line);
            if (ind < indent) {
                break;
            }
            int at = lineStart(line) + ind;
            int end = lineEnd(line);
            if (ind > indent || text.charAt(at) != '-') {
                if (ind == indent) {
                    break; // the parent map's next key
                }
                throw UNSURE;
            }
            if (at + 1 >= end || text.charAt(at + 1) != ' ') {
                throw UNSURE;
            }
            int valueStart = at + 2;
            while (valueStart < end && text.charAt(valueStart) == ' ') {
                valueStart++;
            }
            if (valueStart == end || text.charAt(valueStart) == '-' || text.charAt(valueStart) == '>') {
                throw UNSURE; // nested lists, block scalars, empty items
            }
            ScalarField item = inline(valueStart, end, line + 1);
            if (item.style() == ScalarStyle.PLAIN && item.value().indexOf(':') >= 0) {
                throw UNSURE; // could be a map item
            }
            items.add(item);
            spanEnd = item.span().end();
            line++;
            skipBlank(close);
        }
        return new ListField(new Span(spanStart, spanEnd), firstLine, items);
    }

    /**
     * A block scalar's value from its lines (indentation removed, blank lines as ""): folded
     * ({@code >}) joins text lines with a space and keeps blank lines as breaks; literal ({@code |})
     * keeps every break. Trailing blank lines are dropped; one final break stays unless
     * {@code chomp} is {@code '-'}. Keep ({@code '+'}) chomping is left to the parser.
     */
    public static String blockValue(List<String> lines, boolean folded, char chomp) {
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
}
