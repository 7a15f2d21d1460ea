package org.masthead.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where Markdown typed into a reference-format body field will not read back as typed. The
 * format writes each line break as backslash-n and has no way to write a backslash-n that is not
 * one, so a typed {@code C:\new} or {@code printf("hi\n")} is saved as typed and shown after
 * reopening as a line break; and inside math a line break before letters that spell a LaTeX
 * command ({@code u}, {@code eq}, {@code abla}) reads back as that command. Nothing here changes
 * the text: the editor and the command line show these places and what they will become.
 *
 * <pre>{@code
 * for (LiteralNewlines.Finding f : LiteralNewlines.find(markdown)) {
 *     mark(f.offset(), f.offset() + f.length(), f.explanation());
 * }
 * }</pre>
 */
public final class LiteralNewlines {

    /** What a finding turns into after a save and a reopen. */
    public enum Kind {
        /** A typed backslash-n that will read back as a line break. */
        BECOMES_LINE_BREAK,
        /**
         * A line break inside math that will read back as text: as a LaTeX command when letters
         * such as {@code u} or {@code eq} follow it, or as {@code n} after a backslash before it.
         */
        LINE_BREAK_LOST,
        /**
         * In a stored field: a backslash-n right after the {@code $$} of display math written on
         * lines of its own, read as a line break although letters follow that could make a LaTeX
         * command ({@code $$\nu(t)}: a line break, then {@code u(t)}).
         */
        LINE_BREAK_BY_LAYOUT
    }

    /**
     * One place in the Markdown: {@code [offset, offset + length)} is the typed backslash-n, or
     * the line break; {@code line} and {@code column} are 1-based; {@code shownAs} is the text of
     * its line (and, for a line break, the next) as it will read after a save and a reopen.
     */
    public record Finding(int offset, int length, int line, int column, Kind kind, String shownAs) {
        /** One sentence for a tooltip or a warning, with what the text will become. */
        public String explanation() {
            String becomes = shownAs.replace("\n", "\u23ce");
            if (kind == Kind.LINE_BREAK_BY_LAYOUT) {
                String word = "\\n" + becomes.replaceAll("[^A-Za-z].*", "");
                return "\\n right after the opening of this display math is read as a line break, since the math is "
                        + "written on lines of its own: the next line is \"" + becomes + "\" (for the command " + word
                        + ", begin the next line with " + word + ")";
            }
            return kind == Kind.BECOMES_LINE_BREAK
                    ? "\\n is saved as typed, but this format writes line breaks as \\n, so after reopening it is a "
                            + "line break: \"" + becomes + "\" (the format cannot keep a backslash before n)"
                    : "this line break inside math is saved as \\n, which with the characters beside it reads back "
                            + "as text, not a line break: \"" + becomes + "\"";
        }
    }

    private LiteralNewlines() {
    }

    private static final int NOT_A_START = Integer.MIN_VALUE;

    /** The places in {@code markdown} that a save and a reopen of the body field would change, in order. */
    public static List<Finding> find(String markdown) {
        if (markdown.indexOf('\\') < 0 && markdown.indexOf('$') < 0) {
            return List.of();
        }
        int[] origin = new int[markdown.length() * 2 + 1];
        String field = encode(markdown, origin);
        byte[] read = new byte[field.length()];
        BodyCodec.decode(field, (at, to, lineBreak, byLayout) -> read[at] = (byte) (lineBreak ? 1 : 2));
        List<int[]> places = new ArrayList<>();
        for (int at = 0; at < field.length(); at++) {
            int from = origin[at];
            if (from >= 0 && read[at] == 1) {
                places.add(new int[] {from, 2, 0});
            } else if (from < 0 && from != NOT_A_START && read[at] != 1) {
                int brk = -1 - from;
                places.add(new int[] {brk, markdown.startsWith("\r\n", brk) ? 2 : 1, 1});
            }
        }
        List<Finding> out = new ArrayList<>(places.size());
        int line = 1;
        int counted = 0;
        for (int[] p : places) {
            for (; counted < p[0]; counted++) {
                line += markdown.charAt(counted) == '\n' ? 1 : 0;
            }
            Kind kind = p[2] == 0 ? Kind.BECOMES_LINE_BREAK : Kind.LINE_BREAK_LOST;
            int lineStart = markdown.lastIndexOf('\n', p[0] - 1) + 1;
            int lineEnd = lineEnd(markdown, p[0] + p[1]);
            out.add(new Finding(p[0], p[1], line, p[0] - lineStart + 1, kind,
                    apply(markdown, places, lineStart, lineEnd)));
        }
        return out;
    }

    /**
     * The backslash-n pairs of {@code field} (a body field as stored) read as line breaks only
     * because of the layout of their display math (see {@link Kind#LINE_BREAK_BY_LAYOUT}), with
     * offsets into its decoded Markdown; {@code shownAs} is the line after the break.
     */
    public static List<Finding> decidedByLayout(String field) {
        if (!field.contains("\\n")) {
            return List.of();
        }
        List<Integer> breaks = new ArrayList<>();
        String markdown = BodyCodec.decode(field, (at, to, lineBreak, byLayout) -> {
            if (byLayout) {
                breaks.add(to);
            }
        });
        List<Finding> out = new ArrayList<>(breaks.size());
        for (int at : breaks) {
            int lineStart = markdown.lastIndexOf('\n', at - 1) + 1;
            int line = 1;
            for (int i = markdown.indexOf('\n'); i >= 0 && i < at; i = markdown.indexOf('\n', i + 1)) {
                line++;
            }
            out.add(new Finding(at, 1, line, at - lineStart + 1, Kind.LINE_BREAK_BY_LAYOUT,
                    markdown.substring(at + 1, lineEnd(markdown, at + 1))));
        }
        return out;
    }

    /** The Markdown as it will read after it is written into the body field and read back. */
    public static String afterReopening(String markdown) {
        return BodyCodec.decode(BodyCodec.encode(markdown));
    }

    /**
     * {@link BodyCodec#encode}, noting for the start of each pair of the result where it came
     * from: the offset of a typed character, or {@code -1 - offset} of the line break it writes.
     */
    private static String encode(String markdown, int[] origin) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\r' || c == '\n') {
                origin[out.length()] = -1 - i;
                origin[out.length() + 1] = NOT_A_START;
                out.append("\\n");
                if (c == '\r' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                origin[out.length()] = i;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code markdown[from, to)} with each place in it replaced by what it reads back as. */
    private static String apply(String markdown, List<int[]> places, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 8);
        int at = from;
        for (int[] p : places) {
            if (p[0] >= from && p[0] < to) {
                out.append(markdown, at, p[0]).append(p[2] == 0 ? "\n" : "\\n");
                at = p[0] + p[1];
            }
        }
        return out.append(markdown, at, to).toString();
    }

    private static int lineEnd(String text, int from) {
        int lf = text.indexOf('\n', Math.min(from, text.length()));
        return lf < 0 ? text.length() : lf > 0 && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
    }
}
