package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.masthead.spell.ProseWords;

/**
 * Reads the prose of an article's Markdown for {@link ArticleText}: the text of its paragraphs,
 * list items and headings, one after another in one array, white space collapsed as a browser
 * collapses it, and the alt texts of its images. Math, template tags and entities are blanked
 * first. Markdown in the plain subset of {@link PlainMarkdown} is read without commonmark's block
 * parser, and the text of its blocks without its inline parser where {@link PlainInlines} can;
 * the rest is parsed by commonmark as the preview parses it.
 */
final class ProseReader {
    /** A block read: its text is {@code [from, to)} of {@link #chars()}. */
    record Found(ArticleText.Kind kind, int level, int line, int from, int to) {
    }

    // Only tables matter beyond CommonMark here: a table's cells are not prose. No source spans for
    // inlines: the blocks' lines are enough and inline spans cost a folder-wide run time.
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).inlineParserFactory(new PlainInlines()).build();

    /** commonmark's parser with its own inline parser, what the tests hold the short ways to; made when first asked for. */
    private static final class Library {
        static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    }
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
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
            reader.commonmark(commonmark ? Library.PARSER : PARSER, masked.length == 0 ? markdown : new String(chars));
        }
        return reader;
    }

    /** The prose of every block read; the array the blocks' ranges refer to, final once reading is done. */
    char[] chars() {
        return prose.chars();
    }

    private void plain(char[] chars, List<PlainMarkdown.Found> blocks) {
        char[] buffer = new char[256];
        InlineParserImpl inlines = null;
        for (PlainMarkdown.Found b : blocks) {
            int n = 0;
            for (int i = 0; i < b.lines; i++) {
                int from = b.ranges[2 * i];
                int length = b.ranges[2 * i + 1] - from;
                if (n + length + 1 > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, n + length + 1));
                }
                if (i > 0) {
                    buffer[n++] = '\n';
                }
                System.arraycopy(chars, from, buffer, n, length);
                n += length;
            }
            int start = prose.begin();
            int kept = PlainInlines.plain(buffer, n);
            if (kept >= 0) {
                prose.append(buffer, kept);
            } else {
                if (inlines == null) {
                    // the subset has no link reference definitions, so an empty context is the document's
                    inlines = new InlineParserImpl(NO_DEFINITIONS);
                }
                SourceLines lines = new SourceLines();
                for (int i = 0; i < b.lines; i++) {
                    int from = b.ranges[2 * i];
                    lines.addLine(SourceLine.of(new String(chars, from, b.ranges[2 * i + 1] - from), null));
                }
                Paragraph block = new Paragraph();
                inlines.parse(lines, block);
                inline(block, prose, alts, b.line);
            }
            found.add(new Found(b.kind, b.level, b.line, start, prose.length()));
        }
    }

    private void commonmark(Parser parser, String text) {
        parser.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                block(ArticleText.Kind.HEADING, heading.getLevel(), heading);
            }

            @Override
            public void visit(Paragraph paragraph) {
                block(paragraph.getParent() instanceof ListItem ? ArticleText.Kind.LIST_ITEM
                        : ArticleText.Kind.PARAGRAPH, 0, paragraph);
            }

            private void block(ArticleText.Kind kind, int level, Node node) {
                int line = line(node);
                int from = prose.begin();
                inline(node, prose, alts, line);
                found.add(new Found(kind, level, line, from, prose.length()));
            }

            @Override
            public void visit(HtmlBlock html) {
                htmlAlts(html.getLiteral(), line(html), alts);
            }

            @Override
            public void visit(FencedCodeBlock code) {
            }

            @Override
            public void visit(IndentedCodeBlock code) {
            }

            @Override
            public void visit(CustomBlock block) {
                if (!(block instanceof TableBlock)) {
                    visitChildren(block);
                }
            }
        });
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

    private static void inline(Node parent, Prose out, List<ArticleText.Alt> alts, int line) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof PlainInlines.Plain plain) {
                out.append(plain.chars, plain.chars.length);
            } else if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof Code) {
                out.space();
            } else if (n instanceof Image) {
                Prose alt = new Prose(64);
                alt.begin();
                inline(n, alt, alts, line);
                alts.add(new ArticleText.Alt(alt.toString(), line));
            } else if (n instanceof HtmlInline html) {
                htmlAlts(html.getLiteral(), line, alts);
            } else {
                inline(n, out, alts, line);
            }
        }
    }

    private static void htmlAlts(String html, int line, List<ArticleText.Alt> alts) {
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            Matcher alt = ALT.matcher(img.group());
            String text = "";
            if (alt.find()) {
                text = alt.group(1) != null ? alt.group(1) : alt.group(2);
            }
            alts.add(new ArticleText.Alt(text.strip(), line));
        }
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    /** What commonmark's parser tells its inline parser of a document without extensions' inlines or definitions. */
    private static final InlineParserContext NO_DEFINITIONS = new InlineParserContext() {
        @Override
        public List<InlineContentParserFactory> getCustomInlineContentParserFactories() {
            return List.of();
        }

        @Override
        public List<DelimiterProcessor> getCustomDelimiterProcessors() {
            return List.of();
        }

        @Override
        public List<LinkProcessor> getCustomLinkProcessors() {
            return List.of();
        }

        @Override
        public Set<Character> getCustomLinkMarkers() {
            return Set.of();
        }

        @Override
        public LinkReferenceDefinition getLinkReferenceDefinition(String label) {
            return null;
        }

        @Override
        public <D> D getDefinition(Class<D> type, String label) {
            return null;
        }
    };

    /**
     * Text with its runs of white space as one space, as a browser shows them, collapsed as it is
     * written. One Prose holds the text of all the blocks of an article, one after another, each
     * collapsed on its own from {@link #begin}.
     */
    private static final class Prose {
        private char[] out;
        private int length;
        private int blockStart;
        private boolean space;
        private char[] scratch;

        /** Room for {@code capacity} characters: the prose of some Markdown is never longer than the Markdown. */
        Prose(int capacity) {
            out = new char[Math.max(16, capacity + 1)];
        }

        /** Starts a block; its offset. */
        int begin() {
            blockStart = length;
            space = false;
            return length;
        }

        int length() {
            return length;
        }

        char[] chars() {
            return out;
        }

        void append(String text) {
            int n = text.length();
            if (scratch == null || n > scratch.length) {
                scratch = new char[Math.max(n, 256)];
            }
            text.getChars(0, n, scratch, 0);
            append(scratch, n);
        }

        void append(char[] in, int n) {
            if (length + n + 1 > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + n + 1));
            }
            int i = 0;
            while (i < n) {
                if (isSpace(in[i])) {
                    space = length > blockStart;
                    i++;
                    continue;
                }
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                while (i < n && !isSpace(in[i])) {
                    out[length++] = in[i++];
                }
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == BLANK || c > 127 && Character.isWhitespace(c);
        }

        void space() {
            space = length > blockStart;
        }

        @Override
        public String toString() {
            return new String(out, blockStart, length - blockStart);
        }
    }
}
