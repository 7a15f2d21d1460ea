package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.document.DocumentException;
import org.masthead.testing.TestCorpus;

class ConflictResolutionTest {
    private static final String LATER = "These equations can be solved simultaneously to find the estimates";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachFieldAndParagraphIsChosenOnItsOwn() throws Exception {
        String base = Files.readString(TestCorpus.quicktakes().resolve("how-are-the-normal-equations-used-in-ols.md"));
        String mine = base.replace("  title: QuickTakes | Economics\n", "  title: QuickTakes | Econometrics\n")
                .replace(LATER, "These two equations give the estimates");
        String theirs = base.replace("  title: QuickTakes | Economics\n", "  title: QuickTakes | Statistics\n")
                .replace(LATER, "Solving them together gives the estimates");
        ArticleMergeDriver.Outcome merged = ArticleMergeDriver.merge("a.md", utf8(base), utf8(mine), utf8(theirs));
        assertThat(merged.conflicts()).hasSize(2);

        ConflictResolution r = ConflictResolution.read("a.md", merged.bytes());

        assertThat(r.places()).extracting(ConflictResolution.Place::where).containsExactly("title", "answer (Markdown)");
        assertThat(r.places().get(0).theirs()).isEqualTo("  title: QuickTakes | Statistics\n");
        assertThat(r.places().get(1).mine()).startsWith("These two equations give the estimates");
        byte[] fixed = r.resolve(List.of(r.places().get(0).theirs(), r.places().get(1).mine()));
        String expected = mine.replace("  title: QuickTakes | Econometrics\n", "  title: QuickTakes | Statistics\n");
        assertThat(new String(fixed, StandardCharsets.UTF_8)).isEqualTo(expected);
        byte[] edited = r.resolve(List.of("  title: QuickTakes | Edited\n", r.places().get(1).theirs()));
        assertThat(new String(edited, StandardCharsets.UTF_8)).isEqualTo(theirs
                .replace("  title: QuickTakes | Statistics\n", "  title: QuickTakes | Edited\n"));
    }

    @Test
    void aChoiceThatLeavesNoArticleIsRefused() {
        ConflictResolution r = ConflictResolution.read("a.md", utf8("""
                ---
                <<<<<<< ours
                a: 1
                =======
                a: 2
                >>>>>>> theirs
                ---
                Body
                """));
        assertThat(r.places()).singleElement().extracting(ConflictResolution.Place::where).isEqualTo("a");
        assertThatThrownBy(() -> r.resolve(List.of("a: [\n"))).isInstanceOf(DocumentException.class);
    }

    @Test
    void markersOfADiff3BaseAreSkipped() {
        MarkerConflicts c = MarkerConflicts.parse("x\n<<<<<<< ours\nm\n||||||| base\nb\n=======\nt\n>>>>>>> theirs\ny");
        assertThat(c.conflicts()).containsExactly(new MarkerConflicts.Conflict("m\n", "t\n", "ours"));
        assertThat(c.resolve(List.of("t\n"))).isEqualTo("x\nt\ny");
    }
}
