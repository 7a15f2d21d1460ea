package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.masthead.seo.Severity.WARNING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.PngImage;
import org.masthead.document.Document;

/**
 * Social cards and indexing on a crafted Hugo site (base URL https://example.org/, posts at
 * /posts/NAME/), one article per check; static/img/big.png is 1200 × 630 and small.png 600 × 300.
 * Front matter lines: 1 ---, 2 title, 3 description, 4 date, then each article's own fields.
 */
class SocialChecksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path site;

    private void write(String path, String text) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void post(String name, String title, String fields, String body) throws Exception {
        write("content/posts/" + name + ".md", "---\ntitle: " + title + "\ndescription: The " + name
                + " post, shared.\ndate: 2025-01-01\n" + fields + "---\n" + body);
    }

    private List<Tuple> socialFindings() throws Exception {
        FolderReport report = SeoChecker.checkFolder(site, SeoConfig.load(site), CLOCK);
        List<Tuple> out = new ArrayList<>();
        report.findings().forEach((path, list) -> list.stream()
                .filter(f -> f.check().startsWith("social-") || f.check().startsWith("index-"))
                .forEach(f -> out.add(tuple(path.replace("content/posts/", ""), f.check(), f.severity(), f.field(),
                        f.line()))));
        return out;
    }

    @BeforeEach
    void site() throws Exception {
        write("hugo.toml", "baseURL = 'https://example.org/'\n");
        Files.createDirectories(site.resolve("static/img"));
        Files.write(site.resolve("static/img/big.png"), PngImage.encode(1200, 630, new int[1200 * 630]));
        Files.write(site.resolve("static/img/small.png"), PngImage.encode(600, 300, new int[600 * 300]));
    }

    /**
     * <ul>
     *   <li>good: a title, a description, images[0] big.png, its own canonical address, and a link
     *       to an indexed page: nothing to say;</li>
     *   <li>small: og_image (line 5) is 600 × 300, under 1200 × 630;</li>
     *   <li>long-title: og_title (line 5) is 75 characters, over X's 70;</li>
     *   <li>untitled: a card (it has an image) whose title is empty: no title at all (line 1);</li>
     *   <li>no-image: og_title makes it a card, but no field names an image (line 1);</li>
     *   <li>copy: canonical (line 5) names good's address, not its own;</li>
     *   <li>linker: its body (line 6) links to hidden, which has noindex: true; hidden itself is fine;</li>
     *   <li>plain: no card field and no image, so with cards: auto its card is not judged.</li>
     * </ul>
     */
    @Test
    void eachCheckFiresOnItsArticleAndNowhereElse() throws Exception {
        post("good", "Good", "images: ['/img/big.png']\ncanonical: https://example.org/posts/good/\n",
                "See [the linker](linker.md).\n");
        post("small", "Small", "og_image: /img/small.png\n", "");
        post("long-title", "Long", "og_title: " + "x".repeat(75) + "\nog_image: /img/big.png\n", "");
        post("untitled", "''", "image: /img/big.png\n", "");
        post("no-image", "No image", "og_title: A card without a picture\n", "");
        post("copy", "Copy", "canonical: https://example.org/posts/good/\n", "");
        post("linker", "Linker", "", "Read [the hidden page](hidden.md).\n");
        post("hidden", "Hidden", "noindex: true\n", "Back to [good](good.md).\n");
        post("plain", "Plain", "", "");

        assertThat(socialFindings()).containsExactlyInAnyOrder(
                tuple("small.md", "social-image-size", WARNING, "og_image", 5),
                tuple("long-title.md", "social-title", WARNING, "og_title", 5),
                tuple("untitled.md", "social-title", WARNING, "", 1),
                tuple("no-image.md", "social-image", WARNING, "", 1),
                tuple("copy.md", "index-canonical", WARNING, "canonical", 5),
                tuple("linker.md", "index-noindex-linked", WARNING, "", 6));
    }

    @Test
    void cardsAlwaysJudgesEveryPageAndNeverNone() throws Exception {
        post("plain", "Plain", "", "");
        assertThat(socialFindings()).isEmpty();
        write(".masthead.yml", "seo:\n  social:\n    cards: always\n    image_min_width: 100\n");
        assertThat(socialFindings()).containsExactly(tuple("plain.md", "social-image", WARNING, "", 1));
        post("small", "Small", "og_image: /img/small.png\n", "");
        write(".masthead.yml", "seo:\n  social:\n    cards: never\n");
        assertThat(socialFindings()).isEmpty();
    }

    @Test
    void theCardCutsAndCropsAsEachPlatformDoes() throws Exception {
        post("card", "Card", "og_title: " + "t".repeat(100) + "\nog_description: " + "d".repeat(250)
                + "\nog_image: /img/big.png\n", "");
        Path file = site.resolve("content/posts/card.md");
        SocialCard card = SocialCard.of("content/posts/card.md", Document.parse(file), SeoConfig.load(site),
                ImageChecks.Folder.of(site));
        assertThat(card.imageFile()).contains(site.toAbsolutePath().normalize().resolve("static/img/big.png"));
        assertThat(SocialCard.Platform.X.title(card.title())).isEqualTo("t".repeat(69) + "…");
        assertThat(SocialCard.Platform.FACEBOOK.title(card.title())).isEqualTo("t".repeat(87) + "…");
        assertThat(SocialCard.Platform.X.description(card.description())).isEqualTo("d".repeat(199) + "…");
        // 2:1 of 1200 × 630 keeps the full width and 600 rows from row 15; a square loses its top and bottom
        assertThat(SocialCard.Platform.X.crop(1200, 630)).containsExactly(0, 15, 1200, 600);
        assertThat(SocialCard.Platform.FACEBOOK.crop(1000, 1000)).containsExactly(0, (1000 - 1000 / 1.91) / 2,
                1000, 1000 / 1.91);
        assertThat(SocialCard.Platform.X.crop(3000, 1000)).containsExactly(500, 0, 2000, 1000);
    }
}
