package org.masthead.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Definition lists as kramdown and Goldmark write them: the lines of a paragraph are terms, and
 * each following line that starts with {@code ": "} starts a definition, whose further lines are
 * indented to its text.
 *
 * <pre>
 * Goldmark
 * : Hugo's Markdown renderer
 * </pre>
 */
final class DefinitionList extends CustomBlock {
    /** A term: one line of inline text. */
    static final class Term extends CustomBlock {
    }

    /** A definition: any blocks. */
    static final class Description extends CustomBlock {
    }

    /** The list; its terms are made from the paragraph the first definition follows. */
    private static final class ListParser extends AbstractBlockParser {
        private final DefinitionList list = new DefinitionList();
        private final SourceLines terms;
        // the indentation of the last definition's text: a line indented as far continues that definition
        private int indent;

        ListParser(SourceLines terms, int indent) {
            this.terms = terms;
            this.indent = indent;
            for (SourceLine line : terms.getLines()) {
                Term term = new Term();
                if (line.getSourceSpan() != null) {
                    term.addSourceSpan(line.getSourceSpan());
                }
                list.appendChild(term);
            }
        }

        @Override
        public Block getBlock() {
            return list;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return childBlock instanceof Description;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank() || startsDefinition(state) || state.getIndent() >= indent) {
                return BlockContinue.atIndex(state.getIndex());
            }
            return BlockContinue.none();
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            Node term = list.getFirstChild();
            for (SourceLine line : terms.getLines()) {
                inlineParser.parse(SourceLines.of(SourceLine.of(line.getContent().toString().strip(), line.getSourceSpan())), term);
                term = term.getNext();
            }
        }
    }

    private static final class DescriptionParser extends AbstractBlockParser {
        private final Description description = new Description();
        private final int indent;
        // the line of the colon; the parser also hands the first definition the lines of the terms
        private final int firstLine;

        DescriptionParser(int indent, int firstLine) {
            this.indent = indent;
            this.firstLine = firstLine;
        }

        @Override
        public void closeBlock() {
            description.setSourceSpans(description.getSourceSpans().stream()
                    .filter(span -> span.getLineIndex() >= firstLine).toList());
        }

        @Override
        public Block getBlock() {
            return description;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return description.getFirstChild() == null ? BlockContinue.none() : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= indent) {
                return BlockContinue.atColumn(state.getColumn() + indent);
            }
            return BlockContinue.none();
        }
    }

    private static boolean startsDefinition(ParserState state) {
        if (state.getIndent() >= 4) {
            return false;
        }
        CharSequence line = state.getLine().getContent();
        int at = state.getNextNonSpaceIndex();
        return at + 1 < line.length() && line.charAt(at) == ':' && (line.charAt(at + 1) == ' ' || line.charAt(at + 1) == '\t');
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (!startsDefinition(state)) {
                return BlockStart.none();
            }
            // the definition's text starts after ": " and any further spaces
            CharSequence line = state.getLine().getContent();
            int text = state.getNextNonSpaceIndex() + 1;
            while (text < line.length() && line.charAt(text) == ' ' && text - state.getNextNonSpaceIndex() < 4) {
                text++;
            }
            int column = state.getColumn() + state.getIndent() + (text - state.getNextNonSpaceIndex());
            int indent = text - state.getNextNonSpaceIndex() + state.getIndent();
            int firstLine = state.getLine().getSourceSpan() == null ? -1 : state.getLine().getSourceSpan().getLineIndex();
            BlockParser parser = matched.getMatchedBlockParser();
            if (parser instanceof ListParser list) {
                list.indent = indent;
                return BlockStart.of(new DescriptionParser(indent, firstLine)).atColumn(column);
            }
            SourceLines terms = matched.getParagraphLines();
            if (terms.isEmpty()) {
                return BlockStart.none();
            }
            return BlockStart.of(new ListParser(terms, indent), new DescriptionParser(indent, firstLine))
                    .replaceParagraphLines(terms.getLines().size()).atColumn(column);
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(DefinitionList.class, Term.class, Description.class);
        }

        @Override
        public void render(Node node) {
            String tag = node instanceof DefinitionList ? "dl" : node instanceof Term ? "dt" : "dd";
            html.line();
            html.tag(tag, context.extendAttributes(node, tag, Map.of()));
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}
