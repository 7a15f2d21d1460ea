package org.masthead.content.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.masthead.content.batch.TaxonomyValues.Place;
import org.masthead.content.batch.TaxonomyValues.Shape;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * Renaming, merging and deleting the terms of one article's taxonomy field, each a splice through
 * the document model: a list item is set or removed in place (a flow list stays flow, a block
 * list block), a keyword string keeps its separators, a category value keeps its quoting. Nothing
 * is reordered.
 *
 * <p>A merge into a term the article already holds removes the merged items (the term keeps its
 * own place); otherwise the first merged item becomes the term and the later ones are removed, so
 * no article ends up with the same term twice.
 */
final class TaxonomyEdits {
    private TaxonomyEdits() {
    }

    /** {@code doc} with every term in {@code from} turned into {@code into}; {@code into} null deletes them. */
    static Document replace(Document doc, KeyPath field, boolean split, Set<String> from, String into)
            throws DocumentException {
        List<Place> places = TaxonomyValues.places(doc, field, split);
        List<Integer> matches = new ArrayList<>();
        int existing = -1;
        for (int i = 0; i < places.size(); i++) {
            String value = places.get(i).value();
            if (into != null && existing < 0 && value.equals(into)) {
                existing = i;
            } else if (from.contains(value)) {
                matches.add(i);
            }
        }
        if (matches.isEmpty()) {
            return doc;
        }
        Shape shape = places.get(matches.get(0)).shape();
        int renamed = into != null && existing < 0 ? matches.remove(0) : -1;
        return switch (shape) {
            case SCALAR -> into == null ? doc.remove(field) : doc.set(field, into);
            case LIST -> list(doc, field, places, renamed, matches, into);
            case KEYWORDS -> keywords(doc, field, places, renamed, matches, into);
        };
    }

    private static Document list(Document doc, KeyPath field, List<Place> places, int renamed, List<Integer> removed,
                                 String into) throws DocumentException {
        Document out = doc;
        if (renamed >= 0) {
            out = out.set(field.child(places.get(renamed).index()), into);
        }
        for (int k = removed.size() - 1; k >= 0; k--) {
            out = out.remove(field.child(places.get(removed.get(k)).index()));
        }
        return out;
    }

    /** The renamed part is the first match, so it is renamed before any later part is cut. */
    private static Document keywords(Document doc, KeyPath field, List<Place> places, int renamed,
                                     List<Integer> removed, String into) throws DocumentException {
        String text = doc.getString(field).orElseThrow();
        if (renamed >= 0) {
            Place part = places.get(renamed);
            text = text.substring(0, part.start()) + into + text.substring(part.end());
        }
        return doc.set(field, TaxonomyValues.withoutParts(text, TaxonomyValues.keywords(text), removed));
    }
}
