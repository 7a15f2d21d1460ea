package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.List;
import org.masthead.spell.ProseWords;

/**
 * Reads the prose of an article's Markdown for {@link ArticleText}: the text of its paragraphs,
 * list items and headings, one after another in one array, white space collapsed as a browser
 * collapses it, and the alt texts of its images. Math, template tags and entities are blanked
 * first. Markdown in the plain subset of {@link PlainMarkdown} is read without commonmark's block
 * parser, and the text of its blocks without its inline parser where {@link Emphasis} can; the
 * rest is parsed by commonmark ({@link CommonmarkProse}) as the preview parses it.
 */
final class ProseReader {
    /** A block read: its text is {@code [from, to)} of {@link #chars()}. */
    record Found(ArticleText.Kind kind, int level, int line, int from, int to) {
    }

    /**
     * Masked text is overwritten with no-break spaces: Markdown does not count them as indentation, so a
     * list item that starts with math stays a paragraph instead of turning into an indented code block.
     * A line left with nothing else becomes plain spaces, a blank line, so paragraphs still end there.
     */
    static final char BLANK = '\u00a0';

    final List<Found> found = new ArrayList<>();
    final List<ArticleText.Alt> alts = new ArrayList<>();
    private final Prose prose;

    private ProseReader(int capacity) {
        prose = new Prose(capacity);
    }

    /** Reads {@code markdown}; through commonmark alone, with none of the short ways, when {@code commonmark}. */
    static ProseReader read(String markdown, boolean commonmark) {
        char[] chars = markdown.toCharArray();
        int[] masked = ProseWords.masked(chars);
        if (masked.length > 0) {
            blank(chars, masked);
        }
        ProseReader reader = new ProseReader(chars.length);
        List<PlainMarkdown.Found> plain = commonmark ? null : PlainMarkdown.read(chars, chars.length);
        if (plain != null) {
            reader.plain(chars, plain);
        } else {
            String text = masked.length == 0 ? markdown : new String(chars);
            CommonmarkProse.read(commonmark ? CommonmarkProse.Library.PARSER : CommonmarkProse.PARSER, text,
                    reader.prose, reader.found, reader.alts);
        }
        return reader;
    }

    /** The prose of every block read; the array the blocks' ranges refer to, final once reading is done. */
    char[] chars() {
        return prose.chars();
    }

    private void plain(char[] chars, List<PlainMarkdown.Found> blocks) {
        char[] buffer = null;
        for (PlainMarkdown.Found b : blocks) {
            int start = prose.begin();
            int kept = -1;
            if ((b.marks & PlainMarkdown.INLINE) == 0 && (b.marks & PlainMarkdown.EMPHASIS) != 0) {
                buffer = joined(chars, b, buffer);
                kept = Emphasis.stripKnownPlain(buffer, length(b));
            }
            if (b.marks == 0) {
                // nothing but text: its lines, their breaks white space
                for (int i = 0; i < b.lines; i++) {
                    if (i > 0) {
                        prose.space();
                    }
                    prose.append(chars, b.ranges[2 * i], b.ranges[2 * i + 1]);
                }
            } else if (kept >= 0) {
                prose.append(buffer, 0, kept);
            } else {
                List<String> lines = new ArrayList<>(b.lines);
                for (int i = 0; i < b.lines; i++) {
                    lines.add(new String(chars, b.ranges[2 * i], b.ranges[2 * i + 1] - b.ranges[2 * i]));
                }
                CommonmarkProse.inlines(lines, b.line, prose, alts);
            }
            found.add(new Found(b.kind, b.level, b.line, start, prose.length()));
        }
    }

    /** The length of a block's lines joined by line breaks. */
    private static int length(PlainMarkdown.Found b) {
        int n = Math.max(0, b.lines - 1);
        for (int i = 0; i < b.lines; i++) {
            n += b.ranges[2 * i + 1] - b.ranges[2 * i];
        }
        return n;
    }

    /** A block's lines joined by line breaks, as commonmark's inline parser reads them, in {@code buffer} or a larger one. */
    private static char[] joined(char[] chars, PlainMarkdown.Found b, char[] buffer) {
        int length = length(b);
        char[] out = buffer != null && buffer.length >= length ? buffer : new char[Math.max(length, 256)];
        int n = 0;
        for (int i = 0; i < b.lines; i++) {
            if (i > 0) {
                out[n++] = '\n';
            }
            int from = b.ranges[2 * i];
            int to = b.ranges[2 * i + 1];
            System.arraycopy(chars, from, out, n, to - from);
            n += to - from;
        }
        return out;
    }

    /** The Markdown with math, template tags and entities blanked out, line breaks kept. */
    private static void blank(char[] chars, int[] masked) {
        for (int r = 0; r < masked.length; r += 2) {
            for (int i = masked[r]; i < masked[r + 1]; i++) {
                if (chars[i] != '\n') {
                    chars[i] = BLANK;
                }
            }
        }
        int start = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == '\n') {
                spaceIfBlank(chars, start, i);
                start = i + 1;
            }
        }
    }

    private static void spaceIfBlank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != BLANK) {
                return;
            }
        }
        for (int i = from; i < to; i++) {
            if (chars[i] == BLANK) {
                chars[i] = ' ';
            }
        }
    }
}
