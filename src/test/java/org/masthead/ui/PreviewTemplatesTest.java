package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.document.Document;
import org.masthead.session.Pages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview shows a generator's template syntax as labelled blocks, with their inner Markdown rendered. */
@ExtendWith(ApplicationExtension.class)
class PreviewTemplatesTest {
    private static final Pages PAGES = new Pages();
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane();
        stage.setScene(new Scene(new StackPane(preview.node()), 800, 600));
        stage.show();
    }

    @Test
    void aShortcodeIsALabelledBlockWithItsMarkdownRendered(FxRobot robot) throws Exception {
        show(robot, """
                Intro {{< new-in 0.120 >}} text.

                {{< note title="Before you start" >}}
                Install **Go** first.
                {{< /note >}}

                {{< code-toggle file=hugo >}}
                baseURL = 'https://example.org/'
                title = 'My site'
                {{< /code-toggle >}}

                > [!TIP]
                > Done :tada:
                """);
        waitUntil(() -> number("document.querySelectorAll('#content .template').length") == 2);
        String note = "document.querySelectorAll('#content .template')[0]";
        assertThat(eval(note + ".querySelector('.template-name').textContent")).isEqualTo("note");
        assertThat(eval(note + ".querySelector('.template-args').textContent")).isEqualTo("title=\"Before you start\"");
        assertThat(eval(note + ".querySelector('.template-body p strong').textContent")).isEqualTo("Go");
        // drawn as a box of its own, not run into a paragraph
        assertThat(eval("getComputedStyle(" + note + ").borderTopStyle")).isEqualTo("dashed");
        assertThat(eval("getComputedStyle(" + note + ").display")).isEqualTo("block");
        String toggle = "document.querySelectorAll('#content .template')[1]";
        assertThat(eval(toggle + ".querySelector('.template-name').textContent")).isEqualTo("code-toggle");
        assertThat(eval(toggle + ".querySelector('pre code').textContent"))
                .isEqualTo("baseURL = 'https://example.org/'\ntitle = 'My site'\n");
        assertThat(eval("document.querySelector('#content .template-chip .template-name').textContent")).isEqualTo("new-in");
        assertThat(eval("document.querySelector('#content .markdown-alert-tip .markdown-alert-title').textContent")).isEqualTo("Tip");
        assertThat(String.valueOf(eval("document.getElementById('content').innerText"))).doesNotContain("{{", "[!TIP]", ":tada:");
    }

    private void show(FxRobot robot, String markdown) throws Exception {
        Document doc = Document.parse("a.md", ("---\ntitle: T\n---\n" + markdown).getBytes(StandardCharsets.UTF_8));
        Pages.Preview page = PAGES.article(doc, Path.of("/tmp/a.md"), false, false);
        robot.interact(() -> preview.show(page.shellUrl(), page.content()));
    }

    private int number(String js) throws Exception {
        Object value = eval(js);
        return value instanceof Number n ? n.intValue() : -1;
    }

    private Object eval(String js) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.engine().executeScript(js)).get();
    }
}
