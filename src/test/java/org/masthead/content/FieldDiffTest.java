package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;

class FieldDiffTest {
    private static Document doc(String text) throws Exception {
        return Document.parse("a.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void changedAddedAndRemovedValuesAndTheDecodedBodyLines() throws Exception {
        Document before = doc("---\nseo:\n  title: Old\nscore: 1\nanswer: >-\n    One\\n\\nTwo\n---\n\n&nbsp;");
        Document after = doc("---\nseo:\n  title: New\nsubject: Physics\nanswer: >-\n    One\\n\\nTwo, changed\n---\n\n&nbsp;");
        FieldDiff d = FieldDiff.of(before, after);
        assertThat(d.fields()).extracting(Object::toString)
                .containsExactly("seo.title: \"Old\" → \"New\"", "subject: added \"Physics\"", "score: removed (was \"1\")");
        assertThat(d.body()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(LineDiff.Kind.CHANGED);
            assertThat(row.left()).isEqualTo("Two");
            assertThat(row.right()).isEqualTo("Two, changed");
        });
        assertThat(FieldDiff.of(after, after).isEmpty()).isTrue();
    }
}
