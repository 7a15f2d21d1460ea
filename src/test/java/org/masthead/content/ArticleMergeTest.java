package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;

class ArticleMergeTest {
    private static Document doc(String text) throws Exception {
        return Document.parse("a.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ArticleMerge.Result merge(String base, String mine, String theirs) throws Exception {
        return ArticleMerge.merge(doc(base), doc(mine), doc(theirs));
    }

    private static final String BASE = """
            ---
            # a comment that stays
            title: "Quoted title"
            subject: Physics
            tags: [a, b]
            seo:
              description: >-
                Folded
                text
            ---
            One.

            Two.

            Three.
            """;

    @Test
    void theirChangesToFieldsAndParagraphsIUntouchedAreTakenAndMineKept() throws Exception {
        String mine = BASE.replace("One.", "My one.").replace("Physics", "Chemistry");
        String theirs = BASE.replace("Three.", "Their three.").replace("tags: [a, b]", "tags: [a, b, c]")
                .replace("Folded", "Refolded");
        ArticleMerge.Result result = merge(BASE, mine, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.taken()).containsExactly("tags", "seo.description", "body");
        assertThat(result.merged().text()).isEqualTo(BASE.replace("One.", "My one.").replace("Physics", "Chemistry")
                .replace("Three.", "Their three.").replace("tags: [a, b]", "tags: [a, b, c]").replace("Folded", "Refolded"));
    }

    @Test
    void whereBothChangedTheSameFieldOrParagraphMineIsKeptAndNamed() throws Exception {
        String mine = BASE.replace("Quoted title", "My title").replace("Two.", "My two.");
        String theirs = BASE.replace("Quoted title", "Their title").replace("Two.", "Their two.").replace("Physics", "Biology");
        ArticleMerge.Result result = merge(BASE, mine, theirs);
        assertThat(result.conflicts()).containsExactly("title", "paragraphs of the body");
        assertThat(result.taken()).containsExactly("subject");
        assertThat(result.merged().text()).isEqualTo(mine.replace("Physics", "Biology"));
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() throws Exception {
        String both = BASE.replace("Two.", "Same two.").replace("Physics", "Maths");
        ArticleMerge.Result result = merge(BASE, both, both);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().text()).isEqualTo(both);
    }

    @Test
    void fieldsTheyAddedOrRemovedFollowThem() throws Exception {
        String mine = BASE.replace("One.", "My one.");
        String theirs = BASE.replace("subject: Physics\n", "").replace("title: \"Quoted title\"\n",
                "title: \"Quoted title\"\nauthor: Bob\n");
        ArticleMerge.Result result = merge(BASE, mine, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().getString(org.masthead.document.KeyPath.parse("author"))).contains("Bob");
        assertThat(result.merged().get(org.masthead.document.KeyPath.parse("subject"))).isEmpty();
        assertThat(result.merged().markdown()).startsWith("My one.");
    }

    @Test
    void aParagraphTheyAppendedAfterTheOneIEditedIsTaken() throws Exception {
        String mine = BASE.replace("Three.", "My three.");
        String theirs = BASE + "\nFour.\n";
        ArticleMerge.Result result = merge(BASE, mine, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().markdown()).isEqualTo("One.\n\nTwo.\n\nMy three.\n\nFour.\n");
    }

    @Test
    void theReferenceFormatsBodyFieldMergesByParagraph() throws Exception {
        String base = """
                ---
                title: Ohm
                answer: >-
                    First.\\n\\nSecond.\\n\\nThird.
                subject: Physics
                ---

                &nbsp;""";
        String mine = base.replace("First.", "My first.");
        String theirs = base.replace("Third.", "Their third.").replace("Physics", "physics");
        ArticleMerge.Result result = merge(base, mine, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().text()).isEqualTo(base.replace("First.", "My first.").replace("Third.", "Their third.")
                .replace("Physics", "physics"));
    }

    @Test
    void listsMergeAsOneFieldAndMyListChangeIsMadeOnTheirVersion() throws Exception {
        String mine = BASE.replace("tags: [a, b]", "tags: [a, b, mine]");
        String theirs = BASE.replace("Physics", "Biology");
        ArticleMerge.Result result = merge(BASE, mine, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().text()).isEqualTo(theirs.replace("tags: [a, b]", "tags: [a, b, mine]"));

        String theirList = BASE.replace("tags: [a, b]", "tags: [a, c]");
        ArticleMerge.Result both = merge(BASE, mine, theirList);
        assertThat(both.conflicts()).containsExactly("tags");
        assertThat(both.merged().text()).isEqualTo(mine);
    }

    @Test
    void aParagraphTheyAppendedToABodyFieldWithoutAFinalLineBreakIsTakenBesideMyEditOfTheLast() throws Exception {
        String base = "---\ntitle: T\nanswer: >-\n    One.\\n\\nTwo.\n---\n\n&nbsp;";
        String mine = base.replace("Two.", "My two.");
        String theirs = base.replace("Two.", "Two.\\n\\nThree.");
        ArticleMerge.Result result = merge(base, mine, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().text()).isEqualTo(base.replace("Two.", "My two.\\n\\nThree."));
    }
}
