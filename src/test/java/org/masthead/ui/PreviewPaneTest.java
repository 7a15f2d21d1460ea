package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.document.Document;
import org.masthead.session.Pages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    // one set of pages, as the window keeps: a new one would write a new shell and reload the preview
    private static final Pages PAGES = new Pages();
    private PreviewPane preview;
    private final List<String> followed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        preview = new PreviewPane();
        preview.setOnLink(followed::add);
        stage.setScene(new Scene((javafx.scene.Parent) new javafx.scene.layout.StackPane(preview.node()), 600, 400));
        stage.show();
    }

    private Object eval(String js) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.engine().executeScript(js)).get();
    }

    private void show(FxRobot robot, String markdown) throws Exception {
        show(robot, markdown, Path.of("/tmp/a.md"));
    }

    /** An article with a related article, whose link the preview turns into a window link. */
    private static Document article(String markdown) throws Exception {
        String front = """
                ---
                title: T
                related_article1:
                    id: 42
                    title: Next
                    url: /next
                ---
                """;
        return Document.parse("a.md", (front + markdown).getBytes(StandardCharsets.UTF_8));
    }

    private void show(FxRobot robot, String markdown, Path file) throws Exception {
        Document doc = article(markdown);
        Pages.Preview page = PAGES.article(doc, file, false, false);
        robot.interact(() -> preview.show(page.shellUrl(), page.content()));
    }

    @Test
    void mathIsTypesetByTheBundledKatex(FxRobot robot) throws Exception {
        show(robot, "Euler: $e^{i\\pi} + 1 = 0$ and\n\n$$\\int_0^1 x\\,dx$$\n");
        waitUntil(() -> Boolean.TRUE.equals(eval("document.querySelectorAll('.katex').length == 2")));
        assertThat(eval("document.querySelector('.katex-display') != null")).isEqualTo(true);
    }

    @Test
    void scriptsAndEventHandlersFromTheMarkdownNeverRun(FxRobot robot) throws Exception {
        show(robot, "Hi <script>window.pwned = 1</script>\n\n<img src=x onerror=\"window.pwned = 2\">\n\n"
                + "[click](javascript:window.pwned=3)\n\nDone marker\n");
        waitUntil(() -> String.valueOf(eval("document.body.innerText")).contains("Done marker"));
        // an image's error handler would run once its load has failed, which makes it complete
        waitUntil(() -> Boolean.TRUE.equals(eval("Array.prototype.every.call(document.images, function (i) { return i.complete; })")));
        assertThat(eval("typeof window.pwned")).isEqualTo("undefined");
        assertThat(eval("document.querySelectorAll('#content script, #content img[onerror]').length")).isEqualTo(0);
    }

    @Test
    void anUpdateKeepsTheScrollPositionAndLinksGoToTheWindow(FxRobot robot) throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            longText.append("Paragraph ").append(i).append("\n\n");
        }
        show(robot, longText.toString());
        waitUntil(() -> String.valueOf(eval("document.body.innerText")).contains("Paragraph 199"));
        robot.interact(() -> preview.engine().executeScript("window.scrollTo(0, 900)"));
        waitUntil(() -> ((Number) eval("window.scrollY")).intValue() == 900);
        show(robot, longText + "One more line\n");
        waitUntil(() -> String.valueOf(eval("document.body.innerText")).contains("One more line"));
        assertThat(((Number) eval("window.scrollY")).intValue()).isEqualTo(900);

        robot.interact(() -> preview.engine().executeScript("document.querySelector('a[href^=\"masthead:\"]').click()"));
        assertThat(followed).containsExactly("masthead:article/42");
    }

    @Test
    void scrollingToASourceLineBringsItsBlockToTheTop(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("Paragraph ").append(i).append("\n\n");
        }
        show(robot, text.toString());
        waitUntil(() -> String.valueOf(eval("document.body.innerText")).contains("Paragraph 199"));
        robot.interact(() -> preview.scrollToSourceLine(101));
        Object top = eval("(function () { var p = document.querySelector('[data-source-line=\"101\"]');"
                + " return Math.round(p.getBoundingClientRect().top); })()");
        assertThat(((Number) top).intValue()).isBetween(0, 16);
        assertThat(eval("document.querySelector('[data-source-line=\"101\"]').textContent")).isEqualTo("Paragraph 50");
    }

    @Test
    void updatesThatSwapOnlyChangedBlocksLeaveThePageAsAFullRenderWould(FxRobot robot) throws Exception {
        String base = "# Title\n\nPara one $x^2$.\n\n- a\n- b\n\nPara three.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLast.\n";
        List<String> edits = List.of(base,
                base.replace("Para one", "Para one typed"),
                base.replace("Para three.", "Para three.\n\nNew $y$ para.\n\n## Sub"),
                base.replace("# Title\n\n", ""),
                base + "\nAppended.\n",
                "",
                base.replace("- b\n", "- b\n- c\n\n> quote\n"),
                base);
        for (String markdown : edits) {
            show(robot, markdown);
            Document doc = article(markdown);
            String content = PAGES.article(doc, Path.of("/tmp/a.md"), false, false).content();
            waitUntil(() -> Boolean.TRUE.equals(eval("document.getElementById('content') != null")));
            Object same = eval("(function (html) { var box = document.createElement('div'); box.innerHTML = html;"
                    + " window.mastheadTypeset(box); return box.innerHTML === document.getElementById('content').innerHTML; })("
                    + org.masthead.document.JsonStrings.quote(content) + ")");
            assertThat(same).as("after showing %s", markdown).isEqualTo(true);
        }
    }

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @Test
    void localImagesBesideTheArticleShowAndRemoteOnesDoNotLoad(FxRobot robot) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(7, 5, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", temp.resolve("dot.png").toFile());
        show(robot, "![a dot](dot.png)\n\n![remote](https://example.org/x.png)\n\nEnd marker\n", temp.resolve("a.md"));
        waitUntil(() -> String.valueOf(eval("document.body.innerText")).contains("End marker"));
        waitUntil(() -> Integer.valueOf(7).equals(eval("document.querySelector('img[alt=\"a dot\"]').naturalWidth")));
        assertThat(eval("document.querySelectorAll('img[src^=\"http\"]').length")).isEqualTo(0);
        assertThat(String.valueOf(eval("document.body.innerText"))).contains("remote");
    }

    @Test
    void remoteImagesAreLinkedOnlyWhenTheUserAllowsThem() throws Exception {
        Document doc = Document.parse("a.md", """
                ---
                title: T
                ---
                ![r](https://example.org/x.png)
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(PAGES.article(doc, temp.resolve("a.md"), false, false).content()).doesNotContain("src=\"https://example.org/x.png\"");
        assertThat(PAGES.article(doc, temp.resolve("a.md"), false, true).content()).contains("src=\"https://example.org/x.png\"");
    }
}
