package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Flesch reading ease against a published worked example. Wikipedia's article "Flesch–Kincaid
 * readability tests" counts the sentence "The Australian platypus is seemingly a hybrid of a
 * mammal and reptilian creature" as 13 words and 24 syllables (Flesch–Kincaid grade 11.3). By
 * Flesch's formula, 206.835 − 1.015 × 13/1 − 84.6 × 24/13, its reading ease is 37.5.
 */
class ReadabilityTest {
    @Test
    void agreesWithThePublishedPlatypusExample() {
        Readability r = ArticleText.of("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.")
                .readability();
        assertThat(r.words()).isEqualTo(13);
        assertThat(r.sentences()).isEqualTo(1);
        assertThat(r.syllables()).isEqualTo(24);
        assertThat(r.score()).isCloseTo(37.5, within(1.0));
        assertThat(r.grade()).isCloseTo(11.3, within(0.1));
        assertThat(r.band()).isEqualTo("difficult");
    }

    @Test
    void oneSyllableWordsInShortSentencesScoreAboveOneHundred() {
        // 6 words, 6 syllables, 1 sentence: 206.835 − 6.09 − 84.6 = 116.1 by the formula
        Readability r = ArticleText.of("The cat sat on the mat.").readability();
        assertThat(r.score()).isCloseTo(116.1, within(0.1));
        assertThat(r.band()).isEqualTo("very easy");
    }

    @Test
    void noSentenceHasNoScore() {
        assertThat(ArticleText.of("```\ncode only\n```").readability().score()).isNaN();
    }
}
