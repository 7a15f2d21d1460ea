package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;

class SiteProfilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private void write(String name, String text) throws Exception {
        Files.createDirectories(folder.resolve(name).getParent());
        Files.writeString(folder.resolve(name), text);
    }

    private static String page(String title, String extra) {
        return "---\ntitle: " + title + "\n" + extra + "---\nBody.\n";
    }

    /** These tests are about fields and URLs: the one-word bodies' thin-content and readability findings are noise. */
    private static final String TEXT_OFF = "seo:\n  text:\n    enabled: false\n";

    @Test
    void requiredFieldsComeFromTheSectionsOwnPages() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        for (int i = 1; i <= 4; i++) {
            write("content/guides/g" + i + ".md", page("Guide " + i, i == 4 ? "" : "description: Guide " + i + "\n"));
            write("content/news/n" + i + ".md", page("News " + i, i == 1 ? "description: News one\n" : ""));
        }
        write(".masthead.yml", TEXT_OFF);
        SeoRules rules = SeoConfig.load(folder);
        assertThat(rules.profile()).isEqualTo("hugo");
        assertThat(rules.requiredIn("guides")).containsExactly("title", "description");
        assertThat(rules.requiredIn("news")).containsExactly("title");

        FolderReport report = SeoChecker.checkFolder(folder, rules, CLOCK);
        assertThat(report.findings()).containsOnlyKeys("content/guides/g4.md");
        assertThat(report.findingsFor("content/guides/g4.md")).extracting(Finding::check, Finding::field)
                .containsExactly(tuple("required-field", "description"));
    }

    @Test
    void aCloudCannonCollectionsSchemaNamesTheFieldsItsPagesMustHave() throws Exception {
        write("cloudcannon.config.yml", """
                collections_config:
                  recipes:
                    path: recipes
                    schemas:
                      default:
                        path: .cloudcannon/schemas/recipe.md
                """);
        write(".cloudcannon/schemas/recipe.md", "---\ntitle:\nserves:\n---\n");
        write("recipes/soup.md", page("Soup", "serves: 4\n"));
        write("recipes/bread.md", page("Bread", ""));

        SeoRules rules = SeoConfig.load(folder);
        assertThat(rules.requiredIn("recipes")).contains("serves");
        FolderReport report = SeoChecker.checkFolder(folder, rules, CLOCK);
        assertThat(report.findingsFor("recipes/bread.md")).extracting(Finding::check, Finding::field)
                .contains(tuple("required-field", "serves"));
        assertThat(report.findingsFor("recipes/soup.md")).extracting(Finding::field).doesNotContain("serves");
    }

    @Test
    void theFoldersConfigOverridesTheMappingAndTheChecksFollow() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        String longText = "x".repeat(170);
        write("content/a.md", page("A", "summary: " + longText + "\ndescription: short\n"));
        write(".masthead.yml", TEXT_OFF);
        assertThat(SeoChecker.checkFolder(folder, SeoConfig.load(folder), CLOCK).findings()).isEmpty();

        write(".masthead.yml", TEXT_OFF + "  fields:\n    description: summary\n");
        SeoRules rules = SeoConfig.load(folder);
        assertThat(rules.fields().description()).isEqualTo("summary");
        assertThat(SeoChecker.checkFolder(folder, rules, CLOCK).findingsFor("content/a.md"))
                .extracting(Finding::check, Finding::field)
                .contains(tuple("seo-description-length", "summary"));
    }

    @Test
    void theReferenceProfileIsRecognisedByItsFieldsInsideAGeneratorsSite() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        write("content/a.md", "---\ntitle: A\nseo:\n  title: A\n  page_description: d\nfile_name: a.md\n---\n");
        assertThat(SeoConfig.load(folder).profile()).isEqualTo(SeoRules.REFERENCE);
        write(".masthead.yml", "seo:\n  profile: hugo\n");
        assertThat(SeoConfig.load(folder).profile()).isEqualTo("hugo");
    }

    @Test
    void anExplicitSlugDecidesTheUrlsLastSegment() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        write("content/a.md", page("Some title", "slug: my_Page\nurl: /docs/my_page/\n"));
        write("content/b.md", page("Other title", "slug: right\nurl: /docs/wrong/\n"));
        write(".masthead.yml", TEXT_OFF);
        FolderReport report = SeoChecker.checkFolder(folder, SeoConfig.load(folder), CLOCK);
        assertThat(report.findings()).containsOnlyKeys("content/b.md");
        assertThat(report.findingsFor("content/b.md")).extracting(Finding::check, Finding::message)
                .containsExactly(tuple("url-slug", "url does not end with slug 'right'; it should be '/docs/right'."));
    }

    @Test
    void theSnippetReadsTheMappedFieldsAndTheRealUrl() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n[permalinks]\nposts = '/:year/:month/:slug/'\n");
        String text = page("Hello there", "date: 2024-05-06\ndescription: What this post is about.\n");
        write("content/posts/hello.md", text);
        SeoRules rules = SeoConfig.load(folder);
        SnippetFields s = SnippetFields.of("content/posts/hello.md",
                Document.parse("content/posts/hello.md", text.getBytes()), rules);
        assertThat(s).isEqualTo(new SnippetFields("Hello there", "What this post is about.",
                "https://example.org/2024/05/hello-there/")); // :slug falls back to the title in Hugo
        assertThat(s.breadcrumb()).isEqualTo("example.org › 2024 › 05 › hello-there");
        assertThat(List.of(s.url())).doesNotContain("example.com");
    }
}
