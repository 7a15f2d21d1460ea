package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.masthead.document.DocumentException;
import org.junit.jupiter.api.Test;

/** The seo.text section of .masthead.yml, and the text check ids in seo.disabled and seo.severity. */
class TextRulesTest {
    @Test
    void everyKeyIsRead() throws Exception {
        SeoRules rules = SeoConfig.parse(".masthead.yml", """
                seo:
                  text:
                    enabled: true
                    min_words: 200
                    title_is_h1: false
                    sentence_max_words: 25
                    long_sentences_percent: 30
                    paragraph_max_words: 120
                    subheading_max_words: 250
                    same_start_sentences: 4
                    passive_percent: 15
                    flesch_min: 50
                    keyphrase_density_min: 1
                    keyphrase_density_max: 2.5
                    language: en_GB
                  disabled: [readability-passive]
                  severity: {content-length: info}
                """);
        assertThat(rules.text()).isEqualTo(new TextRules(true, 200, false, 25, 30, 120, 250, 4, 15, 50, 1.0, 2.5,
                "en_GB"));
        assertThat(rules.enabled("readability-passive")).isFalse();
        assertThat(rules.severity("content-length", Severity.WARNING)).isEqualTo(Severity.INFO);
    }

    @Test
    void onByDefaultWithYoastsLimitsAndTheTitleIsTheH1ExceptWhereTheSiteUsesTheFirstBodyH1() throws Exception {
        assertThat(SeoConfig.parse(".masthead.yml", "seo: {}\n").text()).isEqualTo(TextRules.DEFAULTS);
        assertThat(SeoRules.DEFAULTS.text()).isEqualTo(TextRules.DEFAULTS);
        assertThat(TextRules.DEFAULTS).isEqualTo(new TextRules(true, 300, null, 20, 25, 150, 300, 3, 10, 60, 0.5, 3.0,
                ""));
        assertThat(SeoConfig.parse(".masthead.yml", "seo: {text: {enabled: false}}\n").text())
                .isEqualTo(TextRules.OFF).isEqualTo(TextRules.DEFAULTS.withEnabled(false));
        assertThat(TextRules.ON.titleIsH1For("hugo")).isTrue();
        assertThat(TextRules.ON.titleIsH1For(SeoRules.REFERENCE)).isTrue();
        assertThat(TextRules.ON.titleIsH1For("docusaurus")).isFalse();
        assertThat(TextRules.ON.titleIsH1For("mkdocs")).isFalse();
    }

    @Test
    void mistakesNameTheLineAndWhatToWrite() {
        assertThatThrownBy(() -> SeoConfig.parse(".masthead.yml", "seo:\n  text:\n    min_word: 3\n"))
                .isInstanceOf(DocumentException.class).hasMessageContaining(".masthead.yml:3")
                .hasMessageContaining("unknown key 'min_word'");
        assertThatThrownBy(() -> SeoConfig.parse(".masthead.yml", "seo:\n  text:\n    passive_percent: 120\n"))
                .hasMessageContaining("above 100 percent");
        assertThatThrownBy(() -> SeoConfig.parse(".masthead.yml", "seo:\n  text:\n    min_words: many\n"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> SeoConfig.parse(".masthead.yml",
                "seo:\n  text:\n    keyphrase_density_min: 4\n    keyphrase_density_max: 3\n"))
                .hasMessageContaining("above seo.text.keyphrase_density_max");
    }

    @Test
    void theKeyphraseFieldIsARoleOfTheSiteMapping() throws Exception {
        assertThat(SeoRules.DEFAULTS.fields().keyphrase()).isEqualTo("keyphrase");
        assertThat(SiteFields.byRole(SeoRules.DEFAULTS.fields())).containsEntry("keyphrase", "keyphrase");
        SeoRules mapped = SeoConfig.parse(".masthead.yml", "seo:\n  fields: {keyphrase: seo.focus}\n");
        assertThat(mapped.fields().keyphrase()).isEqualTo("seo.focus");
        assertThat(SiteFields.checksOf("keyphrase")).contains("keyphrase-title", "keyphrase-duplicate");
    }
}
