package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.Slugs.Style;
import org.masthead.document.DocumentException;

/**
 * The documented file names of titles in other scripts (docs/config.md, "slugs:"). The ASCII
 * names are ICU's Any-Latin; Latin-ASCII spelled out by hand from its rules (ISO 9 for Cyrillic,
 * pinyin for Han, ALA-LC-like letters without vowels for Arabic). Each tag was computed outside
 * Java, with Python's hashlib and base64: base32(sha256(utf8(letters of the lower-cased title))[:5]).
 */
class SlugsAnyScriptTest {
    static final Map<String, String> ASCII = Map.of(
            "Что такое фотосинтез?", "cto-takoe-fotosintez-mzeftgiy",
            "光合作用是什么", "guang-he-zuo-yong-shi-shen-me-hngis3za",
            "ما هو التمثيل الضوئي؟", "ma-hw-altmthyl-aldwyy-sbdnsgzs",
            "Τι είναι η φωτοσύνθεση;", "ti-einai-e-photosynthese-jfa543uc",
            "Quang hợp là gì?", "quang-hop-la-gi",
            "Was macht die Straße?", "was-macht-die-strasse",
            "Photosynthèse: 光合作用 und Фотосинтез", "photosynthese-guang-he-zuo-yong-und-fotosintez-v3qmgbn7");

    static final Map<String, String> UNICODE = Map.of(
            "Что такое фотосинтез?", "что-такое-фотосинтез",
            "光合作用是什么", "光合作用是什么",
            "ما هو التمثيل الضوئي؟", "ما-هو-التمثيل-الضوئي",
            "Τι είναι η φωτοσύνθεση;", "τι-είναι-η-φωτοσύνθεση",
            "Quang hợp là gì?", "quang-hợp-là-gì",
            "Was macht die Straße?", "was-macht-die-straße",
            "Photosynthèse: 光合作用 und Фотосинтез", "photosynthèse-光合作用-und-фотосинтез");

    @Test
    void everyScriptGetsItsDocumentedAsciiName() {
        ASCII.forEach((title, slug) -> assertThat(Slugs.slug(title, Style.ASCII)).as(title).isEqualTo(slug));
        assertThat(new HashSet<>(ASCII.values())).hasSameSizeAs(ASCII.values());
    }

    @Test
    void theUnicodeStyleKeepsTheLettersAsHugoDoes() {
        UNICODE.forEach((title, slug) -> assertThat(Slugs.slug(title, Style.UNICODE)).as(title).isEqualTo(slug));
        assertThat(new HashSet<>(UNICODE.values())).hasSameSizeAs(UNICODE.values());
    }

    @Test
    void titlesThatDifferOnlyInNonLatinLettersNeverShareAName() {
        // ш and с both transliterate to s; 么 and 麼 and 甚 to me and shen: the visible part is the same
        assertThat(Slugs.slug("Шок", Style.ASCII)).isEqualTo("sok-fjo522pl");
        assertThat(Slugs.slug("Сок", Style.ASCII)).isEqualTo("sok-a2rrfxrl");
        assertThat(Slugs.slug("光合作用是甚么", Style.ASCII)).isEqualTo("guang-he-zuo-yong-shi-shen-me-chjhig27");
        assertThat(Slugs.slug("Кто такой фотосинтез?", Style.ASCII)).isEqualTo("kto-takoj-fotosintez-6gyda4px");
        Set<String> names = new HashSet<>();
        for (String title : new String[] {"Шок", "Сок", "шок", "光合作用是什么", "光合作用是甚么", "Что такое", "Кто такое"}) {
            for (Style style : Style.values()) {
                names.add(style + Slugs.slug(title, style));
            }
        }
        // "Шок" and "шок" differ only in case, which a slug ignores in both styles
        assertThat(names).hasSize(12);
    }

    @Test
    void punctuationAndCaseDoNotChangeTheTag() {
        assertThat(Slugs.slug("что такое фотосинтез", Style.ASCII)).isEqualTo(ASCII.get("Что такое фотосинтез?"));
    }

    @Test
    void latinTitlesKeepTheirOldNames() {
        assertThat(Slugs.slug("  Café   Über\tStraße – naïve  ")).isEqualTo("cafe-uber-strasse-naive");
        assertThat(Slugs.slug("What is the exclusive-OR of “Ω” and 3?"))
                .isEqualTo("what-is-the-exclusiveor-of-o-and-3-qw7ng5nq");
    }

    @Test
    void onlyATitleWithoutLettersOrDigitsHasNoName() {
        for (Style style : Style.values()) {
            assertThat(Slugs.slug("?! — … 😀", style)).isEmpty();
            assertThat(Slugs.slug("ᚠᚢᚦ", style)).isNotEmpty();
        }
    }

    @Test
    void theFolderChoosesTheStyle(@TempDir Path dir) throws Exception {
        assertThat(Slugs.styleOf(dir)).isEqualTo(Style.ASCII);
        Files.writeString(dir.resolve(".masthead.yml"), "seo:\n  title_max_chars: 60\n");
        assertThat(Slugs.styleOf(dir)).isEqualTo(Style.ASCII);
        Files.writeString(dir.resolve(".masthead.yml"), "slugs: unicode\n");
        assertThat(Slugs.styleOf(dir)).isEqualTo(Style.UNICODE);
        Files.writeString(dir.resolve(".masthead.yml"), "# site\nslugs: latin\n");
        assertThatThrownBy(() -> Slugs.styleOf(dir)).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith(dir.resolve(".masthead.yml") + ":2:8: slugs must be one of")
                .hasMessageContaining("slugs: ascii");
    }
}
