package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLinksTest {
    @TempDir
    Path root;
    @TempDir
    Path outside;

    private Path from;

    @BeforeEach
    void folder() throws Exception {
        Files.createDirectories(root.resolve("guide/.drafts"));
        from = Files.writeString(root.resolve("guide/start.md"), "---\ntitle: Start\n---\n");
        Files.writeString(root.resolve("guide/next step.md"), "x");
        Files.writeString(root.resolve("guide/.drafts/secret.md"), "x");
        Files.writeString(root.resolve("guide/notes.txt"), "x");
        Files.writeString(root.resolve("top.md"), "x");
        Files.writeString(outside.resolve("outside.md"), "x");
    }

    private Optional<Path> link(String href) {
        return ArticleLinks.resolve(root, from, href);
    }

    @Test
    void relativeAndFolderAbsoluteLinksToArticlesInsideResolve() {
        assertThat(link("../top.md")).contains(root.resolve("top.md"));
        assertThat(link("/top.md")).contains(root.resolve("top.md"));
        assertThat(link("next%20step.md#part")).contains(root.resolve("guide/next step.md"));
        assertThat(link("./start.md?x=1")).contains(from);
    }

    @Test
    void linksOutOfTheFolderResolveToNothing() throws Exception {
        assertThat(link("../../" + root.getParent().relativize(outside.resolve("outside.md")))).isEmpty();
        assertThat(link("/../" + root.getParent().relativize(outside.resolve("outside.md")))).isEmpty();
        assertThat(link(outside.resolve("outside.md").toString())).isEmpty();
        assertThat(link("%2e%2e/%2e%2e/" + root.getParent().relativize(outside.resolve("outside.md")))).isEmpty();
        Files.createSymbolicLink(root.resolve("guide/linked.md"), outside.resolve("outside.md"));
        Files.createSymbolicLink(root.resolve("out"), outside);
        assertThat(link("linked.md")).isEmpty();
        assertThat(link("../out/outside.md")).isEmpty();
    }

    @Test
    void webLinksOtherSchemesAndNonArticlesResolveToNothing() {
        for (String href : new String[] {"https://example.com/top.md", "//example.com/top.md", "file:///etc/passwd",
            "javascript:alert(1)", "mailto:a@b.c", "notes.txt", ".drafts/secret.md", "missing.md", "", "#top",
            "bad%zzescape.md", "bad%e9.md", "nul%00.md", "../guide"}) {
            assertThat(link(href)).as(href).isEmpty();
        }
    }
}
