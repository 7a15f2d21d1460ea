package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which word forms a one-word keyphrase matches in an article, by the rule {@link Keyphrase}
 * documents (equal ignoring case, or with {@code s}, {@code es}, {@code 's} added, or {@code y}
 * for {@code ies}), and which near misses it does not. Each pair is judged three ways that must
 * agree: the rule on two Strings, the keyphrase over a sentence of Strings, and over an article's
 * prose read in place, as the density check counts it.
 */
class KeyphraseWordFormsTest {
    /** Keyphrase word, then the words of the text it matches. */
    private static final List<List<String>> MATCHES = List.of(
            List.of("category", "categories", "CATEGORIES", "Category's", "category’s", "categorys"),
            List.of("categories", "category", "Category"),
            List.of("box", "boxes", "BOXES", "box's", "Box"),
            List.of("cat", "cats", "CATS", "cat's", "cates"),
            List.of("Apple", "apples", "APPLE"),
            List.of("zebra", "Zebras", "ZEBRA's"),
            List.of("writers", "writer's", "writer"),
            List.of("naïvety", "naïveties", "NAÏVETY"),
            List.of("café", "cafés", "CAFÉ", "Café's", "cafées"),
            List.of("istanbul", "İstanbul", "ISTANBUL"),
            List.of("word", "word", "Words"));

    /** Keyphrase word, then words of the text it must not match. */
    private static final List<List<String>> MISSES = List.of(
            List.of("category", "categoriez", "categorixs", "categoriess", "categorises", "categor", "ategory"),
            List.of("cat", "cabs", "cata", "catez", "catss", "catses", "cab", "cut", "bat", "ca"),
            List.of("word", "work", "worm", "ward", "sword", "wordiest"),
            List.of("Apple", "bpple", "applex"),
            List.of("zebra", "yebra", "zebrax"),
            List.of("café", "cafos", "caféx", "cafx", "cafa"),
            List.of("naïvety", "naïvetxes", "naïvetiez"),
            List.of("istanbul", "istanbus", "astanbul"));

    @Test
    void aKeyphraseWordMatchesItsPluralPossessiveAndCaseForms() {
        for (List<String> row : MATCHES) {
            String key = row.get(0);
            for (String word : row.subList(1, row.size())) {
                assertThat(judgements(key, word)).as(key + " / " + word).containsExactly(true, true, true);
            }
        }
    }

    @Test
    void nearMissesAreNotMatches() {
        for (List<String> row : MISSES) {
            String key = row.get(0);
            for (String word : row.subList(1, row.size())) {
                assertThat(judgements(key, word)).as(key + " / " + word).containsExactly(false, false, false);
            }
        }
    }

    @Test
    void theRuleIsTheSameBothWays() {
        for (List<String> row : MATCHES) {
            for (String word : row.subList(1, row.size())) {
                assertThat(Keyphrase.sameWord(word, row.get(0))).as(word + " / " + row.get(0)).isTrue();
            }
        }
        for (List<String> row : MISSES) {
            for (String word : row.subList(1, row.size())) {
                assertThat(Keyphrase.sameWord(word, row.get(0))).as(word + " / " + row.get(0)).isFalse();
            }
        }
    }

    @Test
    void aMatchIsFoundAtTheStartTheMiddleAndTheEndOfAnArticle() {
        Keyphrase phrase = Keyphrase.of("categories");
        for (String article : List.of("Category", "Categories matter here.", "Here a category sits.",
                "It ends with categories", "Ends with a category's")) {
            List<List<String>> sentences = ArticleText.of(article).sentences();
            assertThat(phrase.inAny(sentences)).as(article).isTrue();
            assertThat(occurrences(phrase, sentences)).as(article).isEqualTo(1);
        }
        assertThat(phrase.inAny(ArticleText.of("A catalogue of things").sentences())).isFalse();
    }

    @Test
    void aKeyphraseOfNoWordsMatchesNothing() {
        for (String blank : List.of("", "   ", "?!", "—")) {
            Keyphrase phrase = Keyphrase.of(blank);
            assertThat(phrase.isEmpty()).as(blank).isTrue();
            assertThat(phrase.inText("Anything at all. Even this.")).as(blank).isFalse();
            assertThat(phrase.occurrences(List.of("anything"))).as(blank).isZero();
            assertThat(phrase.firstPosition(List.of("anything"))).as(blank).isEqualTo(-1);
        }
    }

    @Test
    void theFirstPositionIsTheFirstWordThatMatchesAnyKeyphraseWord() {
        Keyphrase phrase = Keyphrase.of("bread dough");
        assertThat(phrase.firstPosition(Words.of("How to rest doughs for good Bread"))).isEqualTo(3);
        assertThat(phrase.firstPosition(Words.of("Bread and dough"))).isZero();
        assertThat(phrase.firstPosition(Words.of("Bread alone"))).isEqualTo(-1);
    }

    /** The rule on two Strings, the keyphrase over Strings, and over an article's prose in place. */
    private static List<Boolean> judgements(String key, String word) {
        Keyphrase phrase = Keyphrase.of(key);
        assertThat(phrase.words()).containsExactly(key);
        List<List<String>> inPlace = ArticleText.of("Before " + word + " after.").sentences();
        return List.of(Keyphrase.sameWord(key, word), phrase.occurrences(List.of("Before", word, "after")) == 1,
                occurrences(phrase, inPlace) == 1);
    }

    /** The count over the sentences read in place, which must equal the count over copies of their words. */
    private static int occurrences(Keyphrase phrase, List<List<String>> sentences) {
        int n = sum(phrase, sentences);
        assertThat(n).isEqualTo(sum(phrase, copies(sentences)));
        return n;
    }

    private static int sum(Keyphrase phrase, List<List<String>> sentences) {
        int n = 0;
        for (List<String> s : sentences) {
            n += phrase.occurrences(s);
        }
        return n;
    }

    private static List<List<String>> copies(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> s : sentences) {
            out.add(new ArrayList<>(s));
        }
        return out;
    }
}
