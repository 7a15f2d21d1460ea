package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
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
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.masthead.spell.ProseWords;

/**
 * The prose of an article's Markdown, as its readers read it: paragraphs, list items and
 * headings in order, each with its text, its 0-based line in the Markdown, its sentences and
 * words; and the alt text of each image ({@code ![alt](…)} and HTML {@code <img alt>}). It is
 * parsed with commonmark as the preview parses it; code spans and blocks, HTML, tables, math
 * ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]}) and template tags (Hugo shortcodes,
 * Liquid) are left out, so no Markdown syntax is ever counted as a word. The text between a
 * paired shortcode's tags is prose and counts.
 *
 * <pre>ArticleText text = ArticleText.of(markdown);
 * int words = text.wordCount();</pre>
 */
public final class ArticleText {
    /** What a block of prose is. */
    public enum Kind { PARAGRAPH, LIST_ITEM, HEADING }

    /**
     * One block of prose.
     *
     * @param level     the heading level (1–6), 0 for other blocks
     * @param line      0-based line in the Markdown where the block starts
     * @param sentences the block's sentences, each as its words
     */
    public record Block(Kind kind, int level, String text, int line, List<List<String>> sentences) {
        public Block {
            sentences = List.copyOf(sentences);
        }

        public int wordCount() {
            int n = 0;
            for (List<String> s : sentences) {
                n += s.size();
            }
            return n;
        }
    }

    /** An image's alt text and the 0-based line it is on. */
    public record Alt(String text, int line) {
    }

    // Only tables matter beyond CommonMark here: a table's cells are not prose. No source spans for
    // inlines: the blocks' lines are enough and inline spans cost a folder-wide run time.
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private final List<Block> blocks;
    private final List<Alt> alts;

    private ArticleText(List<Block> blocks, List<Alt> alts) {
        this.blocks = List.copyOf(blocks);
        this.alts = List.copyOf(alts);
    }

    public static ArticleText of(String markdown) {
        String text = markdown == null ? "" : blanked(markdown);
        List<Block> blocks = new ArrayList<>();
        List<Alt> alts = new ArrayList<>();
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                blocks.add(block(Kind.HEADING, heading.getLevel(), heading, alts));
            }

            @Override
            public void visit(Paragraph paragraph) {
                boolean item = paragraph.getParent() instanceof ListItem;
                Block block = block(item ? Kind.LIST_ITEM : Kind.PARAGRAPH, 0, paragraph, alts);
                if (block.wordCount() > 0) {
                    blocks.add(block);
                }
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
        return new ArticleText(blocks, alts);
    }

    /**
     * Masked text is overwritten with no-break spaces: Markdown does not count them as indentation, so a
     * list item that starts with math stays a paragraph instead of turning into an indented code block.
     * A line left with nothing else becomes plain spaces, a blank line, so paragraphs still end there.
     */
    private static final char BLANK = '\u00a0';

    /** The Markdown with math, template tags and entities blanked out, line breaks kept. */
    private static String blanked(String markdown) {
        int[] masked = ProseWords.masked(markdown);
        if (masked.length == 0) {
            return markdown;
        }
        char[] chars = markdown.toCharArray();
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
        return new String(chars);
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

    private static Block block(Kind kind, int level, Node node, List<Alt> alts) {
        Prose out = new Prose();
        int line = line(node);
        inline(node, out, alts, line);
        String text = out.toString();
        List<List<String>> sentences;
        if (kind == Kind.HEADING) {
            List<String> words = Words.of(text);
            sentences = words.isEmpty() ? List.of() : List.of(words);
        } else {
            sentences = Sentences.words(text);
        }
        return new Block(kind, level, text, line, sentences);
    }

    /** Text with its runs of white space as one space, as a browser shows them, collapsed as it is written. */
    private static final class Prose {
        private final StringBuilder out = new StringBuilder();
        private boolean space;

        Prose append(String text) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (isSpace(text.charAt(i))) {
                    space = out.length() > 0;
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && !isSpace(text.charAt(i))) {
                    i++;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(text, start, i);
            }
            return this;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == BLANK || c > 127 && Character.isWhitespace(c);
        }

        Prose space() {
            space = out.length() > 0;
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private static void inline(Node parent, Prose out, List<Alt> alts, int line) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof Code) {
                out.space();
            } else if (n instanceof Image) {
                Prose alt = new Prose();
                inline(n, alt, alts, line);
                alts.add(new Alt(alt.toString(), line));
            } else if (n instanceof HtmlInline html) {
                htmlAlts(html.getLiteral(), line, alts);
            } else {
                inline(n, out, alts, line);
            }
        }
    }

    private static void htmlAlts(String html, int line, List<Alt> alts) {
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            Matcher alt = ALT.matcher(img.group());
            String text = "";
            if (alt.find()) {
                text = alt.group(1) != null ? alt.group(1) : alt.group(2);
            }
            alts.add(new Alt(text.strip(), line));
        }
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    /** Paragraphs, list items and headings, in the order of the Markdown. */
    public List<Block> blocks() {
        return blocks;
    }

    public List<Alt> alts() {
        return alts;
    }

    /** The headings, in order. */
    public List<Block> headings() {
        return blocks.stream().filter(b -> b.kind() == Kind.HEADING).toList();
    }

    /** The first block of prose that is not a heading, or null when there is none. */
    public Block firstParagraph() {
        for (Block b : blocks) {
            if (b.kind() != Kind.HEADING) {
                return b;
            }
        }
        return null;
    }

    /** The words of the prose, headings left out, as Flesch counts them. */
    public int wordCount() {
        int n = 0;
        for (Block b : blocks) {
            if (b.kind() != Kind.HEADING) {
                n += b.wordCount();
            }
        }
        return n;
    }

    /** The sentences of the prose, headings left out, in order. */
    public List<List<String>> sentences() {
        if (sentences == null) {
            List<List<String>> out = new ArrayList<>();
            for (Block b : blocks) {
                if (b.kind() != Kind.HEADING) {
                    out.addAll(b.sentences());
                }
            }
            sentences = List.copyOf(out);
        }
        return sentences;
    }

    private List<List<String>> sentences;

    /** Flesch reading ease of the prose, headings left out. */
    public Readability readability() {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (List<String> s : sentences()) {
            sentences++;
            words += s.size();
            syllables += Syllables.count(s);
        }
        return Readability.of(words, sentences, syllables);
    }
}
