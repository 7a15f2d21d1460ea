package org.masthead.render;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** TeX math for commonmark: {@code $...$}, {@code \(...\)}, {@code $$...$$} and {@code \[...\]}. */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new MathBlockParser.Factory());
        parser.customInlineContentParserFactory(new MathInlineParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(MathNodeRenderer::new);
    }
}
