package org.masthead.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where each key, value and table of TOML front matter sits, which tomlj (checking the
 * syntax and decoding values) does not report precisely enough to splice: keys map to their full
 * path (table path, dotted key parts and list indexes).
 */
final class TomlScan {
    enum Kind { VALUE, TABLE, TABLE_ITEM }

    /** {@code value} of a TABLE is its header line through its last entry. */
    record Place(Kind kind, Span key, Span value) {
    }

    private final String text;
    private final int end;
    private final Map<List<Object>, Place> places = new HashMap<>();
    private final Map<List<Object>, Integer> tableArrays = new HashMap<>();
    private int at;

    private TomlScan(String text, int start, int end) {
        this.text = text;
        this.at = start;
        this.end = end;
    }

    /** Scans text already accepted by tomlj, so malformed input need not be handled with care. */
    static Map<List<Object>, Place> scan(String text, int start, int end) {
        TomlScan scan = new TomlScan(text, start, end);
        scan.document();
        return scan.places;
    }

    private void document() {
        List<Object> table = List.of();
        while (at < end) {
            skipBlankAndComments();
            if (at >= end) {
                break;
            }
            int start = at;
            if (text.charAt(at) == '[') {
                boolean array = text.startsWith("[[", at);
                at += array ? 2 : 1;
                skipSpaces();
                int keyStart = at;
                List<String> keys = key();
                Span keySpan = new Span(keyStart, at);
                List<Object> path = resolve(keys, array ? keys.size() - 1 : keys.size());
                if (array) {
                    path.add(keys.get(keys.size() - 1));
                    path.add(tableArrays.merge(List.copyOf(path), 1, Integer::sum) - 1);
                }
                at = Lines.lineEnd(text, at);
                table = List.copyOf(path);
                places.put(table, new Place(array ? Kind.TABLE_ITEM : Kind.TABLE, keySpan, new Span(start, at)));
            } else {
                List<Object> path = new ArrayList<>(table);
                path.addAll(key());
                Span keySpan = new Span(start, lastKeyEnd);
                skipSpaces();
                at++; // '='
                skipSpaces();
                Span value = value(path);
                places.put(List.copyOf(path), new Place(Kind.VALUE, keySpan, value));
                Place owner = places.get(table);
                if (owner != null) {
                    places.put(table, new Place(owner.kind(), owner.key(), new Span(owner.value().start(), value.end())));
                }
            }
        }
    }

    private int lastKeyEnd;

    /**
     * The tree path of the first {@code count} header keys: below an array of tables a header names
     * its latest item, so {@code [menu.main.params]} after {@code [[menu.main]]} is {@code menu.main[n].params}.
     */
    private List<Object> resolve(List<String> keys, int count) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            path.add(keys.get(i));
            Integer items = tableArrays.get(path);
            if (items != null) {
                path.add(items - 1);
            }
        }
        return path;
    }

    /** A possibly dotted key; leaves {@code at} after it and {@code lastKeyEnd} at its last char. */
    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            char c = text.charAt(at);
            int start = at;
            if (c == '"' || c == '\'') {
                at = stringEnd(at);
                parts.add(org.tomlj.Toml.parseDottedKey(text.substring(start, at)).get(0));
            } else {
                while (at < end && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                        || text.charAt(at) == '-')) {
                    at++;
                }
                parts.add(text.substring(start, at));
            }
            lastKeyEnd = at;
            skipSpaces();
            if (at < end && text.charAt(at) == '.') {
                at++;
                skipSpaces();
            } else {
                return parts;
            }
        }
    }

    private Span value(List<Object> path) {
        int start = at;
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
            at = stringEnd(at);
        } else if (c == '[') {
            at++;
            int index = 0;
            while (true) {
                skipBlankAndComments();
                if (text.charAt(at) == ']') {
                    break;
                }
                List<Object> item = new ArrayList<>(path);
                item.add(index++);
                Span span = value(item);
                places.put(List.copyOf(item), new Place(Kind.VALUE, span, span));
                skipBlankAndComments();
                if (text.charAt(at) == ',') {
                    at++;
                }
            }
            at++;
        } else if (c == '{') {
            at++;
            while (true) {
                skipSpaces();
                if (text.charAt(at) == '}') {
                    break;
                }
                int keyStart = at;
                List<Object> child = new ArrayList<>(path);
                child.addAll(key());
                Span keySpan = new Span(keyStart, lastKeyEnd);
                skipSpaces();
                at++;
                skipSpaces();
                places.put(List.copyOf(child), new Place(Kind.VALUE, keySpan, value(child)));
                skipSpaces();
                if (text.charAt(at) == ',') {
                    at++;
                }
            }
            at++;
        } else {
            while (at < end && " \t\r\n,]}#".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            // a date-time may hold one space between date and time
            if (at + 1 < end && text.charAt(at) == ' ' && Character.isDigit(text.charAt(at + 1))
                    && text.substring(start, at).matches("\\d{4}-\\d\\d-\\d\\d")) {
                at++;
                while (at < end && " \t\r\n,]}#".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
            }
        }
        return new Span(start, at);
    }

    /** The offset after the string (basic, literal, or either multi-line form) that starts at {@code from}. */
    private int stringEnd(int from) {
        char quote = text.charAt(from);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, from)) {
            int close = from + 3;
            while (true) {
                close = text.indexOf(triple, close);
                if (quote == '"' && escaped(from, close)) {
                    close++;
                    continue;
                }
                break;
            }
            int after = close + 3;
            while (after < end && text.charAt(after) == quote && after < close + 5) {
                after++;
            }
            return after;
        }
        int i = from + 1;
        while (text.charAt(i) != quote) {
            i += quote == '"' && text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private boolean escaped(int from, int quoteAt) {
        int backslashes = 0;
        for (int i = quoteAt - 1; i > from && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private void skipSpaces() {
        while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private void skipBlankAndComments() {
        while (at < end) {
            char c = text.charAt(at);
            if (c == '#') {
                at = Lines.lineEnd(text, at);
            } else if (Character.isWhitespace(c)) {
                at++;
            } else {
                return;
            }
        }
    }
}
