package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Severity.ERROR;
import static org.masthead.seo.Severity.INFO;
import static org.masthead.seo.Severity.WARNING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The expected findings on samples/, worked out by reading the 16 files (lengths and widths
 * computed separately from the font's own tables), not copied from the checker:
 * <ul>
 *   <li>printing press: a 285-character description (error; 1805 px, so also the width advice);</li>
 *   <li>mitosis: no seo.title (error, at the seo map's first line, 12);</li>
 *   <li>Roman empire: related_article2 repeats related_article1 (id 900113), reported at the
 *       map's first line, 33;</li>
 *   <li>chemical equation: it lists no related article, the only internal links the reference
 *       site renders, so it links to no other article (link-no-outbound). Every article is listed
 *       as related by at least one other, so none is an orphan.</li>
 * </ul>
 * The other descriptions are 126–150 characters and 805–917 px wide at 14 px; the seo titles are
 * 41–54 characters and at most 530 px at 20 px; keywords number 5–7 with no repeats.
 * Every file's date is before 2026, its file_name and url follow its title, its related articles
 * exist with matching urls, and no title, description, url or id repeats.
 *
 * <p>The text checks, on by default, judge each body (the {@code answer} field, at line 18–20),
 * counted by the README's rules with a separate script (words, sentences, syllables, passive
 * forms), not taken from the checker:
 * <ul>
 *   <li>every body has 103–229 words: {@code content-length} (16);</li>
 *   <li>14 bodies open their subheadings at H3 under the title's H1 ({@code heading-skip}), and
 *       none of those subheadings holds the keyphrase ({@code keyphrase-subheading}, a note); the
 *       printing press and Roman empire bodies have no subheading;</li>
 *   <li>Flesch under 60 (10): printing press 56, chemical equation 58, compound interest 58–59,
 *       Euclid 56, measurement 52, Roman empire 53, Maxwell 54, mitosis 45, price elasticity 56–58,
 *       binary search 59.8 (134 words, 9 sentences, 209 syllables: "B-trees" is two, a syllable
 *       for each part); the others read at 61–80;</li>
 *   <li>passive over 10% (9): printing press 4 of 13, chemical equation 2 of 12, Euclid 1 of 8,
 *       work-energy 2 of 13 ("are often taught", "is pushed"), measurement 2 of 10, Roman empire
 *       2 of 13, mitosis 3 of 12, permutation 1 of 8, binary search 1 of 9. The quadratic formula's
 *       one passive ("Nothing is memorised") is 1 of 12 sentences, 8%, counting its three list
 *       items, which the README counts as prose, so it has none;</li>
 *   <li>over 25% of sentences above 20 words (4): printing press 5 of 13, work-energy 4 of 13,
 *       Roman empire 4 of 13, price elasticity 3 of 11 ("1,000" is two words, so the cinema
 *       sentence has 21);</li>
 *   <li>the keyphrase, each article's first keyword: "printing press" is in neither the
 *       description (a "screw press" only), the first paragraph ("printed") nor any sentence
 *       (density 0); "balancing equations" is not in the description ("balanced"), the slug, the
 *       first paragraph, nor any sentence; "compound interest" is not in the first paragraph,
 *       which is about simple interest; "uncertainty" makes 6 of 115 words (5.2%); "work energy
 *       theorem" lacks "theorem" in the SEO title "Work and Kinetic Energy"; "UTF-8" is not the
 *       slug's "utf8"; "Roman Empire" starts at word 5 of the SEO title's 8 (a note). Mitosis has
 *       no SEO title to judge: its required-field error says so.</li>
 * </ul>
 */
class SamplesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void exactFindingsOnTheSamples() throws Exception {
        Path samples = Path.of(System.getProperty("masthead.samples", "samples"));

        FolderReport report = SeoChecker.checkFolder(samples, SeoRules.DEFAULTS, CLOCK);

        List<Tuple> actual = new ArrayList<>();
        report.findings().forEach((path, findings) -> findings.forEach(
                f -> actual.add(tuple(path, f.check(), f.severity(), f.field(), f.line()))));
        String d = "seo.page_description";
        String w = "seo-description-width";
        assertThat(actual).containsExactly(
                tuple("how-did-the-printing-press-change-european-society.md", "keyphrase-description", WARNING, d, 13),
                tuple("how-did-the-printing-press-change-european-society.md", "seo-description-length", ERROR, d, 13),
                tuple("how-did-the-printing-press-change-european-society.md", w, INFO, d, 13),
                tuple("how-did-the-printing-press-change-european-society.md", "content-length", WARNING, "", 20),
                tuple("how-did-the-printing-press-change-european-society.md", "keyphrase-density", WARNING, "", 20),
                tuple("how-did-the-printing-press-change-european-society.md", "keyphrase-intro", WARNING, "", 20),
                tuple("how-did-the-printing-press-change-european-society.md", "readability-flesch", WARNING, "", 20),
                tuple("how-did-the-printing-press-change-european-society.md", "readability-passive", WARNING, "", 20),
                tuple("how-did-the-printing-press-change-european-society.md", "readability-sentence-length", WARNING, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "link-no-outbound", WARNING, "", 1),
                tuple("how-do-you-balance-a-chemical-equation.md", "keyphrase-description", WARNING, d, 13),
                tuple("how-do-you-balance-a-chemical-equation.md", "content-length", WARNING, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "heading-skip", WARNING, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "keyphrase-density", WARNING, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "keyphrase-intro", WARNING, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "keyphrase-subheading", INFO, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "readability-flesch", WARNING, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "readability-passive", WARNING, "", 20),
                tuple("how-do-you-balance-a-chemical-equation.md", "keyphrase-slug", WARNING, "url", 24),
                tuple("how-do-you-solve-a-quadratic-equation-with-the-quadratic-formula.md", "content-length", WARNING, "", 20),
                tuple("how-do-you-solve-a-quadratic-equation-with-the-quadratic-formula.md", "heading-skip", WARNING, "", 20),
                tuple("how-do-you-solve-a-quadratic-equation-with-the-quadratic-formula.md", "keyphrase-subheading", INFO, "", 20),
                tuple("how-does-a-hash-table-handle-collisions.md", "content-length", WARNING, "", 20),
                tuple("how-does-a-hash-table-handle-collisions.md", "heading-skip", WARNING, "", 20),
                tuple("how-does-a-hash-table-handle-collisions.md", "keyphrase-subheading", INFO, "", 20),
                tuple("how-does-compound-interest-differ-from-simple-interest.md", "content-length", WARNING, "", 18),
                tuple("how-does-compound-interest-differ-from-simple-interest.md", "heading-skip", WARNING, "", 18),
                tuple("how-does-compound-interest-differ-from-simple-interest.md", "keyphrase-intro", WARNING, "", 18),
                tuple("how-does-compound-interest-differ-from-simple-interest.md", "keyphrase-subheading", INFO, "", 18),
                tuple("how-does-compound-interest-differ-from-simple-interest.md", "readability-flesch", WARNING, "", 18),
                tuple("how-does-photosynthesis-convert-light-energy-into-chemical-energy.md", "content-length", WARNING, "", 20),
                tuple("how-does-photosynthesis-convert-light-energy-into-chemical-energy.md", "heading-skip", WARNING, "", 20),
                tuple("how-does-photosynthesis-convert-light-energy-into-chemical-energy.md", "keyphrase-subheading", INFO, "", 20),
                tuple("how-does-the-euclidean-algorithm-find-the-greatest-common-divisor.md", "content-length", WARNING, "", 20),
                tuple("how-does-the-euclidean-algorithm-find-the-greatest-common-divisor.md", "heading-skip", WARNING, "", 20),
                tuple("how-does-the-euclidean-algorithm-find-the-greatest-common-divisor.md", "keyphrase-subheading", INFO, "", 20),
                tuple("how-does-the-euclidean-algorithm-find-the-greatest-common-divisor.md", "readability-flesch", WARNING, "", 20),
                tuple("how-does-the-euclidean-algorithm-find-the-greatest-common-divisor.md", "readability-passive", WARNING, "", 20),
                tuple("how-does-the-work-energy-theorem-relate-net-force-to-kinetic-energy.md", "keyphrase-title", WARNING, "seo.title", 12),
                tuple("how-does-the-work-energy-theorem-relate-net-force-to-kinetic-energy.md", "content-length", WARNING, "", 20),
                tuple("how-does-the-work-energy-theorem-relate-net-force-to-kinetic-energy.md", "heading-skip", WARNING, "", 20),
                tuple("how-does-the-work-energy-theorem-relate-net-force-to-kinetic-energy.md", "keyphrase-subheading", INFO, "", 20),
                tuple("how-does-the-work-energy-theorem-relate-net-force-to-kinetic-energy.md", "readability-passive", WARNING, "", 20),
                tuple("how-does-the-work-energy-theorem-relate-net-force-to-kinetic-energy.md", "readability-sentence-length", WARNING, "", 20),
                tuple("how-does-utf8-encode-characters-as-bytes.md", "content-length", WARNING, "", 20),
                tuple("how-does-utf8-encode-characters-as-bytes.md", "heading-skip", WARNING, "", 20),
                tuple("how-does-utf8-encode-characters-as-bytes.md", "keyphrase-subheading", INFO, "", 20),
                tuple("how-does-utf8-encode-characters-as-bytes.md", "keyphrase-slug", WARNING, "url", 24),
                tuple("how-is-measurement-uncertainty-propagated-through-a-calculation.md", "content-length", WARNING, "", 18),
                tuple("how-is-measurement-uncertainty-propagated-through-a-calculation.md", "heading-skip", WARNING, "", 18),
                tuple("how-is-measurement-uncertainty-propagated-through-a-calculation.md", "keyphrase-density", WARNING, "", 18),
                tuple("how-is-measurement-uncertainty-propagated-through-a-calculation.md", "keyphrase-subheading", INFO, "", 18),
                tuple("how-is-measurement-uncertainty-propagated-through-a-calculation.md", "readability-flesch", WARNING, "", 18),
                tuple("how-is-measurement-uncertainty-propagated-through-a-calculation.md", "readability-passive", WARNING, "", 18),
                tuple("what-caused-the-fall-of-the-western-roman-empire.md", "keyphrase-title-start", INFO, "seo.title", 12),
                tuple("what-caused-the-fall-of-the-western-roman-empire.md", "content-length", WARNING, "", 20),
                tuple("what-caused-the-fall-of-the-western-roman-empire.md", "readability-flesch", WARNING, "", 20),
                tuple("what-caused-the-fall-of-the-western-roman-empire.md", "readability-passive", WARNING, "", 20),
                tuple("what-caused-the-fall-of-the-western-roman-empire.md", "readability-sentence-length", WARNING, "", 20),
                tuple("what-caused-the-fall-of-the-western-roman-empire.md", "related-duplicate", WARNING, "related_article2", 33),
                tuple("what-do-the-maxwell-equations-say-about-electric-and-magnetic-fields.md", "content-length", WARNING, "", 20),
                tuple("what-do-the-maxwell-equations-say-about-electric-and-magnetic-fields.md", "heading-skip", WARNING, "", 20),
                tuple("what-do-the-maxwell-equations-say-about-electric-and-magnetic-fields.md", "keyphrase-subheading", INFO, "", 20),
                tuple("what-do-the-maxwell-equations-say-about-electric-and-magnetic-fields.md", "readability-flesch", WARNING, "", 20),
                tuple("what-happens-during-each-stage-of-mitosis.md", "required-field", ERROR, "seo.title", 12),
                tuple("what-happens-during-each-stage-of-mitosis.md", "content-length", WARNING, "", 19),
                tuple("what-happens-during-each-stage-of-mitosis.md", "heading-skip", WARNING, "", 19),
                tuple("what-happens-during-each-stage-of-mitosis.md", "keyphrase-subheading", INFO, "", 19),
                tuple("what-happens-during-each-stage-of-mitosis.md", "readability-flesch", WARNING, "", 19),
                tuple("what-happens-during-each-stage-of-mitosis.md", "readability-passive", WARNING, "", 19),
                tuple("what-is-price-elasticity-of-demand-and-how-is-it-calculated.md", "content-length", WARNING, "", 20),
                tuple("what-is-price-elasticity-of-demand-and-how-is-it-calculated.md", "heading-skip", WARNING, "", 20),
                tuple("what-is-price-elasticity-of-demand-and-how-is-it-calculated.md", "keyphrase-subheading", INFO, "", 20),
                tuple("what-is-price-elasticity-of-demand-and-how-is-it-calculated.md", "readability-flesch", WARNING, "", 20),
                tuple("what-is-price-elasticity-of-demand-and-how-is-it-calculated.md", "readability-sentence-length", WARNING, "", 20),
                tuple("what-is-the-difference-between-a-permutation-and-a-combination.md", "content-length", WARNING, "", 20),
                tuple("what-is-the-difference-between-a-permutation-and-a-combination.md", "heading-skip", WARNING, "", 20),
                tuple("what-is-the-difference-between-a-permutation-and-a-combination.md", "keyphrase-subheading", INFO, "", 20),
                tuple("what-is-the-difference-between-a-permutation-and-a-combination.md", "readability-passive", WARNING, "", 20),
                tuple("what-is-the-time-complexity-of-binary-search-and-why.md", "content-length", WARNING, "", 18),
                tuple("what-is-the-time-complexity-of-binary-search-and-why.md", "heading-skip", WARNING, "", 18),
                tuple("what-is-the-time-complexity-of-binary-search-and-why.md", "keyphrase-subheading", INFO, "", 18),
                tuple("what-is-the-time-complexity-of-binary-search-and-why.md", "readability-flesch", WARNING, "", 18),
                tuple("what-is-the-time-complexity-of-binary-search-and-why.md", "readability-passive", WARNING, "", 18));
        assertThat(report.files()).isEqualTo(16);
        assertThat(report.articles()).hasSize(16);
        Map<String, Integer> counts = new java.util.TreeMap<>(Map.of("seo-description-length", 1, w, 1,
                "related-duplicate", 1, "required-field", 1, "link-no-outbound", 1));
        counts.putAll(Map.of("content-length", 16, "keyphrase-subheading", 14, "heading-skip", 14,
                "readability-flesch", 10, "readability-passive", 9, "readability-sentence-length", 4,
                "keyphrase-density", 3, "keyphrase-intro", 3, "keyphrase-description", 2, "keyphrase-slug", 2));
        counts.putAll(Map.of("keyphrase-title", 1, "keyphrase-title-start", 1));
        assertThat(report.countsByCheck()).isEqualTo(counts);
        assertThat(report.findingsFor("what-caused-the-fall-of-the-western-roman-empire.md"))
                .filteredOn(f -> f.check().equals("related-duplicate")).singleElement()
                .satisfies(f -> assertThat(f.fix()).contains(Fix.remove("related_article2")));
    }
}
