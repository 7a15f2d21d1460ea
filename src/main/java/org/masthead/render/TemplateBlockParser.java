package org.masthead.render;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses a {@link TemplateBlock} from the lines a {@link TemplateScan} found: the tag's own lines,
 * then, for a paired tag, every line up to its closing tag, which the block consumes. Markdown
 * between the two is parsed as the block's children, as Hugo's {@code {{% %}}} and most
 * shortcodes render it; a code body is kept verbatim.
 */
final class TemplateBlockParser extends AbstractBlockParser {
    private final TemplateBlock block;
    private final TemplateScan.Line line;
    private final boolean codeBody;
    private final StringBuilder code = new StringBuilder();
    // whether the line being continued is body, not the tag's own; lines handed to addLine carry no line number
    private boolean inBody;

    private TemplateBlockParser(TemplateScan.Line line) {
        this.line = line;
        this.block = new TemplateBlock(line.tag());
        this.codeBody = line.paired() && TemplateScan.CODE_BODIES.contains(line.tag().name());
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return line.paired() && !codeBody;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return isContainer();
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        int at = lineIndex(state.getLine());
        CharSequence content = state.getLine().getContent();
        inBody = at > line.last();
        if (at <= line.last()) {
            // the rest of a tag written over several lines
            return at == line.last() && !line.paired() ? BlockContinue.finished() : BlockContinue.atIndex(content.length());
        }
        if (!line.paired()) {
            return BlockContinue.none();
        }
        if (at == line.closeLine()) {
            return BlockContinue.finished();
        }
        if (at > line.closeLine() || at < 0) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine sourceLine) {
        if (codeBody && inBody) {
            code.append(sourceLine.getContent()).append('\n');
        }
    }

    @Override
    public void closeBlock() {
        if (codeBody) {
            block.setCode(code.toString());
        }
    }

    private static int lineIndex(SourceLine line) {
        return line.getSourceSpan() == null ? -1 : line.getSourceSpan().getLineIndex();
    }

    /** Starts a block where the scan found a tag alone on its line, and nowhere else. */
    static final class Factory extends AbstractBlockParserFactory {
        private final TemplateScan scan;

        Factory(TemplateScan scan) {
            this.scan = scan;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            TemplateScan.Line found = scan.at(lineIndex(state.getLine()));
            if (found == null) {
                return BlockStart.none();
            }
            CharSequence content = state.getLine().getContent();
            TemplateTag tag = TemplateTag.at(content.toString(), state.getNextNonSpaceIndex());
            if (tag == null && found.last() > found.first()) {
                // a tag over several lines: this line holds only its start
                tag = found.tag();
            } else if (tag == null || !tag.equals(withEnd(found.tag(), tag.end()))) {
                return BlockStart.none();
            }
            return BlockStart.of(new TemplateBlockParser(found)).atIndex(content.length());
        }

        private static TemplateTag withEnd(TemplateTag tag, int end) {
            return new TemplateTag(tag.syntax(), tag.name(), tag.args(), tag.closing(), tag.selfClosing(), tag.escaped(), end);
        }
    }
}
