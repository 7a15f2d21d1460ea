package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;
import org.masthead.render.SiteLinks;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;

/** The preview's links read against the page's own URL on the folder's site, or kept as written. */
class PagesSiteLinksTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private SiteLinks links(String path) throws Exception {
        SeoRules rules = SeoConfig.load(folder);
        Path file = folder.resolve(path);
        return Pages.siteLinks(rules, path, file, Document.parse(file));
    }

    @Test
    void aJekyllPostsLinksReadFromItsPermalinkAndItsImagesFromTheSiteRoot() throws Exception {
        write("_config.yml", "url: https://blog.example.com\npermalink: /:year/:title/\n");
        write("_posts/2024-05-06-spring.md", "---\ntitle: Spring\n---\nSee [winter](../winter/).\n");
        write("_posts/2024-01-02-winter.md", "---\ntitle: Winter\n---\nCold.\n");
        write("assets/tree.png", "png");

        SiteLinks links = links("_posts/2024-05-06-spring.md");

        // /2024/spring/ and ../winter/ make /2024/winter/, which no file serves: the published address
        assertThat(links.link("../winter/")).isEqualTo("https://blog.example.com/2024/winter/");
        assertThat(links.link("../../about/")).isEqualTo("https://blog.example.com/about/");
        assertThat(links.image("/assets/tree.png"))
                .isEqualTo(folder.resolve("assets/tree.png").toAbsolutePath().normalize().toUri().toString());
        assertThat(links.image("/assets/none.png")).isEqualTo("/assets/none.png");
    }

    @Test
    void theReferenceSiteAndAPlainFolderKeepEveryAddressAsWritten() throws Exception {
        write("plain/notes/a.md", "---\ntitle: A\n---\n[b](../b/)\n");
        SeoRules plain = SeoConfig.load(folder.resolve("plain"));
        Path note = folder.resolve("plain/notes/a.md");
        assertThat(Pages.siteLinks(plain, "notes/a.md", note, Document.parse(note))).isSameAs(SiteLinks.AS_WRITTEN);

        // a Hugo site whose articles have the reference format's fields is checked, and linked, as the reference site
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        write("content/a.md", "---\ntitle: A\nseo:\n  title: A\n  page_description: d\nfile_name: a.md\n---\n[b](../b/)\n");
        write("content/b.md", "---\ntitle: B\nseo:\n  title: B\n  page_description: d\nfile_name: b.md\n---\nB.\n");

        assertThat(links("content/a.md")).isSameAs(SiteLinks.AS_WRITTEN);
    }
}
