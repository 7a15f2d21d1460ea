package org.masthead.render;

import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Marks each block element with {@code data-source-line}, the 1-based line of the Markdown where
 * it starts, so the editor and the preview can scroll together, and with {@code dir="auto"}, so
 * that a paragraph in Arabic or Hebrew runs right to left and one in English left to right, each
 * by its first strong letter, as the writer's editor shows it.
 */
final class SourceLineAttributes implements AttributeProvider {
    static final String ATTRIBUTE = "data-source-line";

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        // a code block writes <pre><code>: mark the outer element only
        if (tagName.equals("code") || node instanceof Document) {
            return;
        }
        if (!(node instanceof Block) && !(node instanceof TableRow)) {
            return;
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
            attributes.put(ATTRIBUTE, Integer.toString(spans.get(0).getLineIndex() + 1));
        }
        attributes.put("dir", "auto");
    }
}
