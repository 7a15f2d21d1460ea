package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Highlighting a long text: a paragraph typed in is restyled alone when that cannot change others. */
@ExtendWith(ApplicationExtension.class)
class EditorHighlightTest {
    private EditorPane editor;

    @Start
    void start(Stage stage) {
        editor = new EditorPane();
        stage.setScene(new Scene(new StackPane(editor.node()), 600, 400));
        stage.show();
    }

    /** Over the editor's whole-text limit: parts with headings, lists, emphasis, fences and display math. */
    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int n = 0; text.length() < 150_000; n++) {
            text.append("## Part ").append(n).append("\n\nText ").append(n).append(" with **bold**, *soft* and $x_")
                    .append(n).append("$.\n\n- item ").append(n).append("\n\n```\ncode ").append(n).append("\n```\n\n$$\na_")
                    .append(n).append("\n$$\n\n");
        }
        return text.toString();
    }

    /** Each character's style, paragraph by paragraph, over the paragraphs on screen. */
    private static List<String> visibleStyles(CodeArea area, StyleSpans<Collection<String>> whole) {
        List<String> styles = new ArrayList<>();
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        for (int p = first; p <= last; p++) {
            StringBuilder line = new StringBuilder();
            StyleSpans<Collection<String>> spans = whole == null ? area.getStyleSpans(p)
                    : whole.subView(area.getAbsolutePosition(p, 0), area.getAbsolutePosition(p, area.getParagraphLength(p)));
            for (StyleSpan<Collection<String>> span : spans) {
                line.append(String.valueOf(span.getStyle()).repeat(span.getLength()));
            }
            styles.add(p + ": " + line);
        }
        return styles;
    }

    private <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private boolean styledLikeTheWholeText(CodeArea area) throws Exception {
        return onFx(() -> visibleStyles(area, null).equals(visibleStyles(area, MarkdownStyler.style(area.getText()))));
    }

    private CodeArea loadedAtPart(FxRobot robot, String text, int part) throws Exception {
        CodeArea area = editor.area();
        robot.interact(() -> {
            editor.load(text, true);
            area.moveTo(text.indexOf("## Part " + part + "\n"));
            area.requestFollowCaret();
        });
        waitUntil(() -> onFx(editor.highlighter()::wholeHighlights) >= 1 && styledLikeTheWholeText(area));
        return area;
    }

    @Test
    void plainTypingRestylesOnlyItsParagraphs(FxRobot robot) throws Exception {
        String text = longText();
        CodeArea area = loadedAtPart(robot, text, 500);
        long whole = onFx(editor.highlighter()::wholeHighlights);
        long paragraphs = onFx(editor.highlighter()::paragraphHighlights);
        robot.interact(() -> {
            area.insertText(text.indexOf("## Part 500\n") + "## Part 500".length(), " and more");
            int item = area.getText().indexOf("- item 500\n") + "- item 500".length();
            area.insertText(item, " with **strong** and _soft_ words");
        });
        waitUntil(() -> onFx(editor.highlighter()::paragraphHighlights) > paragraphs);
        assertThat(styledLikeTheWholeText(area)).isTrue();
        assertThat(onFx(() -> area.getStyleAtPosition(area.getText().indexOf("strong**") + 1))).containsExactly("md-strong");
        assertThat(onFx(editor.highlighter()::wholeHighlights)).as("the whole text is not styled again").isEqualTo(whole);
    }

    @Test
    void typingInsideAFenceKeepsItAFence(FxRobot robot) throws Exception {
        String text = longText();
        CodeArea area = loadedAtPart(robot, text, 700);
        long whole = onFx(editor.highlighter()::wholeHighlights);
        int code = text.indexOf("code 700\n") + "code 700".length();
        robot.interact(() -> area.insertText(code, " *not emphasis*"));
        waitUntil(() -> onFx(editor.highlighter()::wholeHighlights) > whole && styledLikeTheWholeText(area));
        assertThat(onFx(() -> area.getStyleAtPosition(code + 3))).containsExactly("md-fence");
    }

    @Test
    void typingAFenceRestylesTheWholeText(FxRobot robot) throws Exception {
        String text = longText();
        CodeArea area = loadedAtPart(robot, text, 900);
        long whole = onFx(editor.highlighter()::wholeHighlights);
        int at = text.indexOf("Text 900 ");
        // opens a fence that runs to the next fence line: the following lines change style too
        robot.interact(() -> area.insertText(at, "```\n"));
        waitUntil(() -> onFx(editor.highlighter()::wholeHighlights) > whole && styledLikeTheWholeText(area));
        assertThat(onFx(() -> area.getStyleAtPosition(area.getText().indexOf("- item 900") + 2))).containsExactly("md-fence");
    }

    @Test
    void scrollingAfterTypingStylesWhatComesIntoViewFromTheTextAsItIs(FxRobot robot) throws Exception {
        String text = longText();
        CodeArea area = loadedAtPart(robot, text, 300);
        long paragraphs = onFx(editor.highlighter()::paragraphHighlights);
        robot.interact(() -> area.insertText(text.indexOf("- item 300\n") + "- item 300".length(), " typed"));
        waitUntil(() -> onFx(editor.highlighter()::paragraphHighlights) > paragraphs);
        long whole = onFx(editor.highlighter()::wholeHighlights);
        // far below what the load styled: those paragraphs have no styles yet
        robot.interact(() -> area.showParagraphAtTop(area.offsetToPosition(text.indexOf("## Part 1200\n"),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        waitUntil(() -> onFx(editor.highlighter()::wholeHighlights) > whole && styledLikeTheWholeText(area));
    }
}
