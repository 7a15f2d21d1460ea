package org.masthead.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a leading JSON object (Hugo's JSON front matter) into a {@link Tree} with jackson-core's
 * streaming parser, whose token locations are char offsets into the text.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String source;
    private final String text;
    private final LineIndex lines;
    private final JsonParser parser;
    private int depth;

    private JsonTree(String source, String text, int end, JsonParser parser) {
        this.source = source;
        this.text = text;
        this.lines = new LineIndex(text, end);
        this.parser = parser;
    }

    /** The offset just past the leading object's closing brace. */
    static int objectEnd(String source, String text) throws DocumentException {
        return read(source, text, 0, text.length()).span().end();
    }

    static Tree.MapNode read(String source, String text, int start, int end) throws DocumentException {
        if (end - start > YamlTree.MAX_CHARS) {
            end = Math.min(text.length(), start + YamlTree.MAX_CHARS);
        }
        try (JsonParser parser = FACTORY.createParser(text.substring(0, end))) {
            JsonTree tree = new JsonTree(source, text, end, parser);
            parser.nextToken();
            return (Tree.MapNode) tree.value();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new DocumentException(source, line, column, "invalid JSON front matter: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".", "Fix the JSON at this place.");
        } catch (IOException e) {
            throw Lines.error(source, text, start, "the JSON front matter cannot be read: " + e.getMessage(), null);
        }
    }

    private int at() {
        return (int) parser.currentTokenLocation().getCharOffset();
    }

    private Tree.Node value() throws IOException, DocumentException {
        JsonToken token = parser.currentToken();
        int start = at();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            if (++depth > YamlTree.MAX_DEPTH) {
                throw Lines.error(source, text, start, "the JSON front matter nests deeper than "
                        + YamlTree.MAX_DEPTH + " levels.", "Flatten the front matter.");
            }
            Tree.Node node = token == JsonToken.START_OBJECT ? object(start) : array(start);
            depth--;
            return node;
        }
        String text = parser.getText();
        int end = scalarEnd(start);
        String raw = this.text.substring(start, end);
        ScalarType type = switch (token) {
            case VALUE_STRING -> ScalarType.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ScalarType.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> ScalarType.BOOLEAN;
            default -> ScalarType.NULL;
        };
        String value = type == ScalarType.STRING ? text : raw;
        ScalarStyle style = type == ScalarType.STRING ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
        return new Tree.Leaf(new ScalarField(new Span(start, end), lines.line(start), type, style, value, raw));
    }

    private Tree.MapNode object(int start) throws IOException, DocumentException {
        List<Tree.Entry> entries = new ArrayList<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            int keyStart = at();
            String key = parser.currentName();
            if (firstLine.containsKey(key)) {
                throw Lines.error(source, text, keyStart, "the key '" + key + "' appears twice (first on line "
                        + firstLine.get(key) + ").", "Remove or rename one of them.");
            }
            firstLine.put(key, lines.line(keyStart));
            parser.nextToken();
            Tree.Node value = value();
            entries.add(new Tree.Entry(key, new Span(keyStart, scalarEnd(keyStart)), value));
            fields.put(key, value.field());
        }
        int end = at() + 1;
        MapField field = new MapField(new Span(start, end), lines.line(start), fields);
        return new Tree.MapNode(field, true, entries);
    }

    private Tree.ListNode array(int start) throws IOException, DocumentException {
        List<Tree.Node> items = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Tree.Node item = value();
            items.add(item);
            fields.add(item.field());
        }
        int end = at() + 1;
        return new Tree.ListNode(new ListField(new Span(start, end), lines.line(start), fields), true, items);
    }

    /** The end of a string (after its closing quote) or of a number or literal starting at {@code start}. */
    private int scalarEnd(int start) {
        if (text.charAt(start) == '"') {
            int i = start + 1;
            while (text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1;
        }
        int i = start;
        while (i < text.length() && "+-.0123456789eEtrufalsn".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    static String quoted(String value) {
        return JsonStrings.quote(value);
    }

    static List<String> scalarCandidates(ScalarField old, String value, boolean typed) {
        return typed ? List.of(value, quoted(value)) : List.of(quoted(value));
    }

    static ScalarType plainType(String value) {
        if (value.equals("true") || value.equals("false")) {
            return ScalarType.BOOLEAN;
        }
        if (value.equals("null")) {
            return ScalarType.NULL;
        }
        return value.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") ? ScalarType.NUMBER : ScalarType.STRING;
    }
}
