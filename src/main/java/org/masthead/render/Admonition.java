package org.masthead.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A Docusaurus or VitePress admonition, {@code :::tip Optional title} up to a line of as many
 * colons, shown as the alert of the same kind. Like a code fence, one left open runs to the end.
 */
final class Admonition extends CustomBlock {
    private static final Set<String> KINDS = Set.of("note", "tip", "info", "important", "warning", "caution", "danger");

    private final String kind;
    private final String title;

    private Admonition(String kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    private static final class Parser extends AbstractBlockParser {
        private final Admonition block;
        private final int colons;

        Parser(Admonition block, int colons) {
            this.block = block;
            this.colons = colons;
        }

        @Override
        public Block getBlock() {
            return block;
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
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() < 4 && colonsAt(line, at) >= colons && line.subSequence(at, line.length()).toString().strip()
                    .chars().allMatch(c -> c == ':')) {
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    private static int colonsAt(CharSequence line, int at) {
        int i = at;
        while (i < line.length() && line.charAt(i) == ':') {
            i++;
        }
        return i - at;
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            int colons = colonsAt(line, at);
            if (colons < 3) {
                return BlockStart.none();
            }
            String rest = line.subSequence(at + colons, line.length()).toString().strip();
            int space = rest.indexOf(' ');
            String kind = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                return BlockStart.none();
            }
            String title = space < 0 ? "" : rest.substring(space + 1).strip();
            return BlockStart.of(new Parser(new Admonition(kind, title), colons)).atIndex(line.length());
        }
    }

    static final class Renderer implements NodeRenderer {
        // the alert whose colours a kind takes
        private static final Map<String, String> LOOKS = Map.of("info", "note", "danger", "caution");

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Admonition.class);
        }

        @Override
        public void render(Node node) {
            Admonition admonition = (Admonition) node;
            String kind = admonition.kind;
            html.line();
            html.tag("div", context.extendAttributes(admonition, "div",
                    Map.of("class", "markdown-alert markdown-alert-" + LOOKS.getOrDefault(kind, kind))));
            html.tag("p", Map.of("class", "markdown-alert-title"));
            html.text(admonition.title.isEmpty() ? kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) : admonition.title);
            html.tag("/p");
            html.line();
            for (Node child = admonition.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/div");
            html.line();
        }
    }
}
