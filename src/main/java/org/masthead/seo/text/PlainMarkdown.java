package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blocks of Markdown that keeps to a plain subset, found without commonmark's block parser:
 * paragraphs, ATX headings, list items and fenced code, every line that is not blank starting in
 * its first column. That is how most articles are written, and how every reference-format answer
 * is. Within the subset the blocks are those commonmark finds: a paragraph runs until a blank line,
 * a heading, a fence or a list item (an ordered one interrupts a paragraph outside a list only
 * when it starts at 1, else it is text of the paragraph); a line that is none of these continues
 * the open paragraph, a list item's one too (lazily); fenced code runs to its closing fence.
 *
 * <p>Anything else returns null, and commonmark reads the text: an indented line, a block quote,
 * HTML, a thematic break or setext underline, a table, a line that may be a link reference
 * definition, a list item that is empty, nested or indented as code, a heading with a closing
 * {@code #}, a control character. The {@code PlainMarkdownTest} holds the two readers to the same
 * blocks.
 */
final class PlainMarkdown {
    /**
     * A block found: its kind and heading level, its 0-based line, and its text as
     * {@code [from, to)} ranges of the Markdown, one per line, in {@code ranges[0, 2 * lines)}.
     */
    static final class Found {
        final ArticleText.Kind kind;
        final int level;
        final int line;
        int[] ranges = new int[4];
        int lines;
        /** The {@link #INLINE} and {@link #EMPHASIS} marks met on the block's lines. */
        int marks;

        Found(ArticleText.Kind kind, int level, int line) {
            this.kind = kind;
            this.level = level;
            this.line = line;
        }

        void add(int from, int to, int lineMarks) {
            marks |= lineMarks & (INLINE | EMPHASIS);
            if (2 * lines + 2 > ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length * 2);
            }
            ranges[2 * lines] = from;
            ranges[2 * lines + 1] = to;
            lines++;
        }
    }

    /** A character that takes the text out of the subset: a control character, or a table's pipe. */
    static final int REJECT = 1;
    /** A space or tab: indentation, or a blank line. */
    static final int SPACE = 2;
    /** A character that may start inline markup other than emphasis, for commonmark's inline parser. */
    static final int INLINE = 4;
    /** A character that may delimit emphasis. */
    static final int EMPHASIS = 8;
    private static final byte[] MARKS = new byte[128];

    static {
        for (char ch = 0; ch < ' '; ch++) {
            MARKS[ch] = REJECT;
        }
        MARKS['|'] = REJECT;
        MARKS[' '] = SPACE;
        MARKS['\t'] = SPACE;
        for (char ch : "\\`&<[]".toCharArray()) {
            MARKS[ch] = INLINE;
        }
        MARKS['*'] = EMPHASIS;
        MARKS['_'] = EMPHASIS;
    }

    private final char[] c;
    private final int n;
    /** The marks of the line being read. */
    private int marks;
    private final List<Found> found = new ArrayList<>();
    /** The open paragraph, or null. */
    private Found paragraph;
    /** The fence character of the open fenced code block, and its length; 0 when none is open. */
    private char fence;
    private int fenceLength;

    private PlainMarkdown(char[] chars, int n) {
        this.c = chars;
        this.n = n;
    }

    /** The blocks of {@code chars[0, n)} in order, or null when the text leaves the subset. */
    static List<Found> read(char[] chars, int n) {
        return new PlainMarkdown(chars, n).read();
    }

    private List<Found> read() {
        char[] c = this.c;
        int line = 0;
        int s = 0;
        byte[] table = MARKS;
        while (s <= n) {
            // the line's marks and first character that is no space are found as its end is looked for
            int e = s;
            int marks = 0;
            int first = -1;
            while (e < n) {
                char ch = c[e];
                if (ch == '\n') {
                    break;
                }
                int mark = ch < 128 ? table[ch] : 0;
                marks |= mark;
                if (first < 0 && (mark & SPACE) == 0) {
                    first = e;
                }
                e++;
            }
            // a line ends at \n or \r\n; a \r alone ends one for commonmark, and is left to it
            int end = e;
            if (e > s && c[e - 1] == '\r') {
                end = e - 1;
                marks = 0;
                first = -1;
                for (int i = s; i < end; i++) {
                    int mark = c[i] < 128 ? table[c[i]] : 0;
                    marks |= mark;
                    if (first < 0 && (mark & SPACE) == 0) {
                        first = i;
                    }
                }
            }
            if (!line(s, end, line, marks, first)) {
                return null;
            }
            line++;
            s = e + 1;
        }
        return found;
    }

    /**
     * Reads the line {@code [s, e)}, whose characters' marks are {@code marks} and whose first
     * character that is no space is at {@code first} (-1: none); false when it leaves the subset.
     */
    private boolean line(int s, int e, int line, int marks, int first) {
        if (fence != 0) {
            for (int i = s; i < e; i++) {
                if (c[i] == '\r') {
                    return false;
                }
            }
            if (closesFence(s, e)) {
                fence = 0;
            }
            return true;
        }
        if ((marks & REJECT) != 0) {
            return false; // a control character, which commonmark reads otherwise, or a table
        }
        this.marks = marks;
        if (first < 0) {
            paragraph = null;
            return true;
        }
        if (first > s || onlyRuleCharacters(s, e)) {
            return false; // indented, or a thematic break, a setext underline or a table's delimiter row
        }
        char f = c[s];
        if (f == '#') {
            return heading(s, e, line);
        }
        if (f == '`' || f == '~') {
            int opened = opensFence(s, e);
            if (opened < 0) {
                return false;
            }
            if (opened > 0) {
                paragraph = null;
                return true;
            }
        }
        int marker = marker(s, e);
        if (marker == -2) {
            return false;
        }
        if (marker >= 0) {
            boolean interrupts = f < '0' || f > '9' || startNumber(s) == 1
                    || paragraph != null && paragraph.kind == ArticleText.Kind.LIST_ITEM;
            if (paragraph == null || interrupts) {
                if (mayStartBlock(marker, e)) {
                    return false; // a nested list, a heading, a fence... inside the item
                }
                paragraph = new Found(ArticleText.Kind.LIST_ITEM, 0, line);
                paragraph.add(marker, e, marks);
                found.add(paragraph);
                return true;
            }
        } else if (f == '>' || f == '<' || f == '[') {
            return false; // a block quote, HTML, a link reference definition
        }
        if (paragraph == null) {
            paragraph = new Found(ArticleText.Kind.PARAGRAPH, 0, line);
            found.add(paragraph);
        }
        paragraph.add(s, e, marks);
        return true;
    }

    private boolean heading(int s, int e, int line) {
        int level = 0;
        while (s + level < e && c[s + level] == '#') {
            level++;
        }
        int i = s + level;
        if (level > 6 || i < e && c[i] != ' ' && c[i] != '\t') {
            return false; // "#tag" or seven hashes: text, left to commonmark
        }
        while (i < e && (c[i] == ' ' || c[i] == '\t')) {
            i++;
        }
        int end = e;
        while (end > i && (c[end - 1] == ' ' || c[end - 1] == '\t')) {
            end--;
        }
        for (int j = i; j < end; j++) {
            if (c[j] == '#') {
                return false; // a closing sequence, or a hash that may be one
            }
        }
        paragraph = null;
        Found heading = new Found(ArticleText.Kind.HEADING, level, line);
        if (end > i) {
            heading.add(i, end, marks);
        }
        found.add(heading);
        return true;
    }

    /** The fence length when the line opens fenced code, 0 when it is text, -1 when it leaves the subset. */
    private int opensFence(int s, int e) {
        char f = c[s];
        int i = s;
        while (i < e && (c[i] == '`' || c[i] == '~')) {
            if (c[i] != f) {
                return -1; // backticks and tildes mixed
            }
            i++;
        }
        int length = i - s;
        if (length < 3) {
            return 0;
        }
        if (f == '`') {
            for (int j = i; j < e; j++) {
                if (c[j] == '`') {
                    return -1; // not a fence but code in text
                }
            }
        }
        fence = f;
        fenceLength = length;
        return length;
    }

    private boolean closesFence(int s, int e) {
        int i = s;
        while (i < e && i - s < 4 && c[i] == ' ') {
            i++;
        }
        if (i - s >= 4) {
            return false;
        }
        int run = i;
        while (run < e && c[run] == fence) {
            run++;
        }
        if (run - i < fenceLength) {
            return false;
        }
        while (run < e && (c[run] == ' ' || c[run] == '\t')) {
            run++;
        }
        return run == e;
    }

    /**
     * Where the content of the list item that starts the line begins; -1 when the line starts
     * with no list marker, -2 for an item outside the subset (empty, a tab after the marker, or
     * content indented as code).
     */
    private int marker(int s, int e) {
        char f = c[s];
        int after;
        if (f == '-' || f == '+' || f == '*') {
            after = s + 1;
        } else {
            int i = s;
            while (i < e && c[i] >= '0' && c[i] <= '9' && i - s < 10) {
                i++;
            }
            if (i == s || i - s > 9 || i == e || c[i] != '.' && c[i] != ')') {
                return -1;
            }
            after = i + 1;
        }
        if (after < e && c[after] != ' ' && c[after] != '\t') {
            return -1;
        }
        int content = after;
        while (content < e && c[content] == ' ') {
            content++;
        }
        if (content == e || c[content] == '\t' || content - after > 4) {
            return -2;
        }
        return content;
    }

    private int startNumber(int s) {
        int number = 0;
        for (int i = s; c[i] >= '0' && c[i] <= '9'; i++) {
            number = number * 10 + c[i] - '0';
        }
        return number;
    }

    /** Whether a list item's content at {@code i} may open a block of its own rather than a paragraph. */
    private boolean mayStartBlock(int i, int e) {
        char f = c[i];
        if (f == '#' || f == '>' || f == '<' || f == '[' || onlyRuleCharacters(i, e)) {
            return true;
        }
        if (f == '`' || f == '~') {
            return i + 2 < e && c[i + 1] == f && c[i + 2] == f;
        }
        return marker(i, e) != -1;
    }

    private boolean onlyRuleCharacters(int s, int e) {
        for (int i = s; i < e; i++) {
            char ch = c[i];
            if (ch != '-' && ch != '=' && ch != '*' && ch != '_' && ch != ':' && ch != ' ' && ch != '\t') {
                return false;
            }
        }
        return true;
    }
}
