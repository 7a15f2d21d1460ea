package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.DocumentException;

class SeoIgnoresTest {
    @TempDir
    Path folder;

    @Test
    void aFolderWithoutConfigGetsAFileHoldingTheIgnore() throws Exception {
        assertThat(SeoIgnores.add(folder, "posts/a.md", Checks.SEO_TITLE_LENGTH)).isTrue();
        assertThat(Files.readString(folder.resolve(".masthead.yml")))
                .isEqualTo("seo:\n  ignore:\n    posts/a.md: [seo-title-length]\n");
        assertThat(SeoConfig.load(folder).ignored()).isEqualTo(
                java.util.Map.of("posts/a.md", Set.of(Checks.SEO_TITLE_LENGTH)));
    }

    @Test
    void anExistingFileKeepsEveryOtherByteAndAListGrowsInItsOwnStyle() throws Exception {
        String config = """
                # site settings
                media:
                  path: images/{slug}/{filename}   # beside the article
                seo:
                  title_max_chars: 65
                  ignore:
                    posts/b.md:
                      - url-slug
                """;
        Files.writeString(folder.resolve(".masthead.yml"), config);
        SeoIgnores.add(folder, "posts/b.md", Checks.FILE_NAME_SLUG);
        SeoIgnores.add(folder, "posts/a.md", Checks.SEO_TITLE_LENGTH);
        SeoIgnores.add(folder, "posts/a.md", Checks.DESCRIPTION_LENGTH);
        assertThat(Files.readString(folder.resolve(".masthead.yml"))).isEqualTo("""
                # site settings
                media:
                  path: images/{slug}/{filename}   # beside the article
                seo:
                  title_max_chars: 65
                  ignore:
                    posts/b.md:
                      - url-slug
                      - file-name-slug
                    posts/a.md: [seo-title-length, seo-description-length]
                """);
        assertThat(SeoIgnores.add(folder, "posts/a.md", Checks.DESCRIPTION_LENGTH)).isFalse();
        SeoRules rules = SeoConfig.load(folder);
        assertThat(rules.ignored("posts/b.md", Checks.URL_SLUG)).isTrue();
        assertThat(rules.ignored("posts/a.md", Checks.URL_SLUG)).isFalse();
        assertThat(rules.titleMaxChars()).isEqualTo(65);
    }

    @Test
    void aSingleIdWithoutBracketsIsReadAndAnUnknownIdIsAnErrorAtItsLine() throws Exception {
        assertThat(SeoConfig.parse("c.yml", "seo:\n  ignore:\n    a.md: url-slug\n").ignored("a.md", Checks.URL_SLUG))
                .isTrue();
        assertThat(SeoIgnores.withIgnore("c.yml", "seo:\n  ignore:\n    a.md: url-slug\n", "a.md", Checks.DRAFT))
                .isEqualTo("seo:\n  ignore:\n    a.md: [url-slug, draft]\n");
        assertThatThrownBy(() -> SeoConfig.parse("c.yml", "seo:\n  ignore:\n    a.md: [url-slugs]\n"))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("c.yml:3:")
                .hasMessageContaining("unknown check 'url-slugs'");
        assertThatThrownBy(() -> SeoIgnores.add(folder, "a.md", "no-such-check"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("not a check id");
        assertThat(folder.resolve(".masthead.yml")).doesNotExist();
    }
}
