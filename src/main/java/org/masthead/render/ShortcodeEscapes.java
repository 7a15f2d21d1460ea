package org.masthead.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Hugo documents a shortcode by writing its inside as a comment, {@code {{</* x }} and its
 * mirror-image closer, which Hugo prints as the plain shortcode; in code, where such examples
 * live, the preview does the same.
 */
final class ShortcodeEscapes implements PostProcessor {
    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                code.setLiteral(unescape(code.getLiteral()));
            }

            @Override
            public void visit(FencedCodeBlock block) {
                block.setLiteral(unescape(block.getLiteral()));
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                block.setLiteral(unescape(block.getLiteral()));
            }
        });
        return document;
    }

    static String unescape(String code) {
        if (code == null || !code.contains("/*")) {
            return code;
        }
        return code.replace("{{</*", "{{<").replace("*/>}}", ">}}").replace("{{%/*", "{{%").replace("*/%}}", "%}}");
    }
}
