package org.masthead.seo;

import org.masthead.document.Graphemes;

/**
 * One line of a search-result snippet as a search engine would show it: whitespace collapsed,
 * and, when the text is wider than the room, cut at the last word boundary that leaves space
 * for an ellipsis, with {@code …} appended.
 *
 * <pre>Snippet s = Snippet.fit(description, 14, 920);
 * label.setText(s.shown()); // ends with "…" when s.truncated()</pre>
 *
 * @param shown       the text to display
 * @param truncated   whether text was cut
 * @param widthPx     width of {@code shown} in pixels
 * @param fullWidthPx width of the whole (collapsed) text, for a "712 / 600 px" counter
 */
public record Snippet(String shown, boolean truncated, double widthPx, double fullWidthPx) {
    public static final String ELLIPSIS = "…";

    public static Snippet fit(String text, double fontPx, double maxPx) {
        String collapsed = collapse(text);
        double full = TextWidth.px(collapsed, fontPx);
        if (full <= maxPx) {
            return new Snippet(collapsed, false, full, full);
        }
        double room = maxPx - TextWidth.px(ELLIPSIS, fontPx);
        // The longest prefix that fits, measured a grapheme cluster at a time, so a cut never
        // parts a letter from its accent or splits an emoji sequence.
        int end = 0;
        double width = 0;
        int[] clusters = Graphemes.boundaries(collapsed);
        for (int i = 1; i < clusters.length; i++) {
            double next = width + TextWidth.px(collapsed.subSequence(end, clusters[i]), fontPx);
            if (next > room) {
                break;
            }
            width = next;
            end = clusters[i];
        }
        int cut = end;
        boolean endsAtWord = end < collapsed.length() && collapsed.charAt(end) == ' ';
        if (!endsAtWord) {
            int space = collapsed.lastIndexOf(' ', end - 1);
            if (space > 0) {
                cut = space; // drop the partial word; a single over-long word is cut where it overflows
            }
        }
        String kept = stripTrailingPunctuation(collapsed.substring(0, cut));
        String shown = kept + ELLIPSIS;
        return new Snippet(shown, true, TextWidth.px(shown, fontPx), full);
    }

    /** HTML rendering: runs of whitespace show as one space, none at either end. */
    public static String collapse(String text) {
        if (isCollapsed(text)) {
            return text; // the usual case: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x80) {
                continue; // printable ASCII, most of any text: no whitespace, and no call to ask
            }
            if (c == ' ' ? text.charAt(i + 1) == ' ' : Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && " ,;:-–—".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
