package org.masthead.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;

/**
 * An article taken apart the way a writer thinks of it: front-matter values by path, and the
 * body's paragraphs. Comparing and merging two versions works on these parts, so that a change
 * to one field or one paragraph is seen as just that, whatever the file's layout.
 *
 * <pre>{@code
 * Map<KeyPath, String> fields = ArticleParts.fields(doc);   // seo.title -> "QuickTakes | Physics"
 * List<String> parts = ArticleParts.paragraphs(doc.markdown());
 * }</pre>
 */
public final class ArticleParts {
    /** How an empty map or list is recorded among the values: no text value can start with NUL. */
    static final String EMPTY_MAP = "\u0000{}";
    static final String EMPTY_LIST = "\u0000[]";

    // a run of blank lines between two paragraphs
    private static final Pattern GAP = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)*");

    private ArticleParts() {
    }

    /**
     * Every scalar of the front matter by its path, in file order, except the field that holds the
     * article's body. An empty map or list is a value too, so that emptying one is a change.
     */
    public static Map<KeyPath, String> fields(Document doc) {
        Map<KeyPath, String> out = new LinkedHashMap<>();
        KeyPath body = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        collect(doc.root(), KeyPath.of(), body, out);
        return out;
    }

    private static void collect(Field field, KeyPath path, KeyPath body, Map<KeyPath, String> out) {
        if (path.equals(body)) {
            return;
        }
        if (field instanceof ScalarField scalar) {
            out.put(path, scalar.value());
        } else if (field instanceof MapField map) {
            if (map.entries().isEmpty() && !path.isEmpty()) {
                out.put(path, EMPTY_MAP);
            }
            map.entries().forEach((key, value) -> collect(value, path.child(key), body, out));
        } else if (field instanceof ListField list) {
            if (list.items().isEmpty()) {
                out.put(path, EMPTY_LIST);
            }
            for (int i = 0; i < list.items().size(); i++) {
                collect(list.items().get(i), path.child(i), body, out);
            }
        }
    }

    /** Whether {@code value}, from {@link #fields}, stands for an empty map or list. */
    static boolean isEmptyContainer(String value) {
        return EMPTY_MAP.equals(value) || EMPTY_LIST.equals(value);
    }

    /** A value as a reader sees it. */
    public static String shown(String value) {
        return EMPTY_MAP.equals(value) ? "{}" : EMPTY_LIST.equals(value) ? "[]" : value;
    }

    /**
     * The Markdown cut into paragraphs and the line breaks between them, alternately, so that
     * joining the pieces gives the text back exactly. A paragraph is a run of non-blank lines,
     * without its last line break: that goes with the blank lines after it, or, at the end of the
     * text, into a last piece of its own. So adding a paragraph after the last one leaves that
     * one as it was.
     */
    public static List<String> pieces(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher gap = GAP.matcher(markdown);
        int from = 0;
        while (gap.find()) {
            out.add(markdown.substring(from, gap.start()));
            out.add(markdown.substring(gap.start(), gap.end()));
            from = gap.end();
        }
        int end = markdown.length();
        while (end > from && markdown.charAt(end - 1) == '\n') {
            end--;
        }
        out.add(markdown.substring(from, end));
        if (end < markdown.length()) {
            out.add(markdown.substring(end));
        }
        return out;
    }

    /** The paragraphs alone, without the line breaks around them. */
    public static List<String> paragraphs(String markdown) {
        List<String> pieces = pieces(markdown);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i += 2) {
            if (!pieces.get(i).isEmpty()) {
                out.add(pieces.get(i));
            }
        }
        return out;
    }
}
