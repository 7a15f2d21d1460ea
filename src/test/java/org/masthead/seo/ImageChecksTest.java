package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.seo.Fixtures.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;

class ImageChecksTest {
    @TempDir
    Path folder;

    /* Lines: 3 image, 5 missing.jpg, 6 a web address, 7 cover, 9 two body images, 12 fenced code,
       15 a code span, 17 two <img> tags, 19 two web images. */
    private static final String ARTICLE = """
            ---
            title: Photos
            image: /images/hero.png
            images:
              - missing.jpg
              - https://example.com/x.png
            cover: big.png
            ---
            Intro ![A cat](cat.png) and ![](dog.png "Dog").

            ```md
            ![](code.png)
            ```

            Inline `![](span.png)` stays.

            <img src="gone.gif" alt="Gone"> and <IMG SRC='cat.png'>

            ![Remote](https://example.com/a.png) ![](http://example.com/b.png)
            """;

    @BeforeEach
    void files() throws Exception {
        write("a.md", ARTICLE);
        Files.createDirectories(folder.resolve("static/images"));
        Files.write(folder.resolve("static/images/hero.png"), new byte[1024]);
        Files.write(folder.resolve("cat.png"), new byte[10]);
        Files.write(folder.resolve("big.png"), new byte[600 * 1024]);
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
    }

    private static List<String> images(List<Finding> findings) {
        return findings.stream().filter(f -> f.check().startsWith("image-"))
                .map(f -> f.line() + " " + f.check() + " " + f.field()).toList();
    }

    @Test
    void folderCheckFindsMissingUndescribedAndLargeImagesOutsideCode() throws Exception {
        write(".masthead.yml", "seo:\n  image_max_kb: 550\n");
        FolderReport report = SeoChecker.checkFolder(folder, CLOCK);

        assertThat(images(report.findingsFor("a.md"))).containsExactly(
                "5 image-missing images[0]",
                "7 image-size cover",
                "9 image-alt ",
                "9 image-missing ",
                "17 image-alt ",
                "17 image-missing ",
                "19 image-alt ");
    }

    @Test
    void theSizeLimitDefaultsTo500KbAndALargerLimitAllowsTheImage() throws Exception {
        assertThat(images(SeoChecker.checkFolder(folder, CLOCK).findingsFor("a.md"))).contains("7 image-size cover");

        write(".masthead.yml", "seo:\n  image_max_kb: 600\n");
        assertThat(images(SeoChecker.checkFolder(folder, CLOCK).findingsFor("a.md")))
                .noneMatch(s -> s.contains("image-size"));
    }

    @Test
    void theSeoTabFindsTheSameImagesWhenTheContextKnowsTheFolder() throws Exception {
        Document doc = Document.parse("a.md", Files.readAllBytes(folder.resolve("a.md")));
        FolderContext known = FolderContext.of(SeoRules.DEFAULTS, CLOCK, List.of())
                .withImages(ImageChecks.Folder.of(folder));
        FolderContext unknown = FolderContext.of(SeoRules.DEFAULTS, CLOCK, List.of());

        assertThat(images(SeoChecker.check("a.md", doc, known)))
                .isEqualTo(images(SeoChecker.checkFolder(folder, CLOCK).findingsFor("a.md")));
        assertThat(images(SeoChecker.check("a.md", doc, unknown))).isEmpty();
    }

    @Test
    void theReferenceFormatsAnswerIsCheckedAndADisabledCheckIsSilent() throws Exception {
        write("b.md", """
                ---
                title: Answer
                answer: >-
                    See ![](chart.png) for the curve.
                ---
                """);
        assertThat(images(SeoChecker.checkFolder(folder, CLOCK).findingsFor("b.md")))
                .containsExactly("3 image-alt ", "3 image-missing ");

        write(".masthead.yml", "seo:\n  disabled: [image-alt]\n");
        assertThat(images(SeoChecker.checkFolder(folder, CLOCK).findingsFor("b.md")))
                .containsExactly("3 image-missing ");
    }

    @Test
    void aMissingImageThatAppearsIsNoLongerReportedByTheFolderCache() throws Exception {
        FolderCheckCache cache = new FolderCheckCache(folder);
        assertThat(images(cache.check(SeoRules.DEFAULTS, CLOCK, FolderCheckCache.Progress.NONE).findingsFor("a.md")))
                .contains("5 image-missing images[0]");

        Files.write(folder.resolve("missing.jpg"), new byte[10]);
        assertThat(images(cache.check(SeoRules.DEFAULTS, CLOCK, FolderCheckCache.Progress.NONE).findingsFor("a.md")))
                .doesNotContain("5 image-missing images[0]");
    }

    @Test
    void aReplacedImageChangesTheFolderCachesVerdictAlthoughTheArticleDidNot() throws Exception {
        // c.md has no missing image (a.md has, so a.md is read on every check anyway); both files
        // are dated in the past, so the cache trusts what it read of c.md while nothing changes.
        write("c.md", "---\ntitle: Two pictures\ncover: big.png\n---\nA ![Cat](cat.png).\n");
        write("d.md", "---\ntitle: No pictures\n---\nText.\n");
        for (String name : List.of("c.md", "d.md")) {
            Files.setLastModifiedTime(folder.resolve(name), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        }
        FolderCheckCache cache = new FolderCheckCache(folder);
        FolderCheckCache.Progress none = FolderCheckCache.Progress.NONE;
        assertThat(images(cache.check(SeoRules.DEFAULTS, CLOCK, none).findingsFor("c.md"))).containsExactly("3 image-size cover");
        long reads = cache.reads();
        assertThat(images(cache.check(SeoRules.DEFAULTS, CLOCK, none).findingsFor("c.md"))).containsExactly("3 image-size cover");
        assertThat(cache.reads() - reads).as("only a.md, with its missing images, is read again").isEqualTo(1);

        // big.png made small, cat.png (shown on line 5) made large: c.md is read again, d.md is not.
        Files.write(folder.resolve("big.png"), new byte[20]);
        Files.write(folder.resolve("cat.png"), new byte[700 * 1024]);
        reads = cache.reads();
        assertThat(images(cache.check(SeoRules.DEFAULTS, CLOCK, none).findingsFor("c.md"))).containsExactly("5 image-size ");
        assertThat(cache.reads() - reads).isEqualTo(2);
    }
}
