package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Severity.WARNING;
import static org.masthead.seo.TextArticles.ARTICLE;
import static org.masthead.seo.TextArticles.BODY;
import static org.masthead.seo.TextArticles.KNEADING;
import static org.masthead.seo.TextArticles.text;
import static org.masthead.seo.TextArticles.with;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readability, headings and length: one crafted break per check, on the good article of
 * {@link TextArticles} or a short body in its place (line 11), with the findings derived by hand.
 */
class TextChecksTest {
    @Test
    void theGoodArticleHasNoTextFindings() {
        assertThat(text(ARTICLE)).isEmpty();
    }

    @Test
    void theTextChecksAreOnByDefaultAndOffWhenSwitchedOff() throws Exception {
        String thin = with(BODY, "Bread dough.");
        assertThat(text(thin, SeoRules.DEFAULTS)).containsExactly(tuple("content-length", WARNING, "", 11));
        SeoRules off = SeoConfig.parse(".masthead.yml", "seo:\n  text:\n    enabled: false\n");
        assertThat(text(thin, off)).isEmpty();
        assertThat(text(thin, SeoRules.DEFAULTS.withText(TextRules.OFF))).isEmpty();
    }

    @Test
    void aShortBodyIsThinButAListPageIsNot() {
        // 9 words, under 300; nothing else: the keyphrase opens it and density needs 100 words
        String thin = with(BODY, "Bread dough needs flour and water. Knead it well.");
        assertThat(text(thin)).containsExactly(tuple("content-length", WARNING, "", 11));
        assertThat(TextArticles.message(thin, "content-length")).startsWith("the body has 9 words, under the 300");
        SeoRules lower = TextArticles.RULES.withText(new TextRules(true, 5, null, 20, 25, 150, 300, 3, 10, 60, 0.5,
                3, ""));
        assertThat(text(thin, lower)).isEmpty();
    }

    @Test
    void aBodyH1IsASecondH1WhereTheLayoutPrintsTheTitle() {
        // the reference layout prints the title as the H1: a body H1 (line 11) is a second one
        String h1 = with(BODY, "# Bread dough at home\n\n" + BODY);
        assertThat(text(h1)).containsExactly(tuple("heading-h1", WARNING, "", 11));
        // where the first body H1 is the title (Docusaurus, MkDocs), only a second H1 is a finding
        SeoRules own = TextArticles.RULES.withText(new TextRules(true, 300, false, 20, 25, 150, 300, 3, 10, 60, 0.5,
                3, ""));
        assertThat(text(h1, own)).isEmpty();
        String two = with(KNEADING, "# Kneading");
        assertThat(text(with(BODY, "# Bread dough at home\n\n" + BODY).replace(KNEADING, "# Kneading"), own))
                .containsExactly(tuple("heading-h1", WARNING, "", 21));
        assertThat(text(two)).containsExactly(tuple("heading-h1", WARNING, "", 19));
    }

    @Test
    void headingLevelsNeverSkip() {
        // H2 (line 15), then H4 (line 19): a skip; the H2 after it (line 23) is fine
        assertThat(text(with(KNEADING, "#### Kneading"))).containsExactly(tuple("heading-skip", WARNING, "", 19));
        // an H3 straight under the title's H1 skips H2
        assertThat(text(with("## Mixing the bread dough", "### Mixing the bread dough")))
                .containsExactly(tuple("heading-skip", WARNING, "", 15));
    }

    @Test
    void tooManyLongSentences() {
        // 4 sentences; the first has 26 words and the third 29: 2 of 4 (50%) are over 20, above 25%
        String body = "Bread dough needs flour, water, salt and yeast, and it needs time and warmth and patience "
                + "before it becomes a loaf you can slice and share. Knead it well. Let it rest for an hour or two in a "
                + "warm place, away from drafts, until it has doubled in size and feels soft and airy to the touch. "
                + "Bake it hot.";
        String text = with(BODY, body);
        assertThat(text(text)).containsExactly(tuple("content-length", WARNING, "", 11),
                tuple("readability-sentence-length", WARNING, "", 11));
        assertThat(TextArticles.message(text, "readability-sentence-length")).startsWith("2 of 4 sentences (50%)");
    }

    /** Ten sentences of ten words, each starting with another word. */
    static final List<String> TEN = List.of("Flour gives the loaf its body and its crumb structure.",
            "Water wakes the yeast and lets the gluten form strands.", "Salt slows the yeast down and brings out the flavour.",
            "Yeast eats the sugars and leaves gas bubbles behind it.", "Time lets the flavour grow deeper and much more rounded.",
            "Warmth speeds everything up, so watch the bowl with care.", "Most bakers keep a notebook of what worked for them.",
            "Small changes in water make a big difference to texture.", "Good flour costs a little more but it pays back.",
            "Every kitchen is different, so learn how yours behaves today.");

    static String paragraph(String first, int sentences) {
        StringBuilder out = new StringBuilder(first);
        for (int i = 0; i < sentences; i++) {
            out.append(' ').append(TEN.get(i % TEN.size()));
        }
        return out.toString();
    }

    @Test
    void aParagraphOverOneHundredFiftyWords() {
        // 4 + 16 × 10 = 164 words in one paragraph: over 150; under 300, so also thin; the keyphrase
        // once in 164 words is 0.6%, within 0.5–3%
        String text = with(BODY, paragraph("Bread dough takes practice.", 16));
        assertThat(text(text)).containsExactly(tuple("content-length", WARNING, "", 11),
                tuple("readability-paragraph-length", WARNING, "", 11));
        assertThat(TextArticles.message(text, "readability-paragraph-length")).contains("164 words");
    }

    @Test
    void moreThanThreeHundredWordsWithoutASubheading() {
        // three paragraphs of 4 + 11 × 10 = 114 words (lines 11, 13, 15), none over 150, 342 in all
        // without a heading; the keyphrase opens each: 3 in 342 words, 0.9%
        String p = paragraph("Bread dough takes practice.", 11);
        String text = with(BODY, p + "\n\n" + p + "\n\n" + p);
        assertThat(text(text)).containsExactly(tuple("readability-subheadings", WARNING, "", 11));
    }

    @Test
    void threeSentencesInARowStartingAlike() {
        String text = with(BODY, "Bread dough needs care. Bread dough needs time. Bread dough needs heat.");
        assertThat(text(text)).containsExactly(tuple("content-length", WARNING, "", 11),
                tuple("readability-sentence-starts", WARNING, "", 11));
        // two in a row are fine
        assertThat(text(with(BODY, "Bread dough needs care. Bread dough needs time. It needs heat.")))
                .containsExactly(tuple("content-length", WARNING, "", 11));
    }

    @Test
    void passiveVoiceInMoreThanATenthOfTheSentences() {
        // "is made", "is mixed", "is kneaded": 3 of 4 sentences (75%)
        String text = with(BODY, "Bread dough is made from flour. The flour is mixed with water. "
                + "The dough is kneaded by hand. Then it rests.");
        assertThat(text(text)).containsExactly(tuple("content-length", WARNING, "", 11),
                tuple("readability-passive", WARNING, "", 11));
        assertThat(TextArticles.message(text, "readability-passive")).startsWith("3 of 4 sentences (75%)");
    }

    @Test
    void longWordsMakeAHardReadingEase() {
        // 7 words, 23 syllables (1+1+4+4+5+4+4), 1 sentence: 206.835 − 7.105 − 277.971 = −78.2
        String text = with(BODY, "Bread dough fermentation necessitates considerable temperature regulation.");
        assertThat(text(text)).containsExactly(tuple("content-length", WARNING, "", 11),
                tuple("readability-flesch", WARNING, "", 11));
        assertThat(TextArticles.message(text, "readability-flesch"))
                .startsWith("Flesch reading ease is -78.2 (very difficult; 60 or more reads easily)");
    }

    @Test
    void eachCheckCanBeSwitchedOffByItsId() {
        String text = with(BODY, "Bread dough needs care. Bread dough needs time. Bread dough needs heat.");
        SeoRules off = new SeoRules(SeoRules.DEFAULTS.fields(), SeoRules.DEFAULTS.urlPattern(),
                SeoRules.DEFAULTS.required(), 30, 60, 600, 20, 120, 156, 160, 920, 14, 3, 12,
                java.util.Set.of("content-length"), java.util.Map.of()).withText(TextRules.ON);
        assertThat(text(text, off)).containsExactly(tuple("readability-sentence-starts", WARNING, "", 11));
    }

    @Test
    void theFolderCheckFindsWhatTheSeoTabFinds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // the folder check reads a one-line answer with the fast reader and decodes it itself;
        // the SEO tab gets it from the document: both must see the same text
        String article = """
                ---
                title: Bread dough at home
                answer: >-
                    # Bread dough\\n\\nBread dough is made. It is kneaded. It is baked.\\n\\n#### Deep
                ---
                &nbsp;""";
        java.nio.file.Files.writeString(dir.resolve(".masthead.yml"), "seo:\n  text: {enabled: true}\n");
        java.nio.file.Files.writeString(dir.resolve(TextArticles.PATH), article);
        FolderReport report = SeoChecker.checkFolder(dir, Fixtures.CLOCK);
        List<Finding> folder = report.findingsFor(TextArticles.PATH).stream()
                .filter(f -> Checks.TEXT.contains(f.check())).toList();
        assertThat(folder).extracting(Finding::check).containsExactly("keyphrase-missing", "content-length",
                "heading-h1", "heading-skip", "readability-passive");
        assertThat(folder).isEqualTo(TextArticles.findings(article, SeoConfig.load(dir)).stream()
                .filter(f -> Checks.TEXT.contains(f.check())).toList());
    }

    @Test
    void theReferenceFormatsOneLineAnswerIsReportedOnItsLine() {
        // the answer (its key on line 3) holds the Markdown with literal \\n; every block is reported
        // on that line; no keyphrase and no keywords: the note is about the whole file, line 1
        String article = """
                ---
                title: Bread dough at home
                answer: >-
                    # Bread dough\\n\\nBread dough needs care.\\n\\n#### Deep
                ---
                &nbsp;""";
        assertThat(text(article)).containsExactly(tuple("keyphrase-missing", Severity.INFO, "", 1),
                tuple("content-length", WARNING, "", 3), tuple("heading-h1", WARNING, "", 3),
                tuple("heading-skip", WARNING, "", 3));
    }
}
