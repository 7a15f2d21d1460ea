package org.masthead.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Display math on lines of its own: a line starting with {@code $$} (or {@code \[}) up to a line
 * ending with {@code $$} (or {@code \]}), or both on one line. Such a block may interrupt a
 * paragraph, as it does in real articles ("formula:\n$$\n...\n$$\nwhere ..."). A blank line
 * before the closing fence ends the block unclosed (TeX forbids blank lines in display math),
 * and the block then shows as a plain paragraph.
 */
final class MathBlockParser extends AbstractBlockParser {
    private final MathBlock block = new MathBlock();
    private final String closer;
    private final List<String> tex = new ArrayList<>();
    private final List<SourceLine> raw = new ArrayList<>();
    private boolean closed;
    private boolean openingLineAdded;

    private MathBlockParser(String closer, SourceLine opening, String firstTex) {
        this.closer = closer;
        raw.add(opening);
        if (!firstTex.isBlank()) {
            tex.add(firstTex);
        }
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        if (state.isBlank()) {
            return BlockContinue.none();
        }
        CharSequence content = state.getLine().getContent();
        String line = content.subSequence(state.getIndex(), content.length()).toString();
        String trimmed = line.strip();
        if (trimmed.endsWith(closer)) {
            String last = trimmed.substring(0, trimmed.length() - closer.length());
            if (!last.isBlank()) {
                tex.add(last);
            }
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        if (!openingLineAdded) {
            // the rest of the opening line, which the factory already consumed
            openingLineAdded = true;
            return;
        }
        raw.add(line);
        tex.add(line.getContent().toString());
    }

    @Override
    public void closeBlock() {
        block.finish(String.join("\n", tex).strip(), closed);
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (!closed) {
            inlineParser.parse(SourceLines.of(raw), block);
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence content = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String rest = content.subSequence(start, content.length()).toString();
            String opener = rest.startsWith("$$") ? "$$" : rest.startsWith("\\[") ? "\\[" : null;
            if (opener == null) {
                return BlockStart.none();
            }
            String closer = opener.equals("$$") ? "$$" : "\\]";
            String after = rest.substring(opener.length()).strip();
            int close = after.indexOf(closer);
            SourceLine opening = state.getLine().substring(start, content.length());
            if (close < 0) {
                return BlockStart.of(new MathBlockParser(closer, opening, after)).atIndex(content.length());
            }
            if (close != after.length() - closer.length() || after.substring(0, close).isBlank()) {
                // "$$a$$ and more" is inline math inside a paragraph, not a block
                return BlockStart.none();
            }
            MathBlockParser parser = new MathBlockParser(closer, opening, after.substring(0, close));
            parser.closed = true;
            return BlockStart.of(parser).atIndex(content.length());
        }
    }
}
