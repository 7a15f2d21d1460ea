package org.masthead.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The values {@link FastFrontMatter} reads on one line or as a block: plain, quoted and block
 * scalars and one-line flow lists, over the UTF-8 bytes and their {@link FenceLines}. Whatever
 * leaves the subset throws {@link FastFrontMatter.Unsure}; {@link #valueEnd} is where the last
 * value read ends, for the span of the map or list that holds it.
 */
abstract class FastScalars {
    final byte[] b;
    final int length;
    FenceLines lines;
    int line; // index of the current line
    int valueEnd; // the byte just after the last value read

    FastScalars(byte[] bytes, int length) {
        this.b = bytes;
        this.length = length;
    }

    /** A one-line plain, single- or double-quoted scalar, perhaps followed by a comment. */
    ScalarField inline(int start, int end, int lineNumber, boolean keep) throws FastFrontMatter.Unsure {
        byte first = b[start];
        if (first == '"' || first == '\'') {
            int after = closingQuote(start, end, first) + 1;
            int rest = after;
            while (rest < end && b[rest] == ' ') {
                rest++;
            }
            if (rest < end && (b[rest] != '#' || rest == after)) {
                throw FastFrontMatter.UNSURE;
            }
            valueEnd = after;
            if (!keep) {
                return null;
            }
            String raw = string(start, after);
            String inner = raw.substring(1, raw.length() - 1);
            boolean single = first == '\'';
            return new ScalarField(span(start, after), lineNumber, ScalarType.STRING,
                    single ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED, single ? inner.replace("''", "'") : inner, raw);
        }
        if (isIndicator(first) || ((first == '-' || first == '?' || first == ':') && (start + 1 == end || b[start + 1] == ' '))) {
            throw FastFrontMatter.UNSURE;
        }
        int cut = end; // where a comment starts, or the line ends
        for (int i = FenceLines.colonOrHash(b, start, end); i < end; i = FenceLines.colonOrHash(b, i + 1, end)) {
            if (b[i] == ':') {
                if (i + 1 == end || b[i + 1] == ' ') {
                    throw FastFrontMatter.UNSURE; // a map in a plain scalar's place, or an error
                }
            } else if (b[i - 1] == ' ') {
                cut = i;
                break;
            }
        }
        int stop = cut;
        while (b[stop - 1] == ' ') {
            stop--;
        }
        valueEnd = stop;
        if (!keep) {
            return null;
        }
        String value = string(start, stop);
        return new ScalarField(span(start, stop), lineNumber, plainType(value), ScalarStyle.PLAIN, value, value);
    }

    /**
     * {@link YamlScalars#plainType} with its commonest answers found without the resolver's
     * patterns (which also keeps SnakeYAML unloaded in a short {@code list}): the resolver tries
     * patterns only for values starting with one of {@code yYnNtTfFoO-+0123456789.<~!&*}; no
     * boolean or null word is longer than five letters; a run of digits not starting with 0 is an
     * integer; {@code yyyy-mm-dd} is a date.
     */
    static ScalarType plainType(String value) {
        char c = value.charAt(0);
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        if ((letter || c == '/' || c == '_') && ("yYnNtTfFoO".indexOf(c) < 0 || value.length() > 5)) {
            return ScalarType.STRING;
        }
        if (c >= '0' && c <= '9') {
            int digits = 1;
            while (digits < value.length() && isDigit(value.charAt(digits))) {
                digits++;
            }
            if (digits == value.length() && c != '0') {
                return ScalarType.NUMBER;
            }
            if (digits == 4 && value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                    && isDigit(value.charAt(5)) && isDigit(value.charAt(6)) && isDigit(value.charAt(8)) && isDigit(value.charAt(9))) {
                return ScalarType.DATE;
            }
        }
        return YamlScalars.plainType(value);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A one-line flow list of the simplest kind, as Hugo's {@code keywords: [a, b]} are: items are
     * words ({@code [A-Za-z0-9_./-]}, spaces inside) or quoted strings without escapes.
     */
    ListField flowList(int start, int end, int lineNumber, boolean keep) throws FastFrontMatter.Unsure {
        List<Field> items = keep ? new ArrayList<>() : null;
        int charStart = keep ? chars(start) : 0;
        int i = spaces(start + 1, end);
        if (i >= end) {
            throw FastFrontMatter.UNSURE;
        }
        while (b[i] != ']') {
            byte c = b[i];
            int itemEnd;
            if (c == '"' || c == '\'') {
                itemEnd = closingQuote(i, end, c) + 1;
                if (keep) {
                    String raw = string(i, itemEnd);
                    String inner = raw.substring(1, raw.length() - 1);
                    boolean single = c == '\'';
                    items.add(new ScalarField(span(i, itemEnd), lineNumber, ScalarType.STRING,
                            single ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED, single ? inner.replace("''", "'") : inner, raw));
                }
            } else {
                if (!isWord(c) || c == '-') {
                    throw FastFrontMatter.UNSURE;
                }
                int j = i;
                while (j < end && (isWord(b[j]) || b[j] == ' ')) {
                    j++;
                }
                itemEnd = j;
                while (b[itemEnd - 1] == ' ') {
                    itemEnd--;
                }
                if (keep) {
                    String value = string(i, itemEnd);
                    items.add(new ScalarField(span(i, itemEnd), lineNumber, plainType(value), ScalarStyle.PLAIN, value, value));
                }
            }
            i = spaces(itemEnd, end);
            if (i >= end || (b[i] != ',' && b[i] != ']')) {
                throw FastFrontMatter.UNSURE;
            }
            if (b[i] == ',') {
                i = spaces(i + 1, end);
                if (i >= end || b[i] == ']') {
                    throw FastFrontMatter.UNSURE; // a trailing comma, or a list over several lines
                }
            }
        }
        int after = i + 1;
        int rest = spaces(after, end);
        if (rest < end && (b[rest] != '#' || rest == after)) {
            throw FastFrontMatter.UNSURE;
        }
        valueEnd = after;
        return keep ? new ListField(new Span(charStart, chars(after)), lineNumber, items) : null;
    }

    int spaces(int from, int end) {
        int i = from;
        while (i < end && b[i] == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isWord(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '/' || c == '-';
    }

    private static boolean isIndicator(byte c) {
        switch (c) {
            case '[': case ']': case '{': case '}': case ',': case '&': case '*': case '!': case '%': case '@': case '`':
            case '#': case '|': case '>':
                return true;
            default:
                return false;
        }
    }

    private int closingQuote(int start, int end, byte quote) throws FastFrontMatter.Unsure {
        for (int i = start + 1; i < end; i++) {
            byte c = b[i];
            if (quote == '"' && c == '\\') {
                throw FastFrontMatter.UNSURE; // escapes: the parser's job
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < end && b[i + 1] == '\'') {
                    i++;
                    continue;
                }
                return i;
            }
        }
        throw FastFrontMatter.UNSURE; // a quoted scalar over several lines
    }

    /** {@code >}, {@code >-}, {@code |}, {@code |-} with evenly indented lines and no blank line inside. */
    ScalarField block(int mapIndent, int start, int end, int close, boolean keep) throws FastFrontMatter.Unsure {
        boolean folded = b[start] == '>';
        int headerEnd = end;
        while (b[headerEnd - 1] == ' ') {
            headerEnd--;
        }
        boolean strip = headerEnd - start == 2 && b[start + 1] == '-';
        if (headerEnd - start > 2 || (headerEnd - start == 2 && !strip)) {
            throw FastFrontMatter.UNSURE; // keep chomping, indentation indicators, comments
        }
        int keyLine = line;
        line++;
        int contentIndent = line < close ? lines.indent(line) : -1;
        if (contentIndent <= mapIndent) {
            throw FastFrontMatter.UNSURE; // empty block scalar
        }
        int first = line;
        int lastEnd = end;
        while (line < close) {
            int ind = lines.indent(line);
            if (ind < 0) {
                int after = line;
                while (after < close && lines.indent(after) < 0) {
                    if (lines.end(after) > lines.start(after)) {
                        throw FastFrontMatter.UNSURE; // spaces alone on a line may be content here
                    }
                    after++;
                }
                if (after < close && lines.indent(after) >= contentIndent) {
                    throw FastFrontMatter.UNSURE; // a blank line inside the scalar
                }
                break;
            }
            if (ind < contentIndent) {
                break;
            }
            if (ind > contentIndent) {
                throw FastFrontMatter.UNSURE;
            }
            lastEnd = lines.end(line);
            line++;
        }
        if (b[lastEnd - 1] == ' ') {
            throw FastFrontMatter.UNSURE; // where the parser ends the span of trailing spaces is its own business
        }
        valueEnd = lastEnd;
        if (!keep) {
            return null;
        }
        ScalarStyle style = folded ? (strip ? ScalarStyle.FOLDED_STRIP : ScalarStyle.FOLDED)
                : (strip ? ScalarStyle.LITERAL_STRIP : ScalarStyle.LITERAL);
        Span span = span(start, lastEnd);
        String raw = string(start, lastEnd);
        // The value is the raw text's lines without their indentation; cut from the decoded raw text, so nothing is decoded twice.
        if (line - first == 1 && strip) {
            // one line, the usual body or description: the value is a plain cut, with no builder to widen and copy
            int from = lines.chars(lines.start(first) + contentIndent, first) - span.start();
            int to = lines.chars(lines.end(first), first) - span.start();
            return new ScalarField(span, keyLine + 1, ScalarType.STRING, style, raw.substring(from, to), raw);
        }
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = first; i < line; i++) {
            if (i > first) {
                value.append(folded ? ' ' : '\n'); // a break between two text lines folds to a space
            }
            value.append(raw, lines.chars(lines.start(i) + contentIndent, i) - span.start(), lines.chars(lines.end(i), i) - span.start());
        }
        if (!strip) {
            value.append('\n');
        }
        return new ScalarField(span, keyLine + 1, ScalarType.STRING, style, value.toString(), raw);
    }

    String string(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    Span span(int from, int to) {
        int start = chars(from);
        return new Span(start, chars(to));
    }

    int chars(int at) {
        return lines.chars(at, line);
    }
}
