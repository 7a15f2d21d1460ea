package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/**
 * What the fast reader may answer, judged against the editor's model ({@link Document#parse}):
 * either the model's own tree and body path, or null (the parser decides). When the parser
 * refuses a text, the fast reader must not accept it.
 */
final class FastReaderVerdicts {
    private FastReaderVerdicts() {
    }

    /** The fast reader answers {@code text} itself, with the model's tree and body path. */
    static MapField answersAsTheModel(String text) throws DocumentException {
        FastFrontMatter.Result quick = FastFrontMatter.read(text);
        assertThat(quick).as("the fast reader answers for:%n%s", text).isNotNull();
        Document doc = Document.parse("t.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(quick.root()).as(text).isEqualTo(doc.root());
        KeyPath body = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        assertThat(quick.bodyPath()).as(text).isEqualTo(body);
        return quick.root();
    }

    /** The fast reader leaves {@code text} to the parser, or answers exactly as the model; it never throws. */
    static FastFrontMatter.Result neverDisagrees(String text) {
        FastFrontMatter.Result quick = FastFrontMatter.read(text);
        Document doc;
        try {
            doc = Document.parse("t.md", text.getBytes(StandardCharsets.UTF_8));
        } catch (DocumentException refused) {
            assertThat(quick).as("the parser refuses (%s), so the fast reader must too:%n%s", refused.getMessage(), text)
                    .isNull();
            return null;
        }
        if (quick != null) {
            assertThat(quick.root()).as(text).isEqualTo(doc.root());
        }
        return quick;
    }
}
