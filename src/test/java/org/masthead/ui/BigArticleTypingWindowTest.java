package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;
import static org.masthead.ui.FxTestSupport.waitUntilOnFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.bench.EditingArticles;
import org.masthead.document.Document;
import org.masthead.testing.TestCorpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 1 MB article opens in the window and takes typing: every key typed into the middle of it is
 * in the file saved, and nothing else changed. Both kinds of long article: the reference format's
 * Markdown kept encoded on one line of the front matter, and a plain Markdown body.
 */
@ExtendWith(ApplicationExtension.class)
class BigArticleTypingWindowTest {
    private static final String TYPED = " typed into a megabyte, key by key";

    @TempDir
    Path temp;

    private Stage stage;
    private Path reference;
    private Path plain;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path quicktakes = TestCorpus.vendored().resolve("quicktakes");
        List<String> answers = EditingArticles.answers(quicktakes);
        Path template;
        try (Stream<Path> files = Files.list(quicktakes)) {
            template = files.filter(p -> p.toString().endsWith(".md"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        reference = Files.write(temp.resolve("reference-1mb.md"),
                EditingArticles.referenceMegabyte(Files.readString(template), answers));
        plain = Files.write(temp.resolve("plain-1mb.md"), EditingArticles.plainMegabyte(answers));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(temp);
    }

    @Test
    void everyKeyTypedIntoAOneMegabyteAnswerIsSaved(FxRobot robot) throws Exception {
        typeInTheMiddleAndSave(robot, reference);
    }

    @Test
    void everyKeyTypedIntoAOneMegabyteBodyIsSaved(FxRobot robot) throws Exception {
        typeInTheMiddleAndSave(robot, plain);
    }

    private void typeInTheMiddleAndSave(FxRobot robot, Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        assertThat(original.length).isGreaterThan(900_000);
        Document before = Document.parse(file);
        String markdown = before.markdown();
        FxTestSupport.openArticle(robot, stage, file.getFileName().toString());
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntilOnFx(() -> editor.getLength() == markdown.length());

        // the end of the paragraph nearest the middle; the caret is put there again while the
        // window may still be settling the article it opened
        int at = markdown.indexOf("\n\n", markdown.length() / 2);
        waitUntilOnFx(() -> {
            if (editor.getCaretPosition() != at || !editor.isFocused()) {
                editor.moveTo(at);
                editor.requestFollowCaret();
                editor.requestFocus();
                return false;
            }
            return true;
        });
        robot.write(TYPED);
        waitUntilOnFx(() -> editor.getLength() == markdown.length() + TYPED.length());
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.getText(at, at + TYPED.length())).get()).isEqualTo(TYPED);
        assertThat(stage.getTitle()).startsWith("• ");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        String expected = markdown.substring(0, at) + TYPED + markdown.substring(at);
        byte[] saved = Files.readAllBytes(file);
        // lengths and the first byte that differs: a failure names them instead of printing a megabyte
        assertThat(saved.length).isEqualTo(original.length + TYPED.getBytes(StandardCharsets.UTF_8).length);
        assertThat(Arrays.mismatch(saved, before.withMarkdown(expected).toBytes())).isEqualTo(-1);
    }
}
