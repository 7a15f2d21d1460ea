package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The passive-voice rule of {@link Passive} at its edges: at most two adverbs between "to be" and
 * the participle, a participle of four letters, the longest form of "to be", and words that only
 * start like one ("Wasps", "Isabel"). Each sentence is judged as the check judges it, in place in
 * an article's prose, and on its words as Strings; the two must agree.
 */
class PassiveEdgesTest {
    @Test
    void passiveSentences() {
        for (String s : List.of("The house was not often cleaned.", "The car was used daily.", "They weren't told.",
                "They weren’t told.", "In the long story told here, the letter was written by hand.",
                "The old bridge is always repaired.", "IT WAS SEEN")) {
            assertThat(judged(s)).as(s).containsExactly(true, true);
        }
    }

    @Test
    void activeSentences() {
        for (String s : List.of("The house was not often always cleaned.", "Wasps attacked the picnic.",
                "Isabel painted the walls.", "Berries ripened early.", "Amy baked bread.", "The plan was red.",
                "It is odd.")) {
            assertThat(judged(s)).as(s).containsExactly(false, false);
        }
    }

    private static List<Boolean> judged(String sentence) {
        List<List<String>> sentences = ArticleText.of(sentence).sentences();
        assertThat(sentences).hasSize(1);
        return List.of(Passive.isPassive(sentences.get(0)), Passive.isPassive(Words.of(sentence)));
    }
}
