package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The syllable rule of {@link Syllables} on words whose last letters decide it (a silent e after a
 * vowel, a consonant + le, a z or an a among the last three letters), in small letters, capitals
 * and title case: a heading or an acronym in capitals counts as the same word in small letters
 * does, so the readability score does not move when a writer capitalises.
 */
class SyllableCaseTest {
    /** Each word with its count by the documented rule. */
    private static final List<Object[]> WORDS = List.of(
            new Object[] {"tale", 1}, // silent e after l, as the l follows a vowel
            new Object[] {"table", 2}, // consonant + le keeps its e
            new Object[] {"gaze", 1},
            new Object[] {"maze", 1},
            new Object[] {"zebra", 2},
            new Object[] {"pizza", 2},
            new Object[] {"data", 2},
            new Object[] {"idea", 2},
            new Object[] {"agree", 2}, // a doubled e is heard
            new Object[] {"ago", 1}, // three letters or fewer: one
            new Object[] {"area", 2}, // a run of vowels, "ea", counts once
            new Object[] {"yvette", 1}, // a first y is no vowel: e, e, and the last is silent
            new Object[] {"lazes", 2}, // -es after z is heard
            new Object[] {"lazed", 1}, // -ed after z is not
            new Object[] {"sized", 1},
            new Object[] {"boxes", 2});

    @Test
    void aWordCountsTheSameInSmallLettersCapitalsAndTitleCase() {
        for (Object[] row : WORDS) {
            String word = (String) row[0];
            int expected = (int) row[1];
            String title = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            for (String form : List.of(word, word.toUpperCase(Locale.ROOT), title)) {
                assertThat(Syllables.count(form)).as(form).isEqualTo(expected);
                Readability r = ArticleText.of("It was " + form + ".").readability();
                assertThat(r.syllables()).as(form).isEqualTo(2 + expected);
            }
        }
    }

    @Test
    void aHyphenatedWordIsTheSumOfItsParts() {
        assertThat(Syllables.count("tale-table")).isEqualTo(3);
        assertThat(Syllables.count("GAZE-AGREE-ZEBRA")).isEqualTo(5);
        assertThat(ArticleText.of("A well-made tale-table.").readability().syllables()).isEqualTo(1 + 2 + 3);
    }
}
