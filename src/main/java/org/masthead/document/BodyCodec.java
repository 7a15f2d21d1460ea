package org.masthead.document;

import java.util.Set;

/**
 * The reference format keeps an article's Markdown on one physical line, with the two characters
 * backslash and {@code n} for each line break. {@link #decode} turns those into real line breaks,
 * except inside math where {@code \n} starts a LaTeX command such as {@code \neq} or
 * {@code \nabla}; {@link #encode} turns real line breaks back. Display math laid out on lines of
 * its own ({@code $$\n…\n$$}) is the exception to the exception: the {@code \n} right after its
 * opening {@code $$} or {@code \[} is a line break even before letters, so {@code $$\nu(t) = …\n$$}
 * reads as {@code u(t)} on the line after {@code $$} (the rules are in docs/format-newlines.md). For every text without a real line
 * break, {@code encode(decode(x)).equals(x)}: decode only ever replaces a backslash-n pair with
 * one line break, and encode only replaces line breaks.
 */
public final class BodyCodec {

    /** LaTeX commands that begin with the letter n; inside math, {@code \n} + these stays as written. */
    static final Set<String> LATEX_N_WORDS = Set.of(
            "natural", "nabla", "napprox", "ncong", "ne", "nearrow", "neg", "neq", "neqq", "newcommand",
            "newenvironment", "newline", "newpage", "nexists", "ngeq", "ngeqq", "ngeqslant", "ngtr", "ni", "nleftarrow",
            "nLeftarrow", "nleftrightarrow", "nLeftrightarrow", "nleq", "nleqq", "nleqslant", "nless", "nmid",
            "nobreak", "noindent", "nolimits", "nolinebreak", "nonumber", "normalsize", "not", "notag", "notin",
            "nparallel", "nprec", "npreceq", "nrightarrow", "nRightarrow", "nshortmid", "nshortparallel", "nsim",
            "nsubset", "nsubseteq", "nsubseteqq", "nsucc", "nsucceq", "nsupset", "nsupseteq", "nsupseteqq",
            "ntriangleleft", "ntrianglelefteq", "ntriangleright", "ntrianglerighteq", "nu", "nvdash", "nvDash",
            "nVdash", "nVDash", "nwarrow", "numberwithin");

    private BodyCodec() {
    }

    /**
     * What {@link #decode} made of each backslash-n pair of the field text, at
     * {@code fieldOffset} in it and {@code markdownOffset} in the result; {@code byLayout} when
     * it is a line break only because its display math is laid out on lines of its own.
     */
    interface PairListener {
        void pair(int fieldOffset, int markdownOffset, boolean lineBreak, boolean byLayout);
    }

    /** The field text with each line-break {@code \n} turned into a real line break. */
    public static String decode(String field) {
        return decode(field, null);
    }

    // Runs on the body of every article of a folder the text checks read: characters are read from
    // and written to arrays, as the quick JIT leaves String.charAt and StringBuilder.append uninlined.
    static String decode(String field, PairListener listener) {
        int n = field.length();
        char[] in = field.toCharArray();
        char[] out = new char[n]; // a pair becomes one character or stays two: never longer
        int length = 0;
        Math math = Math.NONE;
        int opened = -1;
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (c == '\\' && i + 1 < n) {
                char next = in[i + 1];
                if (next == 'n') {
                    boolean word = math != Math.NONE && LATEX_N_WORDS.contains(letterRun(field, i + 1));
                    boolean byLayout = word && i == opened && closesOnItsOwnLine(field, i, math);
                    boolean command = word && !byLayout;
                    if (listener != null) {
                        listener.pair(i, length, !command, byLayout);
                    }
                    if (command) {
                        out[length++] = '\\';
                        out[length++] = 'n';
                    } else {
                        out[length++] = '\n';
                        if (math.inline) {
                            math = Math.NONE;
                        }
                    }
                    i += 2;
                    continue;
                }
                Math opener = math == Math.NONE ? Math.openedByBackslash(next) : Math.NONE;
                if (opener != Math.NONE) {
                    math = opener;
                    opened = i + 2;
                } else if (math != Math.NONE && math.closesWithBackslash(next)) {
                    math = Math.NONE;
                } else if (math == Math.NONE && next != '$') {
                    // outside math a backslash pairs with nothing but \n, \$ and the math openers, so that a
                    // Markdown hard break (a backslash ending a line, stored as \\n) decodes to one
                    out[length++] = c;
                    i++;
                    continue;
                }
                out[length++] = c;
                out[length++] = next;
                i += 2;
                continue;
            }
            if (c == '$') {
                boolean twice = i + 1 < n && in[i + 1] == '$';
                int width = 1;
                if (math == Math.NONE) {
                    math = twice ? Math.DOLLARS : Math.DOLLAR;
                    width = twice ? 2 : 1;
                    opened = i + width;
                } else if (math == Math.DOLLARS && twice) {
                    math = Math.NONE;
                    width = 2;
                } else if (math == Math.DOLLAR) {
                    math = Math.NONE;
                }
                for (int w = 0; w < width; w++) {
                    out[length++] = in[i + w];
                }
                i += width;
                continue;
            }
            out[length++] = c;
            i++;
        }
        return new String(out, 0, length);
    }

    /** The Markdown with every line break ({@code \n}, {@code \r\n} or {@code \r}) written as backslash-n. */
    public static String encode(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\r') {
                out.append("\\n");
                if (i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True when the display math whose text starts at {@code from} ends with a line break and
     * then its closing delimiter ({@code …\n$$}, spaces allowed between): laid out so, it began
     * with a line break too.
     */
    private static boolean closesOnItsOwnLine(String field, int from, Math math) {
        if (math != Math.DOLLARS && math != Math.BRACKET) {
            return false;
        }
        int afterBreak = -1;
        int j = from;
        while (j < field.length()) {
            char c = field.charAt(j);
            if (c == '\\' && j + 1 < field.length()) {
                char next = field.charAt(j + 1);
                if (math == Math.BRACKET && next == ']') {
                    return afterBreak == j;
                }
                afterBreak = next == 'n' ? j + 2 : -1;
                j += 2;
            } else if (math == Math.DOLLARS && c == '$' && j + 1 < field.length() && field.charAt(j + 1) == '$') {
                return afterBreak == j;
            } else {
                afterBreak = c == ' ' && afterBreak == j ? j + 1 : -1;
                j++;
            }
        }
        return false;
    }

    private static String letterRun(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) < 128) {
            end++;
        }
        return text.substring(from, end);
    }

    private enum Math {
        NONE(false), DOLLAR(true), DOLLARS(false), PAREN(true), BRACKET(false);

        final boolean inline;

        Math(boolean inline) {
            this.inline = inline;
        }

        static Math openedByBackslash(char next) {
            return next == '(' ? PAREN : next == '[' ? BRACKET : NONE;
        }

        boolean closesWithBackslash(char next) {
            return this == PAREN && next == ')' || this == BRACKET && next == ']';
        }
    }
}
