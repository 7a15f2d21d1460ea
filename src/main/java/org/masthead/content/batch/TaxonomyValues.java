package org.masthead.content.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * The terms one article holds in a taxonomy field, with where each sits: the items of a list,
 * the comma-separated parts of a keyword string, or a single value used as a category.
 */
final class TaxonomyValues {
    /** Key names whose text values are comma-separated keywords, whatever the folder holds. */
    private static final List<String> KEYWORD_NAMES = List.of("keywords", "tags", "categories", "page_keywords");

    /** How a field's text values are read. */
    enum Shape { LIST, KEYWORDS, SCALAR }

    /**
     * One term in an article. For a list, {@code index} is its item; for a keyword string,
     * {@code start}/{@code end} delimit its text inside the value; for a scalar, the whole value.
     */
    record Place(Shape shape, String value, int index, int start, int end) {
    }

    private TaxonomyValues() {
    }

    /** True when the field's text values are comma-separated keywords by their name alone. */
    static boolean keywordName(KeyPath field) {
        Object last = field.isEmpty() ? "" : field.last();
        String name = last instanceof String s ? s.toLowerCase(Locale.ROOT) : "";
        return KEYWORD_NAMES.contains(name) || name.contains("keyword");
    }

    /**
     * The terms of {@code field} in {@code doc}, in source order; a text value is split on commas
     * when {@code split}. Empty parts and empty values are no terms. Lists of maps hold none.
     */
    static List<Place> places(Document doc, KeyPath field, boolean split) {
        Optional<Field> found = doc.get(field);
        List<Place> out = new ArrayList<>();
        if (found.isEmpty()) {
            return out;
        }
        if (found.get() instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof ScalarField item && item.type() != ScalarType.NULL) {
                    String value = item.value().strip();
                    if (!value.isEmpty()) {
                        out.add(new Place(Shape.LIST, value, i, 0, 0));
                    }
                }
            }
            return out;
        }
        if (found.get() instanceof ScalarField scalar && scalar.type() != ScalarType.NULL) {
            String text = scalar.value();
            if (split && text.indexOf(',') >= 0) {
                return keywords(text);
            }
            if (!text.isBlank()) {
                out.add(new Place(Shape.SCALAR, text.strip(), -1, 0, text.length()));
            }
        }
        return out;
    }

    /** The parts of a comma-separated string, each without the spaces around it. */
    static List<Place> keywords(String text) {
        List<Place> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int comma = text.indexOf(',', from);
            int to = comma < 0 ? text.length() : comma;
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new Place(Shape.KEYWORDS, text.substring(start, end), -1, start, end));
            }
            if (comma < 0) {
                break;
            }
            from = comma + 1;
        }
        return out;
    }

    /**
     * {@code text} with the keyword parts at {@code removed} (ascending) taken out, each with the
     * comma after it and the spaces that followed that comma; the last part goes with the
     * separator before it. The separators left are those the string already had.
     */
    static String withoutParts(String text, List<Place> parts, List<Integer> removed) {
        StringBuilder out = new StringBuilder(text);
        for (int k = removed.size() - 1; k >= 0; k--) {
            int i = removed.get(k);
            Place part = parts.get(i);
            int cutStart;
            int cutEnd;
            int nextComma = text.indexOf(',', part.end());
            if (nextComma >= 0) {
                // the part, its comma and the spaces up to the next part's text
                cutStart = part.start();
                cutEnd = nextComma + 1;
                while (cutEnd < text.length() && text.charAt(cutEnd) == ' ') {
                    cutEnd++;
                }
            } else {
                // the last part goes with everything back to the end of the part before it
                int previousComma = text.lastIndexOf(',', part.start());
                cutStart = i > 0 ? parts.get(i - 1).end() : previousComma >= 0 ? previousComma : part.start();
                cutEnd = part.end();
            }
            out.replace(cutStart, cutEnd, "");
            text = out.toString();
            parts = keywords(text);
            // the indexes before i are unchanged: parts are removed from the last one backwards
        }
        return out.toString();
    }
}
