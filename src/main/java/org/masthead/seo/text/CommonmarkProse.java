package org.masthead.seo.text;

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

/**
 * The prose of Markdown as commonmark parses it, as the preview parses it, for {@link ProseReader}:
 * the Markdown beyond {@link PlainMarkdown}'s subset, and the inline markup of blocks within it
 * that have more than emphasis. Kept apart so that a folder of plain Markdown never loads the
 * library.
 */
final class CommonmarkProse {
    // Only tables matter beyond CommonMark here: a table's cells are not prose. No source spans for
    // inlines: the blocks' lines are enough and inline spans cost a folder-wide run time.
    static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).inlineParserFactory(new PlainInlines()).build();
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private CommonmarkProse() {
    }

    /** commonmark's parser with its own inline parser, what the tests hold the short ways to; made when first asked for. */
    static final class Library {
        static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

        private Library() {
        }
    }

    /**
     * Appends the text of a block of {@link PlainMarkdown}, whose lines are {@code lines}, as
     * commonmark's inline parser reads it; its images' alt texts go to {@code alts}. The subset has
     * no link reference definitions, so an empty context is the document's.
     */
    static void inlines(List<String> lines, int line, Prose prose, List<ArticleText.Alt> alts) {
        SourceLines source = new SourceLines();
        for (String l : lines) {
            source.addLine(SourceLine.of(l, null));
        }
        Paragraph block = new Paragraph();
        new InlineParserImpl(NO_DEFINITIONS).parse(source, block);
        inline(block, prose, alts, line);
    }

    /** Reads {@code text} with commonmark's {@code parser}. */
    static void read(Parser parser, String text, Prose prose, List<ProseReader.Found> found, List<ArticleText.Alt> alts) {
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
                found.add(new ProseReader.Found(kind, level, line, from, prose.length()));
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


    static void inline(Node parent, Prose out, List<ArticleText.Alt> alts, int line) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof PlainInlines.Plain plain) {
                out.append(plain.chars, 0, plain.chars.length);
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
}
