package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.DocumentException;

class SeoConfigTest {
    @TempDir
    Path folder;

    @Test
    void noFileMeansDefaults() throws Exception {
        assertThat(SeoConfig.load(folder)).isEqualTo(SeoRules.DEFAULTS);
    }

    @Test
    void fileWithoutSeoSectionMeansDefaults() throws Exception {
        Files.writeString(folder.resolve(".masthead.yml"), "content:\n  body: answer\n");
        assertThat(SeoConfig.load(folder)).isEqualTo(SeoRules.DEFAULTS);
    }

    @Test
    void overridesOnlyTheKeysGiven() throws Exception {
        Files.writeString(folder.resolve(".masthead.yml"), """
                seo:
                  fields:
                    description: description
                    related_prefix: see_also
                  url_pattern: /docs/{slug}/
                  required: [title]
                  title_max_chars: 70
                  description_max_px: 990.5
                  keywords_min: 0
                  disabled: [seo-keywords-missing, seo-title-length]
                """);
        SeoRules rules = SeoConfig.load(folder);
        assertThat(rules.fields().description()).isEqualTo("description");
        assertThat(rules.fields().relatedPrefix()).isEqualTo("see_also");
        assertThat(rules.fields().seoTitle()).isEqualTo("seo.title");
        assertThat(rules.urlPattern()).isEqualTo("/docs/{slug}/");
        assertThat(rules.required()).containsExactly("title");
        assertThat(rules.titleMinChars()).isEqualTo(30);
        assertThat(rules.titleMaxChars()).isEqualTo(70);
        assertThat(rules.descriptionMaxPx()).isEqualTo(990.5);
        assertThat(rules.keywordsMin()).isZero();
        assertThat(rules.disabled()).isEqualTo(Set.of("seo-keywords-missing", "seo-title-length"));
        assertThat(rules.enabled("seo-title-length")).isFalse();
        assertThat(rules.enabled("seo-title-width")).isTrue();
    }

    @Test
    void unknownKeyNamesTheFileLineAndKnownKeys() {
        assertThatThrownBy(() -> SeoConfig.parse("cfg.yml", "seo:\n  title_max_char: 70\n"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.source()).isEqualTo("cfg.yml");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("unknown key 'title_max_char'");
                    assertThat(e.hint()).contains("title_max_chars");
                });
    }

    @Test
    void wordWhereANumberBelongs() {
        assertThatThrownBy(() -> SeoConfig.parse("cfg.yml", "seo:\n  keywords_max: many\n"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(17);
                    assertThat(e.problem()).contains("seo.keywords_max must be a whole number").contains("'many'");
                });
    }

    @Test
    void minimumAboveMaximum() {
        assertThatThrownBy(() -> SeoConfig.parse("cfg.yml", "seo:\n  title_min_chars: 80\n"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.problem()).contains("title_min_chars (80) is above seo.title_max_chars (60)"));
    }

    @Test
    void unknownCheckInDisabled() {
        assertThatThrownBy(() -> SeoConfig.parse("cfg.yml", "seo:\n  disabled: [title-lenght]\n"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.problem()).contains("unknown check 'title-lenght'"));
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> SeoConfig.parse("cfg.yml", "seo:\n  required: [title\n  x: 1\n"))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.line()).isGreaterThanOrEqualTo(2);
                    assertThat(e.problem()).startsWith("this is not valid YAML");
                });
    }

    @Test
    void requiredMustBeAList() {
        assertThatThrownBy(() -> SeoConfig.parse("cfg.yml", "seo:\n  required: title\n"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.problem()).isEqualTo("seo.required must be a list."));
    }
}
