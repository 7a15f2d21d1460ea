package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.content.ArticleChanges.Change;
import org.masthead.document.Document;

class ArticleChangesTest {
    private static Document doc(String text) throws Exception {
        return Document.parse("a.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesEachChangedFieldAndParagraphAndNothingElse() throws Exception {
        String before = "---\ntitle: A\nseo:\n  title: S\ntags: [x]\n---\nOne.\n\nTwo.\n\nThree.\n";
        String after = "---\ntitle: A\nseo:\n  title: S2\ntags: [x, y]\nnew: n\n---\nOne.\n\nTwo, edited.\n\nThree.\n\nFour.\n";
        assertThat(ArticleChanges.between(doc(before), doc(after))).containsExactly(
                new Change("seo.title", "S", "S2"),
                new Change("tags[1]", null, "y"),
                new Change("new", null, "n"),
                new Change("paragraph 2", "Two.", "Two, edited."),
                new Change("new paragraph at the end", null, "Four."));
    }

    @Test
    void aRemovedFieldAndParagraphAreNamed() throws Exception {
        String before = "---\ntitle: A\nold: o\n---\nOne.\n\nTwo.\n";
        String after = "---\ntitle: A\n---\nTwo.\n";
        assertThat(ArticleChanges.between(doc(before), doc(after))).containsExactly(
                new Change("old", "o", null),
                new Change("paragraph 1", "One.", null));
    }

    @Test
    void theReferenceFormatsBodyIsComparedByDecodedParagraph() throws Exception {
        String before = "---\ntitle: T\nanswer: >-\n    One.\\n\\nTwo.\n---\n\n&nbsp;";
        String after = before.replace("Two.", "Two!");
        assertThat(ArticleChanges.between(doc(before), doc(after)))
                .containsExactly(new Change("answer paragraph 2", "Two.", "Two!"));
    }

    @Test
    void aParagraphAddedAfterTheLastChangesOnlyThat() throws Exception {
        String before = "---\ntitle: T\nanswer: >-\n    One.\\n\\nTwo.\n---\n\n&nbsp;";
        String after = before.replace("Two.", "Two.\\n\\nThree.");
        assertThat(ArticleChanges.between(doc(before), doc(after)))
                .containsExactly(new Change("answer new paragraph at the end", null, "Three."));
    }

    @Test
    void piecesJoinBackToTheExactText() {
        String text = "a\nb\n\n\n  \nc\n\nd";
        assertThat(String.join("", ArticleParts.pieces(text))).isEqualTo(text);
        assertThat(ArticleParts.paragraphs(text)).containsExactly("a\nb", "c", "d");
        assertThat(ArticleParts.pieces("p\n\nq\n")).containsExactly("p", "\n\n", "q", "\n");
    }
}
