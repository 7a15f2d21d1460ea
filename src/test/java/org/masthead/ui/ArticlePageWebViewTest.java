package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.document.Document;
import org.masthead.render.ArticlePage;
import org.masthead.render.ArticleView;
import org.masthead.render.ArticleViews;
import org.masthead.render.Assets;
import org.masthead.render.PageOptions;
import org.masthead.testing.TestCorpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview page in a real WebView: bundled KaTeX runs under the page's security policy and typesets. */
@ExtendWith(ApplicationExtension.class)
class ArticlePageWebViewTest {
    private WebView view;

    @Start
    void start(Stage stage) {
        view = new WebView();
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    @Test
    void mathIsTypesetByBundledKatex(FxRobot robot) throws Exception {
        Path file = FxTestSupport.samples().resolve("what-do-the-maxwell-equations-say-about-electric-and-magnetic-fields.md");
        ArticleView article = ArticleViews.of(Document.parse(file));
        String page = new ArticlePage(PageOptions.preview()).render(article);
        load(robot, page);
        waitUntil(() -> number("document.querySelectorAll('.math').length") > 5);
        waitUntil(() -> number("document.querySelectorAll('.math .katex').length")
                == number("document.querySelectorAll('.math').length"));
        assertThat(number("document.querySelectorAll('.math.display .katex-display').length")).isEqualTo(1);
        assertThat(number("document.querySelectorAll('.katex-error').length")).isZero();
        assertThat(script("document.getElementById('content').querySelector('h1').textContent"))
                .isEqualTo(article.title());
        // KaTeX's own font, from the jar, gets past the page's security policy
        waitUntil(() -> width("KaTeX_Main") != width("NoSuchFontXYZ"));
    }

    @Test
    void everySampleTypesetsWithoutKatexErrors(FxRobot robot) throws Exception {
        ArticlePage renderer = new ArticlePage(PageOptions.preview());
        List<Path> files;
        try (Stream<Path> list = Files.list(FxTestSupport.samples())) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        // the detector itself: a parse error and an unknown command are both reported
        load(robot, renderer.render(ArticleView.ofMarkdown("$x^{$ and $\\nosuchcommand y$")));
        waitUntil(() -> number("document.querySelectorAll('.math .katex, .math .katex-error').length") == 2);
        assertThat(katexProblems()).contains("nosuchcommand").contains("ParseError");
        for (Path file : files) {
            load(robot, renderer.render(ArticleViews.of(Document.parse(file))));
            waitUntil(() -> number("document.querySelectorAll('.math .katex').length")
                    == number("document.querySelectorAll('.math').length"));
            assertThat(katexProblems()).as(file.toString()).isEmpty();
        }
    }

    /** The delimiter rules against real content: every formula typesets, and no dollar is left over. */
    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void everyReferenceArticleTypesetsCompletely(Path corpus, FxRobot robot) throws Exception {
        ArticlePage renderer = new ArticlePage(PageOptions.preview());
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus.resolve("quicktakes"))) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        int formulas = 0;
        for (Path file : files) {
            load(robot, renderer.render(ArticleViews.of(Document.parse(file))));
            waitUntil(() -> number("document.querySelectorAll('.math .katex').length")
                    == number("document.querySelectorAll('.math').length"));
            assertThat(katexProblems()).as(file.toString()).isEmpty();
            assertThat(script("document.querySelector('.answer').innerText")).as(file.toString()).doesNotContain("$");
            formulas += number("document.querySelectorAll('.math').length");
        }
        // 8 vendored articles hold 120 formulas; the 31 shared ones over 200
        assertThat(formulas).isGreaterThan(TestCorpus.isShared(corpus) ? 200 : 100);
    }

    @Test
    void scriptlessShellTypesetsWithInjectedScripts(FxRobot robot) throws Exception {
        ArticlePage shellPage = new ArticlePage(PageOptions.preview().withPageScripts(false));
        load(robot, shellPage.render(ArticleView.ofMarkdown("")));
        String content = shellPage.renderContent(ArticleView.ofMarkdown("Inline $x^2$ and\n\n$$\n\\int_0^1 f\n$$\n"));
        robot.interact(() -> {
            view.getEngine().executeScript(Assets.katexScript());
            view.getEngine().executeScript(Assets.typesetScript());
            JSObject window = (JSObject) view.getEngine().executeScript("window");
            window.setMember("newContent", content);
            view.getEngine().executeScript("document.getElementById('content').innerHTML = window.newContent;"
                    + " window.mastheadTypeset(document.getElementById('content'));");
        });
        waitUntil(() -> number("document.querySelectorAll('.math .katex').length") == 2);
        waitUntil(() -> width("KaTeX_Main") != width("NoSuchFontXYZ"));
        // the same content again (the preview after an edit elsewhere): typeset from the cache
        robot.interact(() -> view.getEngine().executeScript("document.getElementById('content').innerHTML = window.newContent;"
                + " window.mastheadTypeset(document.getElementById('content'));"));
        assertThat(number("document.querySelectorAll('.math .katex').length")).isEqualTo(2);
        assertThat(script("document.querySelector('.math.inline').getAttribute('data-tex')")).isEqualTo("x^2");
    }

    @Test
    void exportedPageTypesetsToo(FxRobot robot) throws Exception {
        String page = new ArticlePage(PageOptions.export())
                .render(ArticleView.ofMarkdown("Euler: $e^{i\\pi} + 1 = 0$\n\n$$\n\\nabla \\cdot \\mathbf{B} = 0\n$$\n"));
        load(robot, page);
        waitUntil(() -> number("document.querySelectorAll('.math .katex').length") == 2);
    }

    @Test
    void remoteImageIsNotRequested(FxRobot robot) throws Exception {
        String page = new ArticlePage(PageOptions.preview())
                .render(ArticleView.ofMarkdown("![tracker](https://example.invalid/pixel.png)"));
        load(robot, page);
        assertThat(number("document.images.length")).isZero();
        assertThat(script("document.querySelector('.blocked-image').textContent")).isEqualTo("tracker");
    }

    /** KaTeX's complaints on the page: parse errors, and unknown commands (drawn in its error colour). */
    private String katexProblems() throws Exception {
        return script("Array.prototype.filter.call(document.querySelectorAll('.katex-error, .katex span'),"
                + " function (e) { return e.classList.contains('katex-error') || /^(#cc0000|rgb\\(204, 0, 0\\))$/.test(e.style.color); })"
                + ".map(function (e) { return (e.getAttribute('title') || '') + ' ' + e.textContent; }).join(' | ')");
    }

    private void load(FxRobot robot, String html) throws Exception {
        robot.interact(() -> view.getEngine().loadContent(html));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> view.getEngine().getLoadWorker().getState()).get()
                == Worker.State.SUCCEEDED);
    }

    private int number(String js) throws Exception {
        Object value = WaitForAsyncUtils.asyncFx(() -> view.getEngine().executeScript(js)).get();
        return value instanceof Number n ? n.intValue() : -1;
    }

    /** Width of sample text in {@code family}, falling back to monospace when the font did not load. */
    private double width(String family) throws Exception {
        Object value = WaitForAsyncUtils.asyncFx(() -> view.getEngine().executeScript(
                "(function(){var s=document.createElement('span');s.style.font='40px " + family + ", monospace';"
                + "s.textContent='mmmiiiWWW';document.body.appendChild(s);var w=s.getBoundingClientRect().width;"
                + "s.remove();return w;})()")).get();
        return ((Number) value).doubleValue();
    }

    private String script(String js) throws Exception {
        return String.valueOf(WaitForAsyncUtils.asyncFx(() -> view.getEngine().executeScript(js)).get());
    }
}
