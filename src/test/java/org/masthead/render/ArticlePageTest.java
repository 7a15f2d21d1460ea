package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePageTest {
    private static final ArticleView VIEW = new ArticleView(
            "Why is <b>bold</b> & \"quoted\"?", "2025-02-10", "MMM DD, YYYY", "Posted on",
            "What does $x$ mean?", "First *para* with $a_1$.\n\n- item",
            List.of(new RelatedLink("172802", "Identity stages", "/learn/psychology/questions/identity-stages"),
                    new RelatedLink("172806", "Cultural identity", "/learn/psychology/questions/cultural-identity"),
                    new RelatedLink("172802", "Identity stages", "/learn/psychology/questions/identity-stages")));

    private final String preview = new ArticlePage(PageOptions.preview()).render(VIEW);

    @Test
    void blocksRenderedApartJoinToTheContent() {
        PageOptions marked = PageOptions.preview().withBlockMarks(true).withPageScripts(false);
        ArticleView bare = ArticleView.ofMarkdown("");
        for (ArticleView view : List.of(VIEW, bare)) {
            ContentBlocks parts = new ArticlePage(marked).renderBlocks(view);
            StringBuilder joined = new StringBuilder(parts.head());
            parts.blocks().forEach(block -> joined.append(PageOptions.BLOCK_MARK).append(block));
            joined.append(PageOptions.BLOCK_MARK).append(parts.tail());
            assertThat(joined.toString()).isEqualTo(new ArticlePage(marked).renderContent(view));
        }
        ContentBlocks parts = new ArticlePage(marked).renderBlocks(VIEW);
        assertThat(parts.blocks()).hasSize(2);
        assertThat(parts.head()).contains("class=\"question\"").endsWith("<div class=\"answer\">\n");
        assertThat(parts.tail()).startsWith("</div>").contains("Cultural identity");
    }

    @Test
    void anExportIsNotRenderedInBlocks() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticlePage(PageOptions.export()).renderBlocks(VIEW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void showsTheArticleInSiteOrder() {
        int title = preview.indexOf("<h1 class=\"title\" dir=\"auto\">Why is &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;?</h1>");
        int posted = preview.indexOf("Posted on <time datetime=\"2025-02-10\">Feb 10, 2025</time>");
        int question = preview.indexOf("<p class=\"question\" dir=\"auto\">What does $x$ mean?</p>");
        int answer = preview.indexOf("First <em>para</em> with <span class=\"math inline\">a_1</span>.");
        int related = preview.indexOf("<section class=\"related\">");
        assertThat(List.of(title, posted, question, answer, related)).doesNotContain(-1).isSorted();
        assertThat(preview).startsWith("<!DOCTYPE html>").contains("<title>Why is &lt;b&gt;");
    }

    @Test
    void articleSitsInContentInsideBody() {
        int body = preview.indexOf("<body>");
        int content = preview.indexOf("<article id=\"content\">");
        int end = preview.indexOf("</article>");
        assertThat(body).isPositive().isLessThan(content);
        assertThat(content).isLessThan(preview.indexOf("<h1")).isLessThan(end);
        assertThat(end).isGreaterThan(preview.indexOf("</section>"));
    }

    @Test
    void relatedArticlesLinkToTheEditorInFileOrderWithRepeats() {
        List<String> links = all(preview, "<a href=\"([^\"]*)\">([^<]*)</a>");
        assertThat(links).containsExactly(
                "masthead:article/172802 Identity stages",
                "masthead:article/172806 Cultural identity",
                "masthead:article/172802 Identity stages");
    }

    @Test
    void missingPiecesAreLeftOut() {
        String page = new ArticlePage(PageOptions.preview()).render(ArticleView.ofMarkdown("Just a body."));
        assertThat(page).contains("<p data-source-line=\"1\" dir=\"auto\">Just a body.</p>", "<title>Preview</title>")
                .doesNotContain("<h1", "class=\"posted\"", "class=\"question\"", "class=\"related\"");
    }

    @Test
    void dateWithoutLabelOrWithBadValue() {
        ArticlePage page = new ArticlePage(PageOptions.preview());
        assertThat(page.renderContent(new ArticleView(null, "someday", "MMM DD, YYYY", "Posted on", null, "", null)))
                .contains("<p class=\"posted\" dir=\"auto\">Posted on <time>someday</time></p>");
        assertThat(page.renderContent(new ArticleView(null, "2024-08-06", "D MMMM YYYY", null, null, "", null)))
                .contains("<p class=\"posted\" dir=\"auto\"><time datetime=\"2024-08-06\">6 August 2024</time></p>");
    }

    @Test
    void relatedLinkWithoutIdIsPlainText() {
        String content = new ArticlePage(PageOptions.preview()).renderContent(new ArticleView(null, null, null, null, null,
                "", List.of(new RelatedLink(null, "Orphan", "/learn/x"))));
        assertThat(content).contains("<li dir=\"auto\">Orphan</li>").doesNotContain("<a ");
    }

    @Test
    void securityPolicyForbidsRemoteLoads() {
        String policy = policy(preview);
        assertThat(policy).doesNotContain("http", "*", "unsafe-eval")
                .contains("object-src 'none'", "frame-src 'none'", "connect-src 'none'", "img-src data: file: jar:;");
        assertThat(policy).containsPattern("script-src 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='; ")
                .doesNotContainPattern("script-src[^;]*unsafe");
        String export = policy(new ArticlePage(PageOptions.export()).render(VIEW));
        assertThat(export).startsWith("default-src 'none'; script-src 'sha256-").contains("font-src data:;")
                .doesNotContain("http", "*");
        String remote = policy(new ArticlePage(PageOptions.preview().withRemoteImages(true)).render(VIEW));
        assertThat(remote).contains("img-src data: file: jar: http: https:");
        assertThat(remote.replace("img-src data: file: jar: http: https:", "")).doesNotContain("http");
    }

    @Test
    void previewFontsComeFromTheBundle() throws Exception {
        List<String> urls = all(preview, "url\\(((?:jar|file):[^)]*)\\)");
        assertThat(urls).hasSizeGreaterThan(20);
        for (String url : urls) {
            try (InputStream in = new URL(url).openStream()) {
                assertThat(in.read()).as(url).isNotEqualTo(-1);
            }
        }
        assertThat(preview).doesNotContain("url(fonts/", "<script src");
    }

    @Test
    void policyAllowsExactlyTheScriptsOnThePage() throws Exception {
        Matcher m = Pattern.compile("(?s)<script>(.*?)</script>").matcher(preview);
        List<String> hashes = new ArrayList<>();
        while (m.find()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
            hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        }
        assertThat(hashes).hasSize(2);
        assertThat(policy(preview)).contains("script-src " + String.join(" ", hashes) + ";");
        assertThat(preview.contains("katex.renderToString(") && preview.contains("mastheadTypeset")).as("scripts inlined").isTrue();
    }

    @Test
    void exportNeedsNoOtherFile() {
        String page = new ArticlePage(PageOptions.export()).render(VIEW);
        // checked on the page's tags, not its 300 KB of inlined KaTeX, to keep failures readable
        String tags = page.replaceAll("(?s)<script>.*?</script>", "<script>…</script>")
                .replaceAll("(?s)<style>.*?</style>", "<style>…</style>");
        assertThat(tags).doesNotContain("jar:", "src=", "<link").contains("<script>…</script>");
        assertThat(all(page, "url\\(([a-z]+):")).as("every url() in the CSS is data:").containsOnly("data");
        assertThat(page.contains("data:font/woff2;base64,")).as("fonts embedded").isTrue();
        assertThat(page.contains("katex.renderToString(") && page.contains("mastheadTypeset")).as("scripts inlined").isTrue();
        assertThat(policy(page)).contains("font-src data:;").doesNotContain("http").doesNotContainPattern("script-src[^;]*unsafe");
        // only the opening and closing tags of our two scripts
        assertThat(all(page, "(</?script)")).hasSize(4);
        assertThat(all(page, "<a href=\"([^\"]*)\">([^<]*)</a>"))
                .first().isEqualTo("/learn/psychology/questions/identity-stages Identity stages");
    }

    @Test
    void pageWithoutScriptsForACallerThatInjectsThem() {
        String page = new ArticlePage(PageOptions.preview().withPageScripts(false)).render(VIEW);
        assertThat(page).doesNotContain("<script");
        assertThat(policy(page)).contains("script-src 'none';");
    }

    @Test
    void themes() {
        assertThat(preview).contains("<html lang=\"en\" class=\"theme-light\">");
        String dark = new ArticlePage(PageOptions.preview().withDarkTheme(true)).render(VIEW);
        assertThat(dark).contains("<html lang=\"en\" class=\"theme-dark\">", "html.theme-dark");
    }

    @Test
    void baseUriForRelativeImages() {
        String page = new ArticlePage(PageOptions.preview().withBaseUri("file:/articles/x/")).render(VIEW);
        assertThat(page).contains("<base href=\"file:/articles/x/\">");
        assertThat(preview).doesNotContain("<base");
    }

    @Test
    void exportEmbedsLocalImages(@TempDir Path folder) throws Exception {
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        Files.createDirectories(folder.resolve("img"));
        Files.write(folder.resolve("img/dot one.png"), png);
        Files.writeString(folder.resolve("notes.txt"), "secret");
        ArticleView view = ArticleView.ofMarkdown(
                "![a](<img/dot one.png>) ![b](img/missing.png) ![c](notes.txt) ![d](https://example.org/x.png)");
        String base = folder.toUri().toString();

        String exported = new ArticlePage(PageOptions.export().withBaseUri(base)).renderContent(view);
        assertThat(exported).contains("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" alt=\"a\"")
                .contains("<img src=\"img/missing.png\" alt=\"b\"")
                .contains("<img src=\"notes.txt\" alt=\"c\"")
                .doesNotContain("c2VjcmV0") // "secret" in base64
                .contains("class=\"blocked-image\"");
        assertThat(new ArticlePage(PageOptions.export().withBaseUri(base)).render(view)).doesNotContain("<base");

        String preview = new ArticlePage(PageOptions.preview().withBaseUri(base)).renderContent(view);
        assertThat(preview).contains("<img src=\"img/dot one.png\" alt=\"a\"").doesNotContain("data:image");
    }

    @Test
    void remoteImagesFollowTheOption() {
        ArticleView view = ArticleView.ofMarkdown("![logo](https://example.org/logo.png)");
        assertThat(new ArticlePage(PageOptions.preview()).renderContent(view)).doesNotContain("<img");
        assertThat(new ArticlePage(PageOptions.preview().withRemoteImages(true)).renderContent(view))
                .contains("<img src=\"https://example.org/logo.png\"");
    }

    private static String policy(String page) {
        Matcher m = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            StringBuilder s = new StringBuilder(m.group(1));
            for (int g = 2; g <= m.groupCount(); g++) {
                s.append(' ').append(m.group(g));
            }
            found.add(s.toString());
        }
        return found;
    }
}
