package org.masthead.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of a Markdown body for the status bar (words, characters, reading time) and its outline
 * of headings, in one pass over the text. Headings inside fenced code are not headings.
 */
public record BodyStats(int words, int characters, List<Heading> headings) {
    /** Words a minute of an adult reading prose on a screen. */
    public static final int WORDS_PER_MINUTE = 230;

    /** A heading: its level (1 to 6), its text without markers, and its 1-based line. */
    public record Heading(int level, String text, int line) {
    }

    public BodyStats {
        headings = List.copyOf(headings);
    }

    /** Minutes to read the body, rounded up; 0 only for a body without words. */
    public int readingMinutes() {
        return (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /**
     * Counts {@code text}: a word is a run of letters, digits, apostrophes or hyphens (Markdown
     * markers are not words); characters are code points other than line breaks.
     */
    public static BodyStats of(CharSequence text) {
        int words = 0;
        int characters = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r' && !Character.isLowSurrogate(c)) {
                characters++;
            }
            boolean wordChar = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-'));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return new BodyStats(words, characters, headings(text));
    }

    private static List<Heading> headings(CharSequence text) {
        List<Heading> found = new ArrayList<>();
        String fence = null;
        String previous = "";
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            String line = text.subSequence(start, end).toString();
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lineNumber++;
            String stripped = line.stripLeading();
            boolean indentedLittle = line.length() - stripped.length() < 4;
            if (fence != null) {
                if (indentedLittle && stripped.startsWith(fence) && stripped.substring(fence.length()).isBlank()) {
                    fence = null;
                }
                previous = "";
            } else if (indentedLittle && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, fenceLength(stripped));
                previous = "";
            } else {
                Heading heading = atx(stripped, indentedLittle, lineNumber);
                if (heading != null) {
                    found.add(heading);
                    previous = "";
                } else if (indentedLittle && !previous.isBlank() && stripped.matches("(=+|-+)\\s*")) {
                    found.add(new Heading(stripped.startsWith("=") ? 1 : 2, previous.strip(), lineNumber - 1));
                    previous = "";
                } else {
                    previous = isParagraphText(stripped) ? line : "";
                }
            }
            start = end + 1;
        }
        return found;
    }

    private static int fenceLength(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == line.charAt(0)) {
            n++;
        }
        return n;
    }

    private static Heading atx(String stripped, boolean indentedLittle, int line) {
        int level = 0;
        while (level < stripped.length() && stripped.charAt(level) == '#') {
            level++;
        }
        if (!indentedLittle || level == 0 || level > 6
                || (level < stripped.length() && stripped.charAt(level) != ' ' && stripped.charAt(level) != '\t')) {
            return null;
        }
        String title = stripped.substring(level).strip().replaceFirst("\\s+#+$", "").replaceFirst("^#+$", "");
        return new Heading(level, title, line);
    }

    // a setext underline only makes a heading of a paragraph line, not of a list item, quote or table
    private static boolean isParagraphText(String stripped) {
        return !stripped.isEmpty() && !stripped.matches("([-*+>|]|\\d+[.)])(\\s.*)?");
    }
}
