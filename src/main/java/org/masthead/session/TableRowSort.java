package org.masthead.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.masthead.session.FolderTableModel.Row;

/** How the folder table orders its rows by one column. */
final class TableRowSort {
    private TableRowSort() {
    }

    /** A row with its sort key worked out once, so that sorting 100,000 rows parses no number twice. */
    private record Keyed(Row row, String text, double number) {
    }

    /**
     * The rows sorted by {@code column}: numbers as numbers, other text ignoring case, an unread
     * value last, ties by path. {@code score}: the column holds scores ("75 problem"), sorted by
     * their number; one not worked out yet sorts last.
     */
    static List<Row> sort(List<Row> rows, int column, boolean up, boolean score) {
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String value = row.value(column);
            if (score && value != null && value.isEmpty()) {
                value = null;
            }
            keyed.add(new Keyed(row, value, score && value != null ? leadingNumber(value) : number(value)));
        }
        Comparator<Keyed> byValue = (a, b) -> {
            if (a.text == null || b.text == null) {
                return a.text == null ? (b.text == null ? 0 : 1) : -1;
            }
            int c = !Double.isNaN(a.number) && !Double.isNaN(b.number) ? Double.compare(a.number, b.number)
                    : String.CASE_INSENSITIVE_ORDER.compare(a.text, b.text);
            return up ? c : -c;
        };
        keyed.sort(byValue.thenComparing(k -> k.row.relative()));
        List<Row> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.row));
        return List.copyOf(out);
    }

    /** The number a score cell starts with ("75 problem" is 75), or NaN. */
    private static double leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? Double.NaN : Double.parseDouble(text.substring(0, end));
    }

    private static double number(String text) {
        if (text == null || text.isEmpty() || text.length() > 24) {
            return Double.NaN;
        }
        char first = text.charAt(0);
        if (!(first == '-' || first == '.' || (first >= '0' && first <= '9'))) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
