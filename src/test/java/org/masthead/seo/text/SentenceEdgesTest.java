package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where sentences end in an article's prose, at the places the rule of {@link Sentences} names:
 * closing quotes and brackets after the point, an ellipsis that opens a paragraph, and the
 * longest listed abbreviation in small letters and in capitals. The readability and passive-voice
 * checks count these sentences, so a wrong cut moves their scores.
 */
class SentenceEdgesTest {
    @Test
    void aSentenceEndsAfterTheQuotesAndBracketsThatCloseIt() {
        assertThat(ArticleText.of("He said \"stop.\" Then he left. (It rained.) Fine! 'Yes?' Done.").sentences())
                .containsExactly(List.of("He", "said", "stop"), List.of("Then", "he", "left"), List.of("It", "rained"),
                        List.of("Fine"), List.of("Yes"), List.of("Done"));
        assertThat(ArticleText.of("She wrote “done.” Then slept… It’s late.’ Over.").sentences())
                .containsExactly(List.of("She", "wrote", "done"), List.of("Then", "slept"), List.of("It’s", "late"),
                        List.of("Over"));
    }

    @Test
    void anEllipsisThatOpensAParagraphEndsNoSentence() {
        assertThat(ArticleText.of("... and so it began. Then more.").sentences())
                .containsExactly(List.of("and", "so", "it", "began"), List.of("Then", "more"));
        assertThat(ArticleText.of("First part.\n\n. and a point. Last.").sentences())
                .containsExactly(List.of("First", "part"), List.of("and", "a", "point"), List.of("Last"));
    }

    @Test
    void theLongestListedAbbreviationDoesNotEndASentenceInAnyCase() {
        for (String approx : List.of("approx.", "Approx.", "APPROX.")) {
            assertThat(ArticleText.of("It is " + approx + " ten miles away. Go.").sentences()).as(approx)
                    .containsExactly(List.of("It", "is", approx.substring(0, 6), "ten", "miles", "away"), List.of("Go"));
        }
        // one letter more than any listed abbreviation: the point ends the sentence
        assertThat(ArticleText.of("It is approxx. Ten miles away.").sentences())
                .containsExactly(List.of("It", "is", "approxx"), List.of("Ten", "miles", "away"));
    }
}
