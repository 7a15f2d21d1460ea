package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The keyphrase matching rule, over generated words: case, plural endings and word order do not matter. */
class KeyphraseMatchPropertyTest {
    @Provide
    Arbitrary<String> word() {
        // lowercase words that are no function word (those are dropped from a keyphrase)
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10);
    }

    @Provide
    Arbitrary<List<String>> phrase() {
        return word().list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    }

    @Property
    void caseDoesNotMatter(@ForAll("phrase") List<String> words, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> sentence = new ArrayList<>();
        for (String w : words) {
            StringBuilder mixed = new StringBuilder();
            for (char c : w.toCharArray()) {
                mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            sentence.add(mixed.toString());
        }
        assertThat(Keyphrase.of(String.join(" ", words)).in(sentence)).isTrue();
        assertThat(Keyphrase.of(String.join(" ", words).toUpperCase(Locale.ROOT)).in(words)).isTrue();
    }

    @Property
    void pluralEndingsMatchTheSingular(@ForAll("phrase") List<String> words) {
        List<String> plurals = new ArrayList<>();
        for (String w : words) {
            plurals.add(w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")
                    ? w + "es" : w.endsWith("y") ? w.substring(0, w.length() - 1) + "ies" : w + "s");
        }
        assertThat(Keyphrase.of(String.join(" ", words)).in(plurals)).isTrue();
        assertThat(Keyphrase.of(String.join(" ", plurals)).in(words)).isTrue();
    }

    @Property
    void wordsMatchInAnyOrderWithOtherWordsBetween(@ForAll("phrase") List<String> words, @ForAll long seed) {
        List<String> sentence = new ArrayList<>(words);
        sentence.add("between");
        sentence.add("around");
        Collections.shuffle(sentence, new Random(seed));
        Keyphrase k = Keyphrase.of(String.join(" ", words));
        assertThat(k.in(sentence)).isTrue();
        assertThat(k.occurrences(sentence)).isEqualTo(1);
    }

    @Property
    void aMissingWordIsNoMatch(@ForAll("phrase") List<String> words) {
        List<String> sentence = new ArrayList<>(words.subList(1, words.size()));
        // the first word, changed in its first letter, is another word
        String first = words.get(0);
        sentence.add((first.charAt(0) == 'q' ? "w" : "q") + first.substring(1));
        assertThat(Keyphrase.of(String.join(" ", words)).in(sentence)).isFalse();
    }
}
