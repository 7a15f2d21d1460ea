package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The editor sets the body on every keystroke, so intermediate values must keep the folded style. */
class TypingIntoAFoldedValueTest {
    private static final String SOURCE = "---\ntitle: T\nanswer: >-\n    First line\nsubject: S\n---\n\n&nbsp;";

    @Test
    void aTrailingSpaceWhileTypingDoesNotTurnTheValueIntoAQuotedString() throws DocumentException {
        Document doc = Document.parse("a.md", SOURCE.getBytes(StandardCharsets.UTF_8));
        String typed = "\n\nQuokkas smile often";
        for (int k = 1; k <= typed.length(); k++) {
            doc = doc.withMarkdown("First line" + typed.substring(0, k));
            assertThat(doc.text()).as("after typing %d characters", k).contains("answer: >-\n    First line");
        }
        assertThat(doc.text()).isEqualTo(SOURCE.replace("First line", "First line\\n\\nQuokkas smile often"));
    }

    @Test
    void aFoldedValueEndingInSpacesKeepsThemAndCanBeReplaced() throws DocumentException {
        Document doc = Document.parse("a.md", "---\nk: >-\n    abc  \nz: 1\n---\n".getBytes(StandardCharsets.UTF_8));
        assertThat(doc.getString(KeyPath.parse("k"))).contains("abc  ");
        assertThat(doc.set(KeyPath.parse("k"), "abc d").text()).isEqualTo("---\nk: >-\n    abc d\nz: 1\n---\n");
    }
}
