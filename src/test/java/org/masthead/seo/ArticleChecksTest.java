package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Fixtures.ARTICLE;
import static org.masthead.seo.Fixtures.check;
import static org.masthead.seo.Fixtures.with;
import static org.masthead.seo.Severity.ERROR;
import static org.masthead.seo.Severity.INFO;
import static org.masthead.seo.Severity.WARNING;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** One crafted break per check on an otherwise clean article: the findings are stated exactly. */
class ArticleChecksTest {
    private static ListAssert<Tuple> assertFindings(List<Finding> findings) {
        return assertThat(Fixtures.tuples(findings));
    }

    private static final String SEO_TITLE = "  title: Hash Table Collision Handling | Samples";
    private static final String DESCRIPTION_KEY = "  page_description: ";
    private static final String DESCRIPTION = DESCRIPTION_KEY + "Hash tables resolve collisions by chaining entries "
            + "in lists or by probing for another free slot. Learn both methods and their costs.";
    private static final String KEYWORDS = "  page_keywords: hash table, collisions, chaining, open addressing";

    @Test
    void cleanArticleHasNoFindings() {
        assertThat(check(ARTICLE)).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreErrorsAtTheirParent() {
        // seo.title gone: reported on the seo map's first line (now page_description, line 7).
        assertFindings(check(with(SEO_TITLE, ""))).containsExactly(tuple("required-field", ERROR, "seo.title", 7));
        // a top-level key gone: line 1
        assertFindings(check(with("date: 2024-05-01", ""))).containsExactly(tuple("required-field", ERROR, "date", 1));
    }

    @Test
    void requiredFieldsComeFromTheRules() {
        SeoRules rules = new SeoRules(SeoRules.FieldNames.DEFAULT, SeoRules.DEFAULTS.urlPattern(),
                List.of("title", "author"), 30, 60, 600, 20, 120, 156, 160, 920, 14, 3, 12, Set.of(), Map.of())
                .withText(TextRules.OFF);
        assertFindings(check(with(SEO_TITLE, ""), rules)).containsExactly(tuple("required-field", ERROR, "author", 1));
    }

    @Test
    void emptyTitles() {
        List<Finding> findings = check(with("title: How does a hash table handle collisions?", "title: \"\""));
        // with no title there is no slug, so file_name and url are not judged
        assertFindings(findings).containsExactly(tuple("title-empty", ERROR, "title", 5));
        assertFindings(check(with(SEO_TITLE, "  title:"))).containsExactly(tuple("seo-title-empty", ERROR, "seo.title", 7));
    }

    @Test
    void seoTitleLength() {
        assertFindings(check(with(SEO_TITLE, "  title: Hash Tables")))
                .containsExactly(tuple("seo-title-length", WARNING, "seo.title", 7));
        // 65 narrow characters: too many, but only about 290 px wide
        assertFindings(check(with(SEO_TITLE, "  title: " + "il".repeat(32) + "i")))
                .containsExactly(tuple("seo-title-length", WARNING, "seo.title", 7));
        assertThat(check(with(SEO_TITLE, "  title: Hash Tables")).get(0).message())
                .isEqualTo("seo.title is 11 characters; lengthen it to 30–60.");
    }

    @Test
    void seoTitleWidth() {
        // 40 characters, but W is wide: 40 * 1933/2048 * 20 px = 755 px
        List<Finding> findings = check(with(SEO_TITLE, "  title: " + "W".repeat(40)));
        assertFindings(findings).containsExactly(tuple("seo-title-width", WARNING, "seo.title", 7));
        assertThat(findings.get(0).message()).isEqualTo(
                "seo.title is 755 px wide in Arial 20 px; search results cut it at 600 px. Shorten it.");
    }

    @Test
    void descriptionLengthBands() {
        // narrow text, so only the character count matters: "il " is 10.1 px per 3 characters at 14 px
        String short100 = ("il ".repeat(34)).substring(0, 100);
        String long158 = ("il ".repeat(53)).substring(0, 157) + "x";
        String over170 = ("il ".repeat(57)).substring(0, 169) + "x";
        assertFindings(check(with(DESCRIPTION, DESCRIPTION_KEY + short100.strip())))
                .containsExactly(tuple("seo-description-length", WARNING, "seo.page_description", 8));
        assertFindings(check(with(DESCRIPTION, DESCRIPTION_KEY + long158)))
                .containsExactly(tuple("seo-description-length", WARNING, "seo.page_description", 8));
        List<Finding> over = check(with(DESCRIPTION, DESCRIPTION_KEY + over170));
        assertFindings(over).containsExactly(tuple("seo-description-length", ERROR, "seo.page_description", 8));
        assertThat(over.get(0).message()).isEqualTo("seo.page_description is 170 characters; search results cut it "
                + "after about 160. Shorten it to 120–156.");
        // 160 is still only a warning, 161 an error
        assertFindings(check(with(DESCRIPTION, DESCRIPTION_KEY + ("il ".repeat(54)).substring(0, 159) + "x")))
                .containsExactly(tuple("seo-description-length", WARNING, "seo.page_description", 8));
        assertFindings(check(with(DESCRIPTION, DESCRIPTION_KEY + ("il ".repeat(54)).substring(0, 160) + "x")))
                .containsExactly(tuple("seo-description-length", ERROR, "seo.page_description", 8));
        // 156 and 120 are still good
        assertThat(check(with(DESCRIPTION, DESCRIPTION_KEY + ("il ".repeat(52)).substring(0, 155) + "x"))).isEmpty();
        assertThat(check(with(DESCRIPTION, DESCRIPTION_KEY + ("il ".repeat(40)).substring(0, 119) + "x"))).isEmpty();
    }

    @Test
    void descriptionWidthIsAdvice() {
        // 140 characters of "Wa ": 3641/2048 em per 3 characters, 1161 px at 14 px
        String wide = ("Wa ".repeat(47)).substring(0, 139) + "x";
        assertFindings(check(with(DESCRIPTION, DESCRIPTION_KEY + wide)))
                .containsExactly(tuple("seo-description-width", INFO, "seo.page_description", 8));
    }

    @Test
    void keywordCountAndPresence() {
        assertFindings(check(with(KEYWORDS, ""))).containsExactly(tuple("seo-keywords-missing", WARNING,
                "seo.page_keywords", 7));
        assertFindings(check(with(KEYWORDS, "  page_keywords: hash table, collisions,")))
                .containsExactly(tuple("seo-keywords-count", WARNING, "seo.page_keywords", 9));
        String thirteen = "  page_keywords: a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13";
        assertFindings(check(with(KEYWORDS, thirteen)))
                .containsExactly(tuple("seo-keywords-count", WARNING, "seo.page_keywords", 9));
    }

    @Test
    void duplicateKeywordInAStringIsFixedByRemovingThatOne() {
        List<Finding> findings = check(with(KEYWORDS, "  page_keywords: hashing, chaining,  Hashing , probing"));
        assertFindings(findings).containsExactly(tuple("seo-keywords-duplicate", WARNING, "seo.page_keywords", 9));
        assertThat(findings.get(0).fix()).contains(Fix.set("seo.page_keywords", "hashing, chaining, probing"));
    }

    @Test
    void duplicateKeywordInAListIsFixedByRemovingTheItem() {
        String list = "  page_keywords:\n    - hashing\n    - chaining\n    - HASHING\n    - probing";
        List<Finding> findings = check(with(KEYWORDS, list));
        assertFindings(findings).containsExactly(tuple("seo-keywords-duplicate", WARNING, "seo.page_keywords[2]", 12));
        assertThat(findings.get(0).fix()).contains(Fix.remove("seo.page_keywords[2]"));
    }

    @Test
    void fileNameMustBeTheTitleSlug() {
        List<Finding> findings = check(with("file_name: how-does-a-hash-table-handle-collisions.md",
                "file_name: hash-tables.md"));
        assertFindings(findings).containsExactly(tuple("file-name-slug", WARNING, "file_name", 11));
        assertThat(findings.get(0).fix())
                .contains(Fix.set("file_name", "how-does-a-hash-table-handle-collisions.md"));
    }

    @Test
    void urlMustEndWithTheSlugAndFollowThePattern() {
        String url = "url: /learn/computer-science/questions/how-does-a-hash-table-handle-collisions";
        String expected = "/learn/computer-science/questions/how-does-a-hash-table-handle-collisions";
        List<Finding> slug = check(with(url, "url: /learn/computer-science/questions/hash-tables"));
        assertFindings(slug).containsExactly(tuple("url-slug", WARNING, "url", 12));
        assertThat(slug.get(0).fix()).contains(Fix.set("url", expected));
        List<Finding> pattern = check(with(url, "url: /learn/cs/questions/how-does-a-hash-table-handle-collisions"));
        assertFindings(pattern).containsExactly(tuple("url-pattern", WARNING, "url", 12));
        assertThat(pattern.get(0).fix()).contains(Fix.set("url", expected));
        // a trailing slash is the same url
        assertThat(check(with(url, "url: " + expected + "/"))).isEmpty();
    }

    @Test
    void urlPatternIsConfigurable() {
        SeoRules rules = new SeoRules(SeoRules.FieldNames.DEFAULT, "/{id}/{slug}", SeoRules.DEFAULTS.required(),
                30, 60, 600, 20, 120, 156, 160, 920, 14, 3, 12, Set.of(), Map.of()).withText(TextRules.OFF);
        List<Finding> findings = check(ARTICLE, rules);
        assertFindings(findings).containsExactly(tuple("url-pattern", WARNING, "url", 12));
        assertThat(findings.get(0).fix()).contains(Fix.set("url", "/1001/how-does-a-hash-table-handle-collisions"));
    }

    @Test
    void dates() {
        assertFindings(check(with("date: 2024-05-01", "date: 2024-02-30")))
                .containsExactly(tuple("date-invalid", ERROR, "date", 4));
        assertFindings(check(with("date: 2024-05-01", "date: \"01/05/2024\"")))
                .containsExactly(tuple("date-invalid", ERROR, "date", 4));
        // the clock says 2025-06-01T12:00Z
        assertFindings(check(with("date: 2024-05-01", "date: 2025-06-02")))
                .containsExactly(tuple("date-future", WARNING, "date", 4));
        assertFindings(check(with("date: 2024-05-01", "date: 2025-06-01T12:30:00Z")))
                .containsExactly(tuple("date-future", WARNING, "date", 4));
        assertThat(check(with("date: 2024-05-01", "date: 2025-06-01"))).isEmpty();
        assertThat(check(with("date: 2024-05-01", "date: 2025-06-01 11:00:00"))).isEmpty();
    }

    @Test
    void whitespaceAroundAStringIsTrimmed() {
        List<Finding> findings = check(with("subject: Computer Science", "subject: \"Computer Science \""));
        assertFindings(findings).containsExactly(tuple("whitespace", WARNING, "subject", 10));
        assertThat(findings.get(0).fix()).contains(Fix.set("subject", "Computer Science"));
        assertThat(findings.get(0).message()).isEqualTo("subject has trailing whitespace; trim it.");
    }

    @Test
    void blockScalarNewlinesAreNotWhitespaceFindings() {
        String folded = "title: >\n    How does a hash table handle collisions?";
        assertThat(check(with("title: How does a hash table handle collisions?", folded))).isEmpty();
    }

    @Test
    void theArticleBodyFieldIsLeftAlone() {
        String text = with("subject: Computer Science", "subject: Computer Science\nanswer: \" Some Markdown \"")
                .replace("---\nBody text.\n", "---\n\n&nbsp;");
        assertThat(Fixtures.doc(text).bodyField().path()).hasToString("answer");
        assertThat(check(text)).isEmpty();
    }

    @Test
    void disabledChecksAndSeverityOverrides() {
        SeoRules rules = new SeoRules(SeoRules.FieldNames.DEFAULT, SeoRules.DEFAULTS.urlPattern(),
                SeoRules.DEFAULTS.required(), 30, 60, 600, 20, 120, 156, 160, 920, 14, 3, 12,
                Set.of("seo-title-length"), Map.of("seo-keywords-count", Severity.ERROR)).withText(TextRules.OFF);
        assertThat(check(with(SEO_TITLE, "  title: Hash Tables"), rules)).isEmpty();
        assertFindings(check(with(KEYWORDS, "  page_keywords: a, b"), rules))
                .containsExactly(tuple("seo-keywords-count", ERROR, "seo.page_keywords", 9));
    }

    @Test
    void findingsAreSortedByLine() {
        String text = with("date: 2024-05-01", "date: 2024-02-30").replace("file_name: how-does-a-hash-table-handle-"
                + "collisions.md", "file_name: x.md").replace("  title: Hash Table Collision Handling | Samples",
                "  title: short");
        assertThat(check(text)).extracting(Finding::line).containsExactly(4, 7, 11);
        assertThat(check(text)).allSatisfy(f -> assertThat(f.fix()).isInstanceOf(Optional.class));
    }
}
