package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Severity.INFO;
import static org.masthead.seo.Severity.WARNING;
import static org.masthead.seo.TextArticles.ALT;
import static org.masthead.seo.TextArticles.ARTICLE;
import static org.masthead.seo.TextArticles.DESCRIPTION;
import static org.masthead.seo.TextArticles.INTRO;
import static org.masthead.seo.TextArticles.KEYPHRASE;
import static org.masthead.seo.TextArticles.P2;
import static org.masthead.seo.TextArticles.P3;
import static org.masthead.seo.TextArticles.SEO_TITLE;
import static org.masthead.seo.TextArticles.URL;
import static org.masthead.seo.TextArticles.message;
import static org.masthead.seo.TextArticles.text;
import static org.masthead.seo.TextArticles.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The focus keyphrase checks, one crafted break each on the good article of {@link TextArticles}. */
class KeyphraseChecksTest {
    @Test
    void notInTheSeoTitle() {
        assertThat(text(with(SEO_TITLE, "  title: Home baking for beginners | Baking")))
                .containsExactly(tuple("keyphrase-title", WARNING, "seo.title", 4));
    }

    @Test
    void lateInTheSeoTitle() {
        // 9 words; "bread" is word 7, in the second half
        String text = with(SEO_TITLE, "  title: How to make and rest good bread dough | Baking");
        assertThat(text(text)).containsExactly(tuple("keyphrase-title-start", INFO, "seo.title", 4));
        assertThat(message(text, "keyphrase-title-start")).contains("from word 7 of 9");
    }

    @Test
    void notInTheDescription() {
        assertThat(text(with(DESCRIPTION, "  page_description: How to mix, knead and rest a loaf at home, with the "
                + "times and the signs to watch for at each step.")))
                .containsExactly(tuple("keyphrase-description", WARNING, "seo.page_description", 5));
    }

    @Test
    void notInTheSlug() {
        assertThat(text(with(URL, "url: /learn/baking/questions/home-baking")))
                .containsExactly(tuple("keyphrase-slug", WARNING, "url", 9));
    }

    @Test
    void notInTheFirstParagraph() {
        // the intro (line 11) loses it; 2 sentences of the 315 words keep it, 0.6%
        assertThat(text(with(INTRO, INTRO.replace("Bread dough is the start of every loaf.", "Every loaf starts here."))))
                .containsExactly(tuple("keyphrase-intro", WARNING, "", 11));
    }

    @Test
    void inNoSubheading() {
        assertThat(text(with("## Mixing the bread dough", "## Mixing")))
                .containsExactly(tuple("keyphrase-subheading", INFO, "", 15));
    }

    @Test
    void inNoImageAltText() {
        assertThat(text(with(ALT, "![A bowl on a table](dough.jpg)")))
                .containsExactly(tuple("keyphrase-image-alt", INFO, "", 13));
    }

    @Test
    void densityOutsideHalfToThreePercent() {
        // only the intro's first sentence keeps it: 1 in 317 words (two "bread" gone), 0.3%; reported at the intro
        String low = with(P3, P3.replace("Put the bread dough back", "Put the dough back"))
                .replace(P2, P2.replace("Tip the bread dough onto", "Tip the dough onto"));
        assertThat(text(low)).containsExactly(tuple("keyphrase-density", WARNING, "", 11));
        assertThat(message(low, "keyphrase-density")).contains("occurs 1 time in 317 words, a density of 0.3%");
        // twelve more sentences of "Bread dough rises." (3 words each): 15 in 355 words, 4.2%
        String high = with(P3, P3 + " " + "Bread dough rises. ".repeat(12).strip());
        // (and those twelve sentences in a row start with the same word)
        assertThat(text(high)).extracting(t -> t.toList().get(0))
                .containsExactly("keyphrase-density", "readability-sentence-starts");
        assertThat(message(high, "keyphrase-density")).contains("occurs 15 times in 355 words, a density of 4.2%");
    }

    @Test
    void matchingIgnoresCaseOrderAndPluralEndings() {
        // "Doughs of bread" in the title, plurals in the description: still the keyphrase
        String text = with(SEO_TITLE, "  title: Doughs of Bread at home | Baking")
                .replace("rest bread dough at home", "rest BREADS and their doughs at home");
        assertThat(text(text)).isEmpty();
    }

    @Test
    void withoutAKeyphraseTheFirstKeywordStandsInAndTheMessageSaysSo() {
        String text = with(KEYPHRASE + "\n", "").replace("page_keywords: bread dough, baking, flour",
                "page_keywords: sourdough starter, baking");
        // 'sourdough starter' is nowhere: the title (4), description (5), slug (url on 8), intro (10),
        // subheading (14), alt (12) and density (0 in 319 words) all say so, one line up (no keyphrase line)
        assertThat(text(text)).containsExactly(tuple("keyphrase-title", WARNING, "seo.title", 4),
                tuple("keyphrase-description", WARNING, "seo.page_description", 5),
                tuple("keyphrase-slug", WARNING, "url", 8),
                tuple("keyphrase-density", WARNING, "", 10),
                tuple("keyphrase-intro", WARNING, "", 10),
                tuple("keyphrase-image-alt", INFO, "", 12),
                tuple("keyphrase-subheading", INFO, "", 14));
        assertThat(message(text, "keyphrase-title")).startsWith("the keyphrase 'sourdough starter' (the first of "
                + "seo.page_keywords, as no keyphrase is set) is not in seo.title");
    }

    @Test
    void focusKeywordAndAMappedFieldAreRead() throws Exception {
        // focus_keyword when keyphrase is absent
        assertThat(text(with(KEYPHRASE, "focus_keyword: sourdough starter")))
                .extracting(t -> t.toList().get(0)).contains("keyphrase-title");
        assertThat(message(with(KEYPHRASE, "focus_keyword: sourdough starter"), "keyphrase-title"))
                .startsWith("the keyphrase 'sourdough starter' is not in seo.title");
        // a field .masthead.yml maps: seo.fields.keyphrase
        SeoRules mapped = SeoConfig.parse(".masthead.yml", """
                seo:
                  fields: {keyphrase: seo.focus}
                  text: {enabled: true}
                """);
        String text = with(KEYPHRASE, "").replace("  page_keywords:", "  focus: sourdough starter\n  page_keywords:");
        assertThat(TextArticles.findings(text, mapped).stream().filter(f -> f.check().equals("keyphrase-title"))
                .map(Finding::message).findFirst()).get().asString()
                .startsWith("the keyphrase 'sourdough starter' is not in seo.title");
    }

    @Test
    void noKeyphraseAndNoKeywordsIsANote() {
        String text = with(KEYPHRASE + "\n", "").replace("  page_keywords: bread dough, baking, flour\n", "");
        assertThat(text(text)).containsExactly(tuple("keyphrase-missing", INFO, "", 1));
    }

    @Test
    void anotherArticleWithTheSameKeyphraseIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".masthead.yml"), "seo:\n  text: {enabled: true}\n");
        Files.writeString(dir.resolve(TextArticles.PATH), ARTICLE);
        // the same words in another order, case and number
        Files.writeString(dir.resolve("doughs.md"), ARTICLE.replace(KEYPHRASE, "keyphrase: Doughs of Bread")
                .replace("bread-dough-at-home", "doughs").replace("title: Bread dough at home\n", "title: Doughs\n"));
        Files.writeString(dir.resolve("other.md"), ARTICLE.replace(KEYPHRASE, "keyphrase: bread crust")
                .replace("bread-dough-at-home", "other").replace("title: Bread dough at home\n", "title: Other\n"));
        FolderReport report = SeoChecker.checkFolder(dir, java.time.Clock.systemUTC());
        List<Finding> a = report.findingsFor(TextArticles.PATH).stream()
                .filter(f -> f.check().equals("keyphrase-duplicate")).toList();
        assertThat(a).extracting(Finding::field, Finding::line).containsExactly(tuple("keyphrase", 7));
        assertThat(a.get(0).message()).isEqualTo("the keyphrase 'bread dough' is also the focus keyphrase of "
                + "doughs.md; the articles compete for the same searches. Give each its own keyphrase, or merge them.");
        assertThat(report.findingsFor("doughs.md")).extracting(Finding::check).contains("keyphrase-duplicate");
        assertThat(report.findingsFor("other.md")).extracting(Finding::check).doesNotContain("keyphrase-duplicate");
        // the cached folder check agrees
        assertThat(new FolderCheckCache(dir).check(SeoConfig.load(dir), java.time.Clock.systemUTC(),
                FolderCheckCache.Progress.NONE).findingsFor(TextArticles.PATH)).isEqualTo(report.findingsFor(TextArticles.PATH));
    }
}
