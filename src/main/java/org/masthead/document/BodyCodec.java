package org.masthead.document;

import java.util.Set;

/**
 * The reference format keeps an article's Markdown on one physical line, with the two characters
 * backslash and {@code n} for each line break. {@link #decode} turns those into real line breaks,
 * except inside math where {@code \n} starts a LaTeX command such as {@code \neq} or
 * {@code \nabla}; {@link #encode} turns real line breaks back. For every text without a real line
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

    /** The field text with each line-break {@code \n} turned into a real line break. */
    public static String decode(String field) {
        StringBuilder out = new StringBuilder(field.length());
        Math math = Math.NONE;
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(i + 1);
                if (next == 'n') {
                    if (math != Math.NONE && LATEX_N_WORDS.contains(letterRun(field, i + 1))) {
                        out.append("\\n");
                    } else {
                        out.append('\n');
                        if (math.inline) {
                            math = Math.NONE;
                        }
                    }
                    i += 2;
                    continue;
                }
                Math opened = math == Math.NONE ? Math.openedByBackslash(next) : Math.NONE;
                if (opened != Math.NONE) {
                    math = opened;
                } else if (math != Math.NONE && math.closesWithBackslash(next)) {
                    math = Math.NONE;
                } else if (math == Math.NONE && next != '$') {
                    // outside math a backslash pairs with nothing but \n, \$ and the math openers, so that a
                    // Markdown hard break (a backslash ending a line, stored as \\n) decodes to one
                    out.append(c);
                    i++;
                    continue;
                }
                out.append(c).append(next);
                i += 2;
                continue;
            }
            if (c == '$') {
                boolean twice = i + 1 < field.length() && field.charAt(i + 1) == '$';
                int width = 1;
                if (math == Math.NONE) {
                    math = twice ? Math.DOLLARS : Math.DOLLAR;
                    width = twice ? 2 : 1;
                } else if (math == Math.DOLLARS && twice) {
                    math = Math.NONE;
                    width = 2;
                } else if (math == Math.DOLLAR) {
                    math = Math.NONE;
                }
                out.append(field, i, i + width);
                i += width;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
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
