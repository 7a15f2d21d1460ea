package org.masthead.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads TOML front matter (Hugo's {@code +++}) into a {@link Tree}: tomlj checks the syntax and
 * decodes the values, {@link TomlScan} says where each one is written.
 */
final class TomlTree {
    private final String source;
    private final String text;
    private final LineIndex lines;
    private final Map<List<Object>, TomlScan.Place> places;

    private TomlTree(String source, String text, int end, Map<List<Object>, TomlScan.Place> places) {
        this.source = source;
        this.text = text;
        this.lines = new LineIndex(text, end);
        this.places = places;
    }

    static Tree.MapNode read(String source, String text, int start, int end) throws DocumentException {
        if (end - start > YamlTree.MAX_CHARS) {
            throw Lines.error(source, text, start, "the TOML front matter is longer than " + YamlTree.MAX_CHARS
                    + " characters.", "Move long text into the body.");
        }
        TomlParseResult result;
        try {
            result = Toml.parse(text.substring(start, end));
        } catch (StackOverflowError | AssertionError | RuntimeException e) {
            throw Lines.error(source, text, start, "the TOML front matter nests too deeply to be read.",
                    "Flatten the front matter.");
        }
        if (result.hasErrors()) {
            TomlParseError error = result.errors().get(0);
            int line = Lines.line(text, start) + error.position().line() - 1;
            throw new DocumentException(source, line, Math.max(1, error.position().column()),
                    "invalid TOML front matter: " + error.getMessage() + ".", "Fix the TOML at this place.");
        }
        Tree.MapNode root;
        try {
            root = new TomlTree(source, text, end, TomlScan.scan(text, start, end)).table(result, List.of(), 0);
        } catch (RuntimeException e) {
            // tomlj accepted it but the positions could not be found: refuse rather than risk a wrong splice
            throw Lines.error(source, text, start, "this TOML front matter is valid but too unusual to edit safely.",
                    "Simplify its layout (one key = value per line).");
        }
        return root.entries().isEmpty() ? Tree.emptyRoot(start) : root;
    }

    private Tree.MapNode table(TomlTable table, List<Object> path, int depth) throws DocumentException {
        checkDepth(depth, path);
        List<Tree.Entry> entries = new ArrayList<>();
        for (String key : table.keySet()) {
            List<Object> child = append(path, key);
            Tree.Node value = node(table.get(List.of(key)), child, depth + 1);
            TomlScan.Place place = places.get(child);
            Span keySpan = place != null ? place.key() : new Span(value.span().start(), value.span().start());
            entries.add(new Tree.Entry(key, keySpan, value));
        }
        entries.sort(Comparator.comparingInt(e -> e.keySpan().start()));
        Map<String, Field> fields = new LinkedHashMap<>();
        entries.forEach(e -> fields.put(e.key(), e.value().field()));
        TomlScan.Place own = places.get(path);
        boolean flow = own != null && own.kind() == TomlScan.Kind.VALUE;
        Span span = flow ? own.value() : cover(own, entries.stream().map(e -> e.value().span()).toList());
        MapField field = new MapField(span, lines.line(span.start()), fields);
        return new Tree.MapNode(field, flow, entries);
    }

    private Tree.Node node(Object value, List<Object> path, int depth) throws DocumentException {
        if (value instanceof TomlTable table) {
            return table(table, path, depth);
        }
        TomlScan.Place place = places.get(path);
        if (value instanceof TomlArray array) {
            checkDepth(depth, path);
            List<Tree.Node> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(node(array.get(i), append(path, i), depth + 1));
            }
            boolean flow = place != null;
            Span span = flow ? place.value() : cover(null, items.stream().map(Tree.Node::span).toList());
            List<Field> fields = items.stream().map(Tree.Node::field).toList();
            return new Tree.ListNode(new ListField(span, lines.line(span.start()), fields), flow, items);
        }
        Span span = place.value();
        String raw = text.substring(span.start(), span.end());
        ScalarType type = value instanceof String ? ScalarType.STRING
                : value instanceof Number ? ScalarType.NUMBER
                : value instanceof Boolean ? ScalarType.BOOLEAN : ScalarType.DATE;
        ScalarStyle style = raw.startsWith("\"\"\"") || raw.startsWith("'''") ? ScalarStyle.LITERAL
                : raw.startsWith("\"") ? ScalarStyle.DOUBLE_QUOTED
                : raw.startsWith("'") ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.PLAIN;
        String text = value instanceof String string ? string : raw;
        return new Tree.Leaf(new ScalarField(span, lines.line(span.start()), type, style, text, raw));
    }

    private void checkDepth(int depth, List<Object> path) throws DocumentException {
        if (depth > YamlTree.MAX_DEPTH) {
            throw new DocumentException(source, 1, 1, "the TOML front matter nests deeper than " + YamlTree.MAX_DEPTH
                    + " levels at '" + path + "'.", "Flatten the front matter.");
        }
    }

    /** From a table's header (if it has one) through the last of its members. */
    private static Span cover(TomlScan.Place own, List<Span> members) {
        int start = own != null ? own.value().start() : Integer.MAX_VALUE;
        int end = own != null ? own.value().end() : 0;
        for (Span span : members) {
            start = Math.min(start, span.start());
            end = Math.max(end, span.end());
        }
        return start == Integer.MAX_VALUE ? new Span(0, 0) : new Span(start, end);
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path);
        out.add(step);
        return out;
    }

    /**
     * A TOML basic string holding {@code value}. Only what TOML requires is escaped (the quote, the
     * backslash, control characters): any other character, accented letters and emoji included, is
     * written as itself, so the file reads as the user typed it.
     */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static List<String> scalarCandidates(ScalarStyle style, String value, boolean typed) {
        List<String> out = new ArrayList<>();
        if (typed) {
            out.add(value);
        }
        if (style == ScalarStyle.SINGLE_QUOTED && value.indexOf('\'') < 0
                && value.chars().allMatch(c -> c >= 0x20 && c != 0x7F)) {
            out.add("'" + value + "'");
        }
        out.add(quoted(value));
        return out;
    }

    static ScalarType plainType(String value) {
        if (value.equals("true") || value.equals("false")) {
            return ScalarType.BOOLEAN;
        }
        if (value.matches("[+-]?(0|[1-9](_?[0-9])*)(\\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")
                || value.matches("[+-]?(inf|nan)")) {
            return ScalarType.NUMBER;
        }
        return value.matches("\\d{4}-\\d\\d-\\d\\d([T ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?)?")
                ? ScalarType.DATE : ScalarType.STRING;
    }
}
