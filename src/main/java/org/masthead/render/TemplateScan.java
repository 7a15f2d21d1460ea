package org.masthead.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template tags of a Markdown text that stand alone on their lines, paired with their closing
 * tags. A parser decides block by block from the top and cannot look ahead, so whether
 * {@code {{< note >}}} opens a block that a later {@code {{< /note >}}} closes, or stands alone as
 * {@code {{< figure >}}} does, is decided here first. The scan reads lines alone, as an edit
 * elsewhere cannot change what it finds on them; a tag it finds in fenced code never reaches
 * the parser's block starts, since the fence takes its lines first.
 */
final class TemplateScan {
    /** Shortcodes and tags whose inner text is code, shown as a code block and not as Markdown. */
    static final Set<String> CODE_BODIES = Set.of("code-toggle", "highlight", "code", "codeblock", "raw");

    /**
     * A tag alone on lines {@code first..last} (0-based); {@code closeLine} is the line of its
     * closing partner, or -1 when it has none.
     */
    record Line(TemplateTag tag, int first, int last, int closeLine) {
        boolean paired() {
            return closeLine >= 0;
        }
    }

    static final TemplateScan EMPTY = new TemplateScan(Map.of());

    private final Map<Integer, Line> byFirstLine;

    private TemplateScan(Map<Integer, Line> byFirstLine) {
        this.byFirstLine = byFirstLine;
    }

    /** The tag alone on lines starting at {@code line}, or null. */
    Line at(int line) {
        return byFirstLine.get(line);
    }

    boolean isEmpty() {
        return byFirstLine.isEmpty();
    }

    /** Cheap test for whether {@code text} can hold any tag a scan would find. */
    static boolean mayHoldTags(String text) {
        return text.contains("{{") || text.contains("{%") || text.contains("{#") || text.indexOf('<') >= 0;
    }

    static TemplateScan of(String text) {
        if (!mayHoldTags(text)) {
            return EMPTY;
        }
        List<Line> found = new ArrayList<>();
        int lineNo = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            int start = contentStart(text, pos, eol < 0 ? text.length() : eol);
            TemplateTag tag = TemplateTag.at(text, start);
            if (tag != null && tag.syntax() != TemplateSyntax.OUTPUT && !tag.escaped() && restIsBlank(text, tag.end())) {
                int last = lineNo + newlines(text, start, tag.end());
                found.add(new Line(tag, lineNo, last, -1));
                lineNo = last;
                eol = text.indexOf('\n', tag.end());
            }
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
            lineNo++;
        }
        return new TemplateScan(paired(found));
    }

    /** Each closing tag is matched to the nearest open tag of its name; openers left over stand alone. */
    private static Map<Integer, Line> paired(List<Line> found) {
        Map<Integer, Line> out = new HashMap<>();
        Deque<Line> open = new ArrayDeque<>();
        for (Line line : found) {
            TemplateTag tag = line.tag();
            if (!tag.closing()) {
                out.put(line.first(), line);
                if (!tag.selfClosing() && tag.syntax() != TemplateSyntax.COMMENT) {
                    open.push(line);
                }
                continue;
            }
            Line opener = null;
            for (Line candidate : open) {
                if (candidate.tag().name().equals(tag.name()) && family(candidate).equals(family(line))) {
                    opener = candidate;
                    break;
                }
            }
            if (opener != null) {
                while (open.peek() != opener) {
                    open.pop();
                }
                open.pop();
                out.put(opener.first(), new Line(opener.tag(), opener.first(), opener.last(), line.first()));
            }
            // a closing tag, matched or not, is shown where it stands unless its opener's block takes it
            out.putIfAbsent(line.first(), line);
        }
        return out;
    }

    private static String family(Line line) {
        return line.tag().syntax().cssClass();
    }

    /** Where a line's text starts past indentation and blockquote markers. */
    private static int contentStart(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
            i++;
        }
        return i;
    }

    private static boolean restIsBlank(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
