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
                tuple("how-did-the-printing-press-change-european-society.md", "seo-description-length", ERROR, d, 13),
                tuple("how-did-the-printing-press-change-european-society.md", w, INFO, d, 13),
                tuple("how-do-you-balance-a-chemical-equation.md", "link-no-outbound", WARNING, "", 1),
                tuple("what-caused-the-fall-of-the-western-roman-empire.md", "related-duplicate", WARNING,
                        "related_article2", 33),
                tuple("what-happens-during-each-stage-of-mitosis.md", "required-field", ERROR, "seo.title", 12));
        assertThat(report.files()).isEqualTo(16);
        assertThat(report.articles()).hasSize(16);
        assertThat(report.countsByCheck()).isEqualTo(Map.of("seo-description-length", 1, w, 1,
                "related-duplicate", 1, "required-field", 1, "link-no-outbound", 1));
        assertThat(report.findingsFor("what-caused-the-fall-of-the-western-roman-empire.md").get(0).fix())
                .contains(Fix.remove("related_article2"));
    }
}
