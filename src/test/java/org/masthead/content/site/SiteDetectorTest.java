package org.masthead.content.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDetectorTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void hugoTomlFromTheContentFolderUp() throws Exception {
        write(".git/HEAD", "ref: refs/heads/main\n");
        write("hugo.toml", """
                baseURL = 'https://example.org/docs/'
                contentDir = 'pages'
                defaultContentLanguage = 'de'
                [permalinks]
                  [permalinks.page]
                  posts = '/:year/:slug/'
                [taxonomies]
                  tag = 'tags'
                  author = 'authors'
                """);
        write("archetypes/posts.md", "+++\ntitle = '{{ .Name }}'\ndate = {{ .Date }}\nimages = []\n+++\n");
        write("pages/posts/a.md", "---\ntitle: A\n---\n");

        Site site = SiteDetector.detect(dir.resolve("pages/posts"));

        assertThat(site.generator()).isEqualTo(Generator.HUGO);
        assertThat(site.root()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(site.contentDir()).isEqualTo(dir.resolve("pages").toAbsolutePath().normalize());
        assertThat(site.baseUrl()).isEqualTo("https://example.org/docs/");
        assertThat(site.defaultLanguage()).isEqualTo("de");
        assertThat(site.permalinks()).isEqualTo(Map.of("posts", "/:year/:slug/"));
        assertThat(site.taxonomies()).containsExactly("tags", "authors");
        assertThat(site.archetypes()).isEqualTo(Map.of("posts", List.of("title", "date", "images")));
        assertThat(site.section("a.md")).isEqualTo("posts");
        assertThat(site.absoluteUrl("/2024/a/")).isEqualTo("https://example.org/docs/2024/a/");
    }

    @Test
    void theSearchStopsAtTheTopOfTheRepository() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        write("repo/.git/HEAD", "x\n");
        write("repo/notes/a.md", "---\ntitle: A\n---\n");
        assertThat(SiteDetector.detect(dir.resolve("repo/notes")).generator()).isEqualTo(Generator.NONE);
    }

    @Test
    void aConfigTomlIsHugosOnlyWhenItSaysSo() throws Exception {
        write("a/config.toml", "name = 'some other tool'\n");
        write("b/config.toml", "contentDir = 'content'\n");
        assertThat(SiteDetector.detect(dir.resolve("a")).generator()).isEqualTo(Generator.NONE);
        assertThat(SiteDetector.detect(dir.resolve("b")).generator()).isEqualTo(Generator.HUGO);
    }

    @Test
    void hugoBundlesThatAreNotRendered() throws Exception {
        write("hugo.yaml", "baseURL: https://example.org/\n");
        write("content/_common/_index.md", "---\ncascade:\n  build:\n    render: never\n---\n");
        write("content/glossary/_index.md", "---\ntitle: Glossary\nbuild:\n  render: always\ncascade:\n  build:\n"
                + "    render: never\n---\n");
        write("content/parts/index.md", "+++\nheadless = true\n+++\n");
        write("content/docs/_index.md", "---\ntitle: Docs\n---\n");

        Site site = SiteDetector.detect(dir);

        assertThat(site.placement("content/_common/x.md")).isEqualTo(Placement.UNRENDERED);
        assertThat(site.placement("content/_common/_index.md")).isEqualTo(Placement.UNRENDERED);
        assertThat(site.placement("content/glossary/term.md")).isEqualTo(Placement.UNRENDERED);
        assertThat(site.placement("content/glossary/_index.md")).isEqualTo(Placement.LIST);
        assertThat(site.placement("content/parts/note.md")).isEqualTo(Placement.UNRENDERED);
        assertThat(site.placement("content/docs/_index.md")).isEqualTo(Placement.LIST);
        assertThat(site.placement("content/docs/a.md")).isEqualTo(Placement.PAGE);
        assertThat(site.placement("README.md")).isEqualTo(Placement.OUTSIDE);
    }

    @Test
    void aContentFolderWithoutConfigIsRecognisedByItsListPages() throws Exception {
        write("docs/_index.md", "---\ntitle: Docs\n---\n");
        Site site = SiteDetector.detect(dir);
        assertThat(site.generator()).isEqualTo(Generator.HUGO);
        assertThat(site.notes()).singleElement().asString().contains("no Hugo config found");
    }

    @Test
    void jekyllConfigPermalinkStyleAndExcludes() throws Exception {
        write("_config.yml", """
                url: https://blog.example.net
                baseurl: /blog
                permalink: pretty
                lang: fr
                exclude: [drafts-old/, "*.txt.md"]
                collections:
                  recipes:
                    output: true
                    permalink: /cooking/:title/
                """);
        Site site = SiteDetector.detect(dir);
        assertThat(site.generator()).isEqualTo(Generator.JEKYLL);
        assertThat(site.baseUrl()).isEqualTo("https://blog.example.net/blog");
        assertThat(site.defaultLanguage()).isEqualTo("fr");
        assertThat(site.permalinks()).containsEntry("", "/:categories/:year/:month/:day/:title/")
                .containsEntry("_recipes", "/cooking/:title/");
        assertThat(site.placement("drafts-old/a.md")).isEqualTo(Placement.EXCLUDED);
        assertThat(site.placement("notes.txt.md")).isEqualTo(Placement.EXCLUDED);
        assertThat(site.placement("_includes/footer.md")).isEqualTo(Placement.INCLUDE);
        assertThat(site.placement("_drafts/idea.md")).isEqualTo(Placement.DRAFT);
        assertThat(site.placement("_posts/2024-01-01-a.md")).isEqualTo(Placement.PAGE);
    }

    @Test
    void javascriptConfigsAreReadForLiteralsOnlyAndNeverRun() throws Exception {
        write("docusaurus.config.js", """
                const lightCodeTheme = require('prism-react-renderer').themes.github;
                module.exports = {
                  title: 'My Site',
                  url: 'https://docs.example.com',
                  baseUrl: '/guide/',
                  i18n: { defaultLocale: 'en', locales: ['en'] },
                  onBrokenLinks: process.exit(1),
                };
                """);
        Site site = SiteDetector.detect(dir);
        assertThat(site.generator()).isEqualTo(Generator.DOCUSAURUS);
        assertThat(site.baseUrl()).isEqualTo("https://docs.example.com/guide/");
        assertThat(site.defaultLanguage()).isEqualTo("en");
        assertThat(site.notes()).anyMatch(n -> n.contains("nothing was run"));
    }

    @Test
    void astroNeedsItsContentFolder() throws Exception {
        write("astro.config.mjs", "export default defineConfig({ site: \"https://astro.example.com\", base: '/x' });\n");
        assertThat(SiteDetector.detect(dir).generator()).isEqualTo(Generator.NONE);
        write("src/content/blog/a.md", "---\ntitle: A\n---\n");
        Site site = SiteDetector.detect(dir);
        assertThat(site.generator()).isEqualTo(Generator.ASTRO);
        assertThat(site.baseUrl()).isEqualTo("https://astro.example.com/x");
        assertThat(site.placement("src/content/blog/_draft.md")).isEqualTo(Placement.INCLUDE);
        assertThat(PageUrls.path(site, "src/content/blog/a.md", new PageUrls.Page("", "", "", "A")))
                .isEqualTo("/blog/a/");
    }

    @Test
    void eleventyMkdocsAndCloudCannon() throws Exception {
        write("e/eleventy.config.js", "export default function(c) { return { dir: { input: 'src' } }; }\n");
        write("e/_data/metadata.json", "{\"url\": \"https://eleventy.example.com/\", \"n\": [1, {\"a\": null}]}");
        Site eleventy = SiteDetector.detect(dir.resolve("e"));
        assertThat(eleventy.generator()).isEqualTo(Generator.ELEVENTY);
        assertThat(eleventy.contentDir()).isEqualTo(dir.resolve("e/src").toAbsolutePath().normalize());
        assertThat(eleventy.baseUrl()).isEqualTo("https://eleventy.example.com/");

        write("m/mkdocs.yml", "site_url: https://mk.example.com/\ndocs_dir: pages\nuse_directory_urls: false\n"
                + "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n");
        Site mkdocs = SiteDetector.detect(dir.resolve("m"));
        assertThat(mkdocs.generator()).isEqualTo(Generator.MKDOCS);
        assertThat(mkdocs.baseUrl()).isEqualTo("https://mk.example.com/");
        assertThat(PageUrls.path(mkdocs, "pages/guide/start.md", new PageUrls.Page("", "", "", "")))
                .isEqualTo("/guide/start.html");

        write("c/cloudcannon.config.yml", "collections_config:\n  posts:\n    path: content/posts\n"
                + "    url: /blog/[slug]/\n");
        Site cc = SiteDetector.detect(dir.resolve("c"));
        assertThat(cc.generator()).isEqualTo(Generator.CLOUDCANNON);
        assertThat(PageUrls.path(cc, "content/posts/hello.md", new PageUrls.Page("", "", "", "Hello")))
                .isEqualTo("/blog/hello/");
    }

    @Test
    void cloudCannonSchemasGiveEachCollectionsSectionItsFields() throws Exception {
        write("cloudcannon.config.yml", """
                source: site
                collections_config:
                  posts:
                    path: posts
                    schemas:
                      photo:
                        path: .cloudcannon/schemas/photo.md
                      default:
                        path: .cloudcannon/schemas/post.md
                  notes:
                    path: notes
                    schemas:
                      short:
                        path: schemas/note.md
                  drafts:
                    path: drafts
                    schemas:
                      default:
                        path: .cloudcannon/schemas/missing.md
                """);
        write(".cloudcannon/schemas/post.md", "---\ntitle:\ndescription:\nimage:\n---\n");
        write(".cloudcannon/schemas/photo.md", "---\ntitle:\nphoto:\n---\n");
        write("site/schemas/note.md", "---\ntitle:\nmood:\n---\n");
        write("site/posts/a.md", "---\ntitle: A\n---\n");

        Site site = SiteDetector.detect(dir.resolve("site"));

        assertThat(site.generator()).isEqualTo(Generator.CLOUDCANNON);
        assertThat(site.archetypes()).isEqualTo(Map.of(
                "posts", List.of("title", "description", "image"),
                "notes", List.of("title", "mood")));
        assertThat(site.section("posts/a.md")).isEqualTo("posts");
    }

    @Test
    void twoCollectionsInOneSectionUseNeitherSchema() throws Exception {
        write("cloudcannon.config.yml", """
                collections_config:
                  posts:
                    path: content/posts
                    schemas: {default: {path: a.md}}
                  pages:
                    path: content/pages
                    schemas: {default: {path: b.md}}
                  data:
                    path: data
                    schemas: {default: {path: a.md}}
                """);
        write("a.md", "---\ntitle:\nsummary:\n---\n");
        write("b.md", "---\ntitle:\n---\n");

        assertThat(SiteDetector.detect(dir).archetypes()).isEqualTo(Map.of("data", List.of("title", "summary")));
    }

    @Test
    void aBrokenConfigIsNamedWithItsLineAndTheSiteStillDetected() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n[permalinks\nposts = 1\n");
        Site site = SiteDetector.detect(dir);
        assertThat(site.generator()).isEqualTo(Generator.HUGO);
        assertThat(site.baseUrl()).isEmpty();
        assertThat(site.notes()).singleElement().asString().matches(".*hugo\\.toml:2:\\d+: not valid TOML .*");
    }

    @Test
    void pageUrlsByGenerator() throws Exception {
        write("_config.yml", "permalink: /:categories/:year/:month/:day/:title:output_ext\n");
        Site jekyll = SiteDetector.detect(dir);
        assertThat(PageUrls.path(jekyll, "_posts/2024-02-03-my-post.md", new PageUrls.Page("", "", "", "My post",
                "news"))).isEqualTo("/news/2024/02/03/my-post.html");
        assertThat(PageUrls.path(jekyll, "about.md", new PageUrls.Page("", "", "", "About"))).isEqualTo("/about.html");
        assertThat(PageUrls.path(jekyll, "about.md", new PageUrls.Page("/me/", "", "", "About"))).isEqualTo("/me/");
        assertThat(PageUrls.path(jekyll, "docs/index.md", new PageUrls.Page("", "", "", ""))).isEqualTo("/docs/");
    }
}
