package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.DocumentException;

class MediaFilesTest {
    @TempDir
    Path temp;

    private Path file(String relative, String text) throws Exception {
        Path path = temp.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    @Test
    void namesAreMadeSafe() {
        assertThat(MediaFiles.safeName("Screen Shot 2024-01-02 at 10.11.12.PNG"))
                .isEqualTo("screen-shot-2024-01-02-at-10-11-12.png");
        assertThat(MediaFiles.safeName("Café Olé!.jpeg")).isEqualTo("cafe-ole.jpeg");
        assertThat(MediaFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MediaFiles.safeName("日本.png")).isEqualTo("image.png");
    }

    @Test
    void aCopyNeverReplacesAFile() throws Exception {
        Path article = file("site/post.md", "x");
        Path source = file("photo.png", "new bytes");
        file("site/images/photo.png", "old bytes");
        MediaFiles media = MediaFiles.forFolder(temp.resolve("site"));
        MediaFiles.Placed second = media.copy(source, article);
        MediaFiles.Placed third = media.copy(source, article);
        assertThat(second.file()).isEqualTo(temp.resolve("site/images/photo-2.png"));
        assertThat(third.file()).isEqualTo(temp.resolve("site/images/photo-3.png"));
        assertThat(second.link()).isEqualTo("images/photo-2.png");
        assertThat(Files.readString(temp.resolve("site/images/photo.png"))).isEqualTo("old bytes");
        assertThat(Files.readString(third.file())).isEqualTo("new bytes");
    }

    @Test
    void hugoKeepsABundlesImageBesideItAndOthersInStatic() throws Exception {
        file("hugo/hugo.toml", "title = 'x'");
        Path bundle = file("hugo/content/posts/trip/index.md", "x");
        Path page = file("hugo/content/posts/note.md", "x");
        Path source = file("Beach.JPG", "jpg");
        MediaFiles media = MediaFiles.forFolder(temp.resolve("hugo/content"));
        assertThat(media.site()).isEqualTo(MediaFiles.Site.HUGO);
        MediaFiles.Placed inBundle = media.copy(source, bundle);
        assertThat(inBundle.file()).isEqualTo(temp.resolve("hugo/content/posts/trip/beach.jpg"));
        assertThat(inBundle.link()).isEqualTo("beach.jpg");
        MediaFiles.Placed inStatic = media.copy(source, page);
        assertThat(inStatic.file()).isEqualTo(temp.resolve("hugo/static/images/beach.jpg"));
        assertThat(inStatic.link()).isEqualTo("/images/beach.jpg");
    }

    @Test
    void jekyllUsesAssetsAndAstroSrcAssets() throws Exception {
        file("jekyll/_config.yml", "title: x");
        Path post = file("jekyll/_posts/2024-01-01-hello.md", "x");
        Path source = file("a.png", "png");
        MediaFiles.Placed jekyll = MediaFiles.forFolder(temp.resolve("jekyll/_posts")).copy(source, post);
        assertThat(jekyll.file()).isEqualTo(temp.resolve("jekyll/assets/images/a.png"));
        assertThat(jekyll.link()).isEqualTo("/assets/images/a.png");

        file("astro/astro.config.mjs", "export default {}");
        Path entry = file("astro/src/content/blog/first.md", "x");
        MediaFiles.Placed astro = MediaFiles.forFolder(temp.resolve("astro/src/content")).copy(source, entry);
        assertThat(astro.file()).isEqualTo(temp.resolve("astro/src/assets/a.png"));
        assertThat(astro.link()).isEqualTo("../../assets/a.png");
    }

    @Test
    void aTemplateInMastheadYmlDecides() throws Exception {
        file("site/.masthead.yml", "media:\n  path: images/{slug}/{filename}\n");
        Path article = file("site/how-to-bake.md", "x");
        Path source = file("Oven Photo.png", "png");
        MediaFiles.Placed placed = MediaFiles.forFolder(temp.resolve("site")).copy(source, article);
        assertThat(placed.file()).isEqualTo(temp.resolve("site/images/how-to-bake/oven-photo.png"));
        assertThat(placed.link()).isEqualTo("/images/how-to-bake/oven-photo.png");
    }

    @Test
    void aTemplateThatLeavesTheSiteIsRefusedWithItsPlace() throws Exception {
        file("site/.masthead.yml", "media:\n  path: ../elsewhere/{filename}\n");
        assertThatThrownBy(() -> MediaFiles.forFolder(temp.resolve("site")))
                .isInstanceOf(DocumentException.class).hasMessageContaining(".masthead.yml")
                .hasMessageContaining("2");
    }

    @Test
    void pngEncodingHasTheSignatureAndSize() {
        byte[] png = PngImage.encode(2, 1, new int[] {0xffff0000, 0x8000ff00});
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        // IHDR: width 2, height 1, 8-bit RGBA
        assertThat(png[19]).isEqualTo((byte) 2);
        assertThat(png[23]).isEqualTo((byte) 1);
        assertThat(png[24]).isEqualTo((byte) 8);
        assertThat(png[25]).isEqualTo((byte) 6);
    }

    @Test
    void imageValuesResolveToTheSitesFiles() throws Exception {
        file("hugo/hugo.toml", "");
        Path page = file("hugo/content/posts/note.md", "x");
        Path inStatic = file("hugo/static/images/cover.png", "png");
        Path beside = file("hugo/content/posts/local.png", "png");
        MediaFiles media = MediaFiles.forFolder(temp.resolve("hugo/content"));
        assertThat(media.resolve("/images/cover.png", page)).contains(inStatic);
        assertThat(media.resolve("local.png", page)).contains(beside);
        assertThat(media.resolve("https://example.org/a.png", page)).isEmpty();
        assertThat(media.resolve("/images/missing.png", page)).isEmpty();
        assertThat(media.resolve("../../../../etc/passwd", page)).isEmpty();
    }
}
