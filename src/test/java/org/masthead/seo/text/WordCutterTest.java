package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The one pass that cuts an article's prose into sentences and words and counts their syllables
 * ({@link WordCutter}) against the rules it folds together, each applied on its own: the sentence
 * and word rules of {@link Sentences} and {@link Words}, and {@link Syllables#count(String)} of
 * every word as a String, on generated text full of the cases where they could part.
 */
class WordCutterTest {
    /** Pieces of words and what lies between them: hyphens, apostrophes, digits, letters beyond ASCII. */
    private static final String[] PIECES = {"table", "Agree", "jumped", "boxes", "WANTED", "rhythm", "y", "Yes", "a",
        "io", "queue", "eye", "naïve", "ÉCOLE", "İstanbul", "\u212Aelvin", "ſtore", "café", "42", "3", "x", "le",
        "AE", "bee", "tes", "ced", "ued", "-", "-", "'", "\u2019", "'s", "\u2019s", "😀", "\u0301"};
    private static final String[] BETWEEN = {" ", " ", " ", "  ", ". ", "! ", "? ", "\u2026 ", ".) ", ".\" ", ", ",
        "; ", " - ", " e.g. ", " Dr. ", " J. ", " 3.14 ", "\n", ".", " etc. ", " 'q' ", "\u00a0"};

    @Test
    void sentencesWordsAndSyllablesAreThoseOfTheSeparateRules() {
        Random random = new Random(22);
        for (int t = 0; t < 20_000; t++) {
            String text = generated(random);
            List<List<String>> cut = Sentences.words(text);
            assertThat(cut).as(text).isEqualTo(separately(text));
            for (List<String> sentence : cut) {
                int each = 0;
                for (String word : sentence) {
                    each += Syllables.count(word);
                }
                assertThat(Syllables.count(sentence)).as("%s in %s", sentence, text).isEqualTo(each);
            }
        }
    }

    @Test
    void anArticleCutOnManyThreadsAtOnceGivesTheSameCountsAsOnOne() {
        Random random = new Random(7);
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder md = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                md.append(p % 3 == 0 ? "## " : "").append(generated(random)).append("\n\n");
            }
            articles.add(md.toString());
        }
        List<String> alone = articles.stream().map(WordCutterTest::summary).toList();
        for (int round = 0; round < 4; round++) {
            List<String> together = IntStream.range(0, articles.size()).parallel()
                    .mapToObj(i -> summary(articles.get(i))).toList();
            assertThat(together).isEqualTo(alone);
        }
    }

    private static String summary(String markdown) {
        ArticleText text = ArticleText.of(markdown);
        Readability r = text.readability();
        return r.words() + "/" + r.sentences() + "/" + r.syllables() + " " + text.sentences();
    }

    private static String generated(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                out.append(PIECES[random.nextInt(PIECES.length)]);
            }
            out.append(BETWEEN[random.nextInt(BETWEEN.length)]);
        }
        return out.toString();
    }

    /** The sentences of {@link Sentences#of} and, in each, the words of {@link Words#of}: the rules one at a time. */
    private static List<List<String>> separately(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String sentence : Sentences.of(text)) {
            List<String> words = Words.of(sentence);
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    @Test
    void sameFirstWordIsTheComparisonInSmallLetters() {
        Random random = new Random(3);
        String[] firsts = {"The", "the", "THE", "Then", "İs", "is", "IS", "\u212Aelvin", "kelvin", "Kelvin", "ſtore",
            "store", "Café", "CAFÉ", "a", "A", "it’s", "It’s", "42"};
        for (int t = 0; t < 2_000; t++) {
            String a = firsts[random.nextInt(firsts.length)];
            String b = firsts[random.nextInt(firsts.length)];
            List<List<String>> cut = Sentences.words(a + " one. " + b + " two.");
            assertThat(Words.sameFirstWord(cut.get(0), cut.get(1))).as("%s / %s", a, b)
                    .isEqualTo(a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)))
                    .isEqualTo(Words.sameFirstWord(new ArrayList<>(cut.get(0)), new ArrayList<>(cut.get(1))));
        }
        assertThat(Words.sameFirstWord(List.of(), List.of("a"))).isFalse();
    }

    @Test
    void passiveVoiceInPlaceIsTheStringRule() {
        Random random = new Random(5);
        String[] words = {"is", "IS", "Was", "were", "been", "being", "isn't", "isn’t", "Aren’t", "am", "be", "ıs",
            "built", "tired", "not", "also", "widely", "red", "needed", "taken", "cat", "sat", "quickly", "İs", "bee"};
        for (int t = 0; t < 5_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            for (List<String> sentence : Sentences.words(text.toString())) {
                assertThat(Passive.isPassive(sentence)).as(text.toString())
                        .isEqualTo(Passive.isPassive(new ArrayList<>(sentence)));
            }
        }
    }
}
