package org.masthead.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Enter, Tab and Shift+Tab do on a line of a Markdown list (bulleted, numbered, task) or
 * quote. Each answer is an edit of that one line, so the editor applies it as one change.
 */
public final class MarkdownLists {
    // indent, quote markers, list marker, the space after it, and an optional task box
    private static final Pattern ITEM = Pattern.compile(
            "^([ \\t]*)((?:>[ ]?)*)(?:([-*+]|(\\d{1,9})([.)]))([ \\t]+)(\\[[ xX]\\][ \\t]+)?)?");

    /** Replace {@code [from, to)} of the line with {@code text}; the caret goes to {@code caret} in the line. */
    public record LineEdit(int from, int to, String text, int caret) {
    }

    private MarkdownLists() {
    }

    /**
     * Enter at {@code caret} in {@code line}: a new item with the same marker (the next number, an
     * unticked box, the same quote depth), or, on an item with nothing after its marker, the end of
     * the list (the marker goes). Empty for a line that is no list item or quote.
     */
    public static Optional<LineEdit> enter(String line, int caret) {
        Prefix prefix = prefix(line);
        if (prefix == null || caret < prefix.length) {
            return Optional.empty();
        }
        if (line.substring(prefix.length).isBlank()) {
            return Optional.of(new LineEdit(0, line.length(), "", 0));
        }
        String next = prefix.indent + prefix.quote + prefix.nextMarker() + prefix.gap + (prefix.task ? "[ ] " : "");
        String text = "\n" + next;
        // the text after the caret moves to the new item, without the spaces it started with
        int end = caret;
        while (end < line.length() && line.charAt(end) == ' ') {
            end++;
        }
        return Optional.of(new LineEdit(caret, end, text, caret + text.length()));
    }

    /** Tab on a list item: it goes one level deeper. Empty for other lines. */
    public static Optional<LineEdit> indent(String line, int caret) {
        Prefix prefix = prefix(line);
        if (prefix == null || prefix.marker == null) {
            return Optional.empty();
        }
        String step = " ".repeat(prefix.marker.length() + prefix.gap.length());
        return Optional.of(new LineEdit(0, 0, step, caret + step.length()));
    }

    /** Shift+Tab on a list item: one level out, as far as the margin. Empty for other lines. */
    public static Optional<LineEdit> outdent(String line, int caret) {
        Prefix prefix = prefix(line);
        if (prefix == null || prefix.marker == null) {
            return Optional.empty();
        }
        if (prefix.indent.isEmpty()) {
            return Optional.of(new LineEdit(0, 0, "", caret));
        }
        int step = prefix.indent.charAt(0) == '\t' ? 1
                : Math.min(prefix.indent.length(), prefix.marker.length() + prefix.gap.length());
        return Optional.of(new LineEdit(0, step, "", Math.max(0, caret - step)));
    }

    /** Whether {@code line} is a list item (not only a quote), for keys that act on items alone. */
    public static boolean isItem(String line) {
        Prefix prefix = prefix(line);
        return prefix != null && prefix.marker != null;
    }

    private static Prefix prefix(String line) {
        Matcher m = ITEM.matcher(line);
        if (!m.find() || (m.group(2).isEmpty() && m.group(3) == null && m.group(4) == null)) {
            return null;
        }
        String marker = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) + m.group(5) : null;
        return new Prefix(m.group(1), m.group(2).isEmpty() || m.group(2).endsWith(" ") ? m.group(2) : m.group(2) + " ",
                marker, m.group(4), m.group(5), m.group(6) == null ? "" : m.group(6), m.group(7) != null, m.end());
    }

    private record Prefix(String indent, String quote, String marker, String number, String delimiter, String gap,
                          boolean task, int length) {
        String nextMarker() {
            if (marker == null) {
                return "";
            }
            if (number == null) {
                return marker;
            }
            long next = Long.parseLong(number) + 1;
            // keep zero-padding such as 01. 02.
            String digits = String.format("%0" + number.length() + "d", next);
            return digits + delimiter;
        }
    }
}
