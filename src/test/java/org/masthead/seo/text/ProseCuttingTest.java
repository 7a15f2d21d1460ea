package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words, sentences, syllables and keyphrase matches as the checks cut them over an article's
 * prose array: the same as the String rules on tricky text (text beyond Latin-1, apostrophes,
 * abbreviations at a block's edge, surrogate pairs, masked math and code).
 */
class ProseCuttingTest {
    @Test
    void wordsKeepApostrophesAndHyphensInsideAndSurrogatesApart() {
        ArticleText text = ArticleText.of("It’s a well-known don't-stop rule 😀 for naïve café-goers - yes 'quoted'.");
        assertThat(text.sentences()).containsExactly(List.of("It’s", "a", "well-known", "don't-stop", "rule", "for",
                "naïve", "café-goers", "yes", "quoted"));
    }

    @Test
    void sentencesEndAtTerminatorsButNotAtAbbreviationsInitialsOrDecimals() {
        ArticleText text = ArticleText.of("Dr. Smith met J. Doe at 3.14 p.m. today. See e.g. the table! Is it?\n\n"
                + "Etc. ends a block. Next");
        // "Dr." and "J." go on; "p.m." is no listed abbreviation, so it ends one: Dr Smith met J Doe at 3 14 p m | today
        // | See e g the table | Is it; "Etc." goes on: Etc ends a block | Next
        assertThat(text.sentences()).extracting(List::size).containsExactly(10, 1, 5, 2, 4, 1);
    }

    @Test
    void aBlockEdgeIsNoJoinerAndNoAbbreviationOfTheBlockBefore() {
        // the blocks share one array: a joiner or an abbreviation must not reach across the edge
        ArticleText text = ArticleText.of("Ends with Dr\n\n. starts with a point\n\n-dash 'quote' rock'\n\nn roll");
        assertThat(text.blocks()).extracting(ArticleText.Block::text)
                .containsExactly("Ends with Dr", ". starts with a point", "-dash 'quote' rock'", "n roll");
        assertThat(text.sentences()).containsExactly(List.of("Ends", "with", "Dr"), List.of("starts", "with", "a",
                "point"), List.of("dash", "quote", "rock"), List.of("n", "roll"));
    }

    @Test
    void mathAndCodeAreNotCutIntoWords() {
        ArticleText text = ArticleText.of("Use $x^2$ and `code_here` with \\(a+b\\) then $$E=mc^2$$ done.");
        assertThat(text.sentences()).containsExactly(List.of("Use", "and", "with", "then", "done"));
    }

    @Test
    void syllablesOverTheArrayMatchTheRuleForEveryWord() {
        ArticleText text = ArticleText.of("The Australian platypus is seemingly a hybrid. Tables agree, jumped boxes "
                + "wanted rhythms; naïve ÉCOLE well-known 42 İstanbul ſtore.");
        int total = 0;
        List<Integer> each = new ArrayList<>();
        for (List<String> s : text.sentences()) {
            for (String w : s) {
                each.add(Syllables.count(w));
                total += Syllables.count(w);
            }
        }
        // by the documented rule: Au-stra-lian has three runs of vowels; tables and jumped lose a quiet -es or -ed,
        // boxes and wanted keep theirs; ï, É and ſ are letters but no vowels, İ is an i in small letters
        assertThat(each).containsExactly(1, 3, 3, 1, 3, 1, 2, 1, 2, 1, 2, 2, 1, 1, 1, 2, 1, 3, 1);
        assertThat(text.readability().syllables()).isEqualTo(total);
    }

    @Test
    void keyphraseMatchesInPlaceAsTheStringRuleDoes() {
        Keyphrase phrase = Keyphrase.of("Category of İstanbul café");
        ArticleText text = ArticleText.of("Categories of istanbul cafés. The category's café in ISTANBUL. CATEGORY only.");
        List<Integer> inPlace = new ArrayList<>();
        List<Integer> asStrings = new ArrayList<>();
        for (List<String> s : text.sentences()) {
            inPlace.add(phrase.occurrences(s));
            asStrings.add(phrase.occurrences(new ArrayList<>(s)));
        }
        assertThat(inPlace).containsExactly(1, 1, 0).isEqualTo(asStrings);
        assertThat(phrase.inAny(text.sentences())).isTrue();
        assertThat(phrase.inText("Categories of istanbul cafés.")).isTrue();
    }
}
