package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The band a reading-ease score is shown in, at each of Flesch's limits (a score of exactly 90 is
 * "very easy", just under it "easy"), and both formulas over several sentences, where words per
 * sentence is no longer the word count.
 */
class ReadabilityBandsTest {
    @Test
    void eachLimitBelongsToTheBandAboveIt() {
        double[] limits = {90, 80, 70, 60, 50, 30};
        String[] bands = {"very easy", "easy", "fairly easy", "plain English", "fairly difficult", "difficult",
            "very difficult"};
        for (int i = 0; i < limits.length; i++) {
            assertThat(band(limits[i])).as("at " + limits[i]).isEqualTo(bands[i]);
            assertThat(band(limits[i] - 0.01)).as("under " + limits[i]).isEqualTo(bands[i + 1]);
        }
        assertThat(band(120)).isEqualTo("very easy");
        assertThat(band(-20)).isEqualTo("very difficult");
        assertThat(band(Double.NaN)).isEqualTo("no text");
    }

    @Test
    void wordsPerSentenceAndSyllablesPerWordOverSeveralSentences() {
        // 20 words in 2 sentences, 30 syllables: 206.835 − 1.015 × 10 − 84.6 × 1.5 = 69.785;
        // grade 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01
        Readability r = Readability.of(20, 2, 30);
        assertThat(r.score()).isCloseTo(69.785, within(1e-9));
        assertThat(r.grade()).isCloseTo(6.01, within(1e-9));
        assertThat(r.band()).isEqualTo("plain English");
        assertThat(Readability.of(0, 0, 0).grade()).isNaN();
        assertThat(Readability.of(5, 0, 5).grade()).isNaN();
    }

    private static String band(double score) {
        return new Readability(score, 1, 1, 1).band();
    }
}
