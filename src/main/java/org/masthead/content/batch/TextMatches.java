package org.masthead.content.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The matches of a pattern in one text, each with the text that replaces it, and the text with chosen ones replaced. */
final class TextMatches {
    /** One match: {@code [start, end)} of the text and what replaces it (groups expanded). */
    record Hit(int start, int end, String replacement) {
    }

    private TextMatches() {
    }

    /**
     * Every match, in order. {@code replacement} is read as {@link Matcher#appendReplacement}
     * reads it ({@code $1}, {@code ${name}}, {@code \$}): the caller quotes it for a plain query.
     */
    static List<Hit> find(Pattern pattern, String replacement, String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        StringBuilder expanded = new StringBuilder();
        int lastEnd = 0;
        while (m.find()) {
            // appendReplacement adds the text since the last match, then the expanded replacement
            expanded.setLength(0);
            m.appendReplacement(expanded, replacement);
            hits.add(new Hit(m.start(), m.end(), expanded.substring(m.start() - lastEnd)));
            lastEnd = m.end();
        }
        return hits;
    }

    /** {@code text} with each of {@code hits} (in order, not overlapping) replaced. */
    static String apply(String text, List<Hit> hits) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Hit h : hits) {
            out.append(text, at, h.start()).append(h.replacement());
            at = h.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The line(s) of {@code text} that hold the hit, without their line breaks. */
    static String linesOf(String text, Hit hit) {
        return text.substring(lineStart(text, hit.start()), lineEnd(text, hit.end()));
    }

    /** Those lines with only this hit replaced. */
    static String replacedLinesOf(String text, Hit hit) {
        int from = lineStart(text, hit.start());
        int to = lineEnd(text, hit.end());
        return text.substring(from, hit.start()) + hit.replacement() + text.substring(hit.end(), to);
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int lineEnd(String text, int offset) {
        int lf = text.indexOf('\n', offset);
        int end = lf < 0 ? text.length() : lf;
        return end > 0 && end > offset && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }
}
