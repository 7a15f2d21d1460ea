package org.masthead.spell;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The words of a Markdown text's prose, at their offsets in the text. The text is parsed as the
 * preview parses it and only its text nodes are read: code spans and blocks, HTML, and link targets
 * are never text nodes, and an autolink's text (the URL itself) is skipped, as is a bare URL. Math, shortcodes and
 * Liquid tags sit inside text nodes, so they are cut out by {@link ProseWords#masked}.
 */
public final class MarkdownProse {
    // No autolink extension: a bare URL stays text, which the word finder skips as machine text,
    // and linking it would cost a folder-wide run a twentieth of its time.
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownProse() {
    }

    public static List<Word> words(String markdown) {
        int[] masked = ProseWords.masked(markdown);
        List<Word> out = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                collect(markdown, text.getSourceSpans(), masked, out);
            }

            @Override
            public void visit(Code code) {
            }

            @Override
            public void visit(FencedCodeBlock block) {
            }

            @Override
            public void visit(IndentedCodeBlock block) {
            }

            @Override
            public void visit(HtmlBlock block) {
            }

            @Override
            public void visit(HtmlInline html) {
            }

            @Override
            public void visit(Link link) {
                if (!isAutolink(link)) {
                    visitChildren(link);
                }
            }
        });
        return out;
    }

    /** A link whose text is its own target (a bare URL or an address in angle brackets). */
    private static boolean isAutolink(Link link) {
        Node child = link.getFirstChild();
        if (!(child instanceof Text text) || child.getNext() != null) {
            return false;
        }
        String target = link.getDestination();
        String shown = text.getLiteral();
        return target.equals(shown) || target.endsWith(shown);
    }

    /** The words of a text node's source, its touching spans read as one run so no word is cut in two. */
    private static void collect(String markdown, List<SourceSpan> spans, int[] masked, List<Word> out) {
        int start = -1;
        int end = -1;
        for (SourceSpan span : spans) {
            int from = span.getInputIndex();
            if (from < 0) {
                continue;
            }
            if (from != end && start >= 0) {
                ProseWords.collect(markdown, start, end, masked, out);
                start = -1;
            }
            if (start < 0) {
                start = from;
            }
            end = Math.min(markdown.length(), from + span.getLength());
        }
        if (start >= 0) {
            ProseWords.collect(markdown, start, end, masked, out);
        }
    }
}
