package org.masthead.ui;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.masthead.document.Document;

/** Turns the open document into the preview page. */
final class Pages {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Pages() {
    }

    static String article(Document doc) {
        return "<html><body><div id=\"content\">" + RENDERER.render(PARSER.parse(doc.markdown())) + "</div></body></html>";
    }
}
