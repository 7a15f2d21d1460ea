package org.masthead.render;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Arabic letters in the joined shapes their neighbours call for, as Unicode's presentation forms.
 * JavaFX's WebView draws text through a path that maps each character to a glyph on its own and
 * never applies a font's joining rules: with any font and any CSS, every Arabic letter came out
 * in its isolated form (a word measured as wide as its letters separated by ZWNJ). The window's
 * own controls shape text, so this is for the preview page only; an exported page keeps the
 * letters as written and lets the browser shape them.
 */
final class ArabicShapes {
    private static final int OPTIONS = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;

    private ArabicShapes() {
    }

    /** {@code text} with its Arabic letters joined; the same instance when it has none. */
    static String shape(String text) {
        if (text == null || !hasArabic(text)) {
            return text;
        }
        try {
            return new ArabicShaping(OPTIONS).shape(text);
        } catch (ArabicShapingException | RuntimeException e) {
            // text that cannot be shaped is shown as written, unjoined
            return text;
        }
    }

    /** Shapes every text node of {@code document}. */
    static void shapeAll(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                String shaped = shape(text.getLiteral());
                if (shaped != text.getLiteral()) {
                    text.setLiteral(shaped);
                }
            }
        });
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F') {
                return true;
            }
        }
        return false;
    }
}
