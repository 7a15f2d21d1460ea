package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the preview's links point on a Hugo-like site: the article {@code content/guide/intro.md}
 * published at {@code https://example.org/docs/guide/intro/}. A link to an article of the content
 * folder becomes its file, relative to the article's folder; an address the folder does not hold
 * becomes the published one; a template tag whose target cannot be found gives no address.
 */
class SiteLinkResolutionTest {
    private static final URI BASE = URI.create("https://example.org/docs/");
    private static final String URL_PATH = "/docs/guide/intro/";

    @TempDir
    Path site;
    private Path content;
    private Path article;
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    @BeforeEach
    void writeSite() throws Exception {
        content = site.resolve("content");
        article = write("content/guide/intro.md");
        write("content/guide/install.md");
        write("content/reference/config.md");
        write("content/other/install.md");
        write("content/images/logo.png");
        write("content/notes/picture.png");
        write("static/images/logo.png");
    }

    private Path write(String path) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    private SitePaths paths() {
        return new SitePaths(BASE, URL_PATH, content, article, List.of(site.resolve("static")));
    }

    private String href(String markdown, SiteLinks links) {
        String html = renderer.render(markdown, links);
        int at = html.indexOf("href=\"");
        return html.substring(at + 6, html.indexOf('"', at + 6));
    }

    private String href(String markdown) {
        return href(markdown, paths());
    }

    @Test
    void aQueryOrFragmentAloneStaysOnTheArticle() {
        assertThat(href("[next page](?page=2)")).isEqualTo("intro.md?page=2");
        assertThat(href("[setup]({{< relref \"#setup\" >}})")).isEqualTo("intro.md#setup");
        assertThat(href("[setup]({{< ref \"install#setup\" >}})")).isEqualTo("install.md#setup");
    }

    @Test
    void aRefToAnArticleFileByItsSitePathIsThatFile() {
        assertThat(href("[c]({{< ref \"/reference/config.md\" >}})")).isEqualTo("../reference/config.md");
        assertThat(href("[c]({{< ref \"/reference/config/\" >}})")).isEqualTo("../reference/config.md");
    }

    @Test
    void aRelativeRefIsFirstLookedForBesideTheArticle() throws Exception {
        // both guide/ and other/ hold install.md: an article in other/ means its own
        Path other = content.resolve("other/intro.md");
        Files.writeString(other, "x");
        SitePaths fromOther = new SitePaths(BASE, "/docs/other/intro/", content, other, List.of());
        assertThat(href("[i]({{< ref \"install.md\" >}})", fromOther)).isEqualTo("install.md");
        assertThat(href("[i]({{< ref \"install.md\" >}})")).isEqualTo("install.md");
    }

    @Test
    void aRefToWhatIsNotAnArticleGivesNoAddress() {
        assertThat(href("[logo]({{< ref \"/images/logo.png\" >}})")).isEmpty();
        assertThat(href("[notes]({{< ref \"notes\" >}})")).isEmpty();
        // a name matches a whole file name, not its end: "fig" is not "config"
        assertThat(href("[fig]({{< ref \"fig\" >}})")).isEmpty();
        assertThat(href("[gone]({% link reference/gone.md %})")).isEmpty();
        assertThat(href("[folder]({% link reference %})")).isEmpty();
    }

    @Test
    void jekyllsLinkTagTakesAPathWithOrWithoutItsSlash() {
        assertThat(href("[c]({% link /reference/config.md %})")).isEqualTo("../reference/config.md");
        assertThat(href("[c]({% link reference/config.md %})")).isEqualTo("../reference/config.md");
    }

    @Test
    void withoutABaseUrlAnAddressNotInTheFolderIsItsSitePath() {
        SitePaths noBase = new SitePaths(null, URL_PATH, content, article, List.of());
        assertThat(href("[x](../nowhere/#top)", noBase)).isEqualTo("/docs/guide/nowhere/#top");
        assertThat(href("[x](../nowhere/)")).isEqualTo("https://example.org/docs/guide/nowhere/");
    }

    @Test
    void anArticlePathThatIsNoUrlLeavesLinksAsWritten() {
        SitePaths spaced = new SitePaths(BASE, "/my guide/intro/", content, article, List.of());
        assertThat(href("[x](../nowhere/)", spaced)).isEqualTo("../nowhere/");
    }

    @Test
    void anImageInsideALinkIsResolvedAsWellAsTheLink() {
        assertThat(renderer.render("[![logo](/images/logo.png)](../install/)", paths())).contains(
                "<a rel=\"nofollow\" href=\"install.md\"><img src=\"" + site.resolve("static/images/logo.png").toUri() + "\" alt=\"logo\" /></a>");
    }

    @Test
    void aRootImageIsLookedForInTheStaticFoldersOnly() {
        String html = renderer.render("![a](/images/logo.png) ![b](/images/missing.png) ![c](https://x.org/a.png)", paths());
        assertThat(html).contains("src=\"" + site.resolve("static/images/logo.png").toUri() + "\"",
                "src=\"/images/missing.png\"");
        assertThat(renderer.render("![a](/images/logo.png)", new SitePaths(BASE, URL_PATH, content, article, List.of())))
                .contains("src=\"/images/logo.png\"");
    }

    @Test
    void sitePathsAreEqualWhenEveryPartIs() {
        Path other = content.resolve("other/intro.md");
        assertThat(paths()).isEqualTo(paths()).hasSameHashCodeAs(paths());
        assertThat(List.of(
                new SitePaths(URI.create("https://example.com/"), URL_PATH, content, article, List.of(site.resolve("static"))),
                new SitePaths(BASE, "/docs/other/", content, article, List.of(site.resolve("static"))),
                new SitePaths(BASE, URL_PATH, site, article, List.of(site.resolve("static"))),
                new SitePaths(BASE, URL_PATH, content, other, List.of(site.resolve("static"))),
                new SitePaths(BASE, URL_PATH, content, article, List.of()))).allSatisfy(different ->
                assertThat(different).isNotEqualTo(paths()));
        assertThat(paths()).isNotEqualTo(SiteLinks.AS_WRITTEN);
    }

    @Test
    void aPreviewRenderedAgainWithOtherSitePathsResolvesItsLinksAgain() throws Exception {
        ArticlePage page = new ArticlePage(PageOptions.preview().withBlockMarks(true).withPageScripts(false));
        ArticleView view = ArticleView.ofMarkdown("Intro.\n\n[c](/docs/reference/config/)\n\nEnd.\n");
        List<String> first = page.renderBlocks(view, paths()).blocks();
        List<String> same = page.renderBlocks(view, paths()).blocks();
        // equal site paths made anew: nothing changed, so every block is the string it was
        for (int i = 0; i < first.size(); i++) {
            assertThat(same.get(i)).isSameAs(first.get(i));
        }
        assertThat(first.get(1)).contains("href=\"../reference/config.md\"");
        Path top = write("content/top.md");
        List<String> fromTop = page.renderBlocks(view, new SitePaths(BASE, URL_PATH, content, top, List.of())).blocks();
        assertThat(fromTop.get(1)).contains("href=\"reference/config.md\"");
        List<String> published = page.renderBlocks(view, new SitePaths(BASE, URL_PATH, site.resolve("elsewhere"), article, List.of())).blocks();
        assertThat(published.get(1)).contains("href=\"https://example.org/docs/reference/config/\"");
    }
}
