package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.content.batch.Taxonomy.NearDuplicate;
import org.masthead.content.batch.Taxonomy.Term;

class TaxonomySimilarityTest {
    private static List<Term> terms(Object... valueAndCount) {
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < valueAndCount.length; i += 2) {
            out.add(new Term((String) valueAndCount[i], (Integer) valueAndCount[i + 1], List.of()));
        }
        return out;
    }

    @Test
    void eachPairGetsTheFirstReasonThatHoldsWithTheMoreUsedTermFirst() {
        List<NearDuplicate> pairs = Taxonomy.nearDuplicates(terms(
                "Digital Media", 1, "Digital media", 4,
                "machine learning", 3, "machine-learning", 1, "Machine  Learning", 1,
                "vector", 2, "vectors", 1, "box", 1, "boxes", 2, "category", 1, "categories", 5,
                "regression", 6, "regresion", 1, "statsitics", 1, "statistics", 2,
                "go", 3, "js", 1, "rust", 1, "dust", 1, "AC circuits", 2, "DC circuits", 1,
                "linear regresion", 1, "linear regression", 4));
        assertThat(pairs).containsExactlyInAnyOrder(
                new NearDuplicate("Digital media", "Digital Media", "case"),
                new NearDuplicate("machine learning", "machine-learning", "whitespace"),
                new NearDuplicate("machine learning", "Machine  Learning", "whitespace"),
                new NearDuplicate("vector", "vectors", "plural"),
                new NearDuplicate("boxes", "box", "plural"),
                new NearDuplicate("categories", "category", "plural"),
                new NearDuplicate("regression", "regresion", "spelling"),
                new NearDuplicate("linear regression", "linear regresion", "spelling"),
                new NearDuplicate("statistics", "statsitics", "spelling"));
    }

    @Test
    void oneEditIsAnInsertionADeletionAReplacementOrASwapOfNeighbours() {
        assertThat(TaxonomySimilarity.oneEditApart("kitten", "kittens")).isTrue();
        assertThat(TaxonomySimilarity.oneEditApart("kitten", "kiten")).isTrue();
        assertThat(TaxonomySimilarity.oneEditApart("kitten", "sitten")).isTrue();
        assertThat(TaxonomySimilarity.oneEditApart("kitten", "iktten")).isTrue();
        assertThat(TaxonomySimilarity.oneEditApart("kitten", "sittes")).isFalse();
        assertThat(TaxonomySimilarity.oneEditApart("kitten", "kitten")).isFalse();
        assertThat(TaxonomySimilarity.oneEditApart("kitten", "kit")).isFalse();
    }

    @Test
    void manyDistinctTermsAreComparedWithoutPairingEveryOneWithEveryOther() {
        List<Term> many = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            many.add(new Term("term" + Integer.toString(i * 7919, 36) + "x", 1, List.of()));
        }
        many.add(new Term("taxonomyy", 1, List.of()));
        many.add(new Term("taxonomy", 2, List.of()));
        assertThat(Taxonomy.nearDuplicates(many)).contains(new NearDuplicate("taxonomy", "taxonomyy", "spelling"));
    }
}
