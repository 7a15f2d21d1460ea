package org.masthead.content.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;
import org.masthead.document.ScalarType;

/**
 * A field as one CSV cell and back. A scalar is its value; the article's Markdown field is its
 * decoded Markdown; a list of values is its items joined by {@link #SEPARATOR}; a missing or empty
 * field, a map and a list of maps are an empty cell. A changed list cell is split at {@code ;},
 * each item trimmed and empty items dropped, and the list is changed by removing and inserting
 * only the items that differ, in order.
 */
final class FolderCsvCells {
    static final String SEPARATOR = "; ";

    private FolderCsvCells() {
    }

    static String cell(Document doc, KeyPath path) {
        if (BulkEdits.isMarkdownField(doc, path)) {
            return doc.markdown();
        }
        Optional<Field> field = doc.get(path);
        if (field.isEmpty()) {
            return "";
        }
        if (field.get() instanceof ScalarField scalar) {
            return scalar.type() == ScalarType.NULL ? "" : scalar.value();
        }
        if (field.get() instanceof ListField list && scalars(list) != null) {
            return String.join(SEPARATOR, scalars(list));
        }
        return "";
    }

    /** {@code doc} with the field at {@code path} holding what {@code cell} says, or a one-line reason it cannot. */
    static Document apply(Document doc, KeyPath path, String cell) throws DocumentException, Refused {
        Optional<Field> field = BulkEdits.isMarkdownField(doc, path) ? Optional.empty() : doc.get(path);
        if (field.isEmpty() || field.get() instanceof ScalarField) {
            return BulkEdits.setField(doc, path, cell);
        }
        if (field.get() instanceof MapField) {
            throw new Refused("'" + path + "' holds a map, which a cell cannot set. Give the paths of its values as columns.");
        }
        List<String> old = scalars((ListField) field.get());
        if (old == null) {
            throw new Refused("'" + path + "' holds a list of maps, which a cell cannot set. Edit it in the article.");
        }
        if (old.stream().anyMatch(item -> item.contains(";") || !item.equals(item.strip()))) {
            throw new Refused("'" + path + "' holds an item with ';' or spaces at its ends, which a cell cannot keep."
                    + " Edit this list in the article.");
        }
        List<String> items = new ArrayList<>();
        for (String part : cell.split(";", -1)) {
            if (!part.strip().isEmpty()) {
                items.add(part.strip());
            }
        }
        return syncList(doc, path, old, items);
    }

    /** Removes the old items not in the longest common subsequence, then inserts the new ones where they go. */
    private static Document syncList(Document doc, KeyPath path, List<String> old, List<String> items)
            throws DocumentException {
        int n = old.size();
        int m = items.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(items.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        boolean[] keepOld = new boolean[n];
        boolean[] fromOld = new boolean[m];
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (old.get(i).equals(items.get(j))) {
                keepOld[i++] = true;
                fromOld[j++] = true;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        Document edited = doc;
        for (int i = n - 1; i >= 0; i--) {
            if (!keepOld[i]) {
                edited = edited.remove(path.child(i));
            }
        }
        for (int j = 0; j < m; j++) {
            if (!fromOld[j]) {
                edited = edited.insert(path, j, items.get(j));
            }
        }
        return edited;
    }

    /** The values of a list of scalars, or null when an item is a map or a list. */
    private static List<String> scalars(ListField list) {
        List<String> out = new ArrayList<>();
        for (Field item : list.items()) {
            if (!(item instanceof ScalarField scalar)) {
                return null;
            }
            out.add(scalar.type() == ScalarType.NULL ? "" : scalar.value());
        }
        return out;
    }

    /** A cell that cannot be written into its field, with the reason. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
