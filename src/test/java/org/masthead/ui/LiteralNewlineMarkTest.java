package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.io.InputStream;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.document.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a reference article, a typed backslash-n that will read back as a line break is marked and explained. */
@ExtendWith(ApplicationExtension.class)
class LiteralNewlineMarkTest {
    private static final String PID = "/org/masthead/document/newlines/how-does-a-pid-controller-work-and-what-are-its-components.md";

    private EditorPane editor;

    @Start
    void start(Stage stage) {
        editor = new EditorPane();
        Scene scene = new Scene(new StackPane(editor.node()), 700, 500);
        scene.getStylesheets().add(Resources.url("masthead.css"));
        stage.setScene(scene);
        stage.show();
    }

    private static String referenceMarkdown() throws Exception {
        try (InputStream in = LiteralNewlineMarkTest.class.getResourceAsStream(PID)) {
            return Document.parse("pid.md", in.readAllBytes()).markdown();
        }
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private boolean marked(CodeArea area, int offset) throws Exception {
        return onFx(() -> area.getStyleAtPosition(offset + 1).contains("literal-newline"));
    }

    @Test
    void aTypedPathInAReferenceArticleIsMarkedExplainedAndKept(FxRobot robot) throws Exception {
        String markdown = referenceMarkdown();
        CodeArea area = editor.area();
        robot.interact(() -> {
            editor.highlighter().markLiteralNewlines(true);
            editor.load(markdown, true);
        });
        waitUntil(() -> onFx(editor.highlighter()::wholeHighlights) >= 1);
        assertThat(onFx(editor.highlighter()::marks)).as("the article as stored reads back as it is").isEmpty();
        int at = markdown.indexOf("\n\n") + 2;
        robot.interact(() -> area.insertText(at, "```\ncd C:\\new\n```\n\n"));
        int backslash = at + "```\ncd C:".length();
        waitUntil(() -> marked(area, backslash));
        assertThat(onFx(() -> area.getStyleAtPosition(backslash - 1))).doesNotContain("literal-newline");
        assertThat(onFx(() -> editor.highlighter().explanationAt(backslash + 1))).get().asString()
                .contains("line break").contains("cd C:\u23ceew");
        assertThat(onFx(() -> area.getText(backslash - 2, backslash + 5))).isEqualTo("C:\\new\n");

        Bounds box = onFx(() -> area.getCharacterBoundsOnScreen(backslash, backslash + 2).orElseThrow());
        robot.moveTo(new Point2D(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2));
        waitUntil(() -> onFx(() -> editor.highlighter().explanationTooltip().isShowing()));
        assertThat(onFx(() -> editor.highlighter().explanationTooltip().getText())).contains("cd C:\u23ceew");
    }

    @Test
    void typingBeforeAMarkKeepsItOnItsCharacters(FxRobot robot) throws Exception {
        CodeArea area = editor.area();
        String text = "Intro.\n\nprintf(\"hello\\n\");\n";
        robot.interact(() -> {
            editor.highlighter().markLiteralNewlines(true);
            editor.load(text, true);
        });
        int mark = text.indexOf("\\n\"");
        waitUntil(() -> marked(area, mark));
        int moved = mark + "New first words. ".length();
        // asked in the same FX task as the edit, before any restyling: the mark has moved with its characters
        java.util.List<Boolean> found = onFx(() -> {
            area.insertText(0, "New first words. ");
            return java.util.List.of(editor.highlighter().explanationAt(moved).isPresent(),
                    editor.highlighter().explanationAt(mark).isPresent());
        });
        assertThat(found).containsExactly(true, false);
        waitUntil(() -> marked(area, moved) && !marked(area, mark));
    }

    @Test
    void aPlainMarkdownBodyKeepsItsBackslashNUnmarked(FxRobot robot) throws Exception {
        CodeArea area = editor.area();
        String text = "```\ncd C:\\new\n```\n";
        robot.interact(() -> {
            editor.highlighter().markLiteralNewlines(false);
            editor.load(text, true);
        });
        waitUntil(() -> onFx(editor.highlighter()::wholeHighlights) >= 1
                && onFx(() -> area.getStyleAtPosition(5)).contains("md-fence"));
        assertThat(onFx(() -> area.getStyleAtPosition(text.indexOf("\\new") + 1))).doesNotContain("literal-newline");
        assertThat(onFx(editor.highlighter()::marks)).isEmpty();
    }
}
