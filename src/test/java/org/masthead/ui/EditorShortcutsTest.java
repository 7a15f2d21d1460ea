package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EditorShortcutsTest {
    private EditorPane editor;

    @Start
    void start(Stage stage) {
        editor = new EditorPane();
        stage.setScene(new Scene(new StackPane(editor.node()), 500, 300));
        stage.show();
    }

    private CodeArea loaded(FxRobot robot, String text, int from, int to) {
        CodeArea area = editor.area();
        robot.interact(() -> {
            editor.load(text, true);
            area.requestFocus();
            area.selectRange(from, to);
        });
        return area;
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void ctrlBMakesTheSelectionBold(FxRobot robot) {
        CodeArea area = loaded(robot, "make this bold", 10, 14);
        press(robot, KeyCode.B);
        assertThat(area.getText()).isEqualTo("make this **bold**");
        assertThat(area.getSelectedText()).isEqualTo("bold");
        assertThat(editor.editedProperty().get()).isTrue();
    }

    @Test
    void ctrlIWithNoSelectionInsertsAPlaceholderToTypeOver(FxRobot robot) {
        CodeArea area = loaded(robot, "x ", 2, 2);
        press(robot, KeyCode.I);
        assertThat(area.getText()).isEqualTo("x *italic*");
        robot.write("soft");
        assertThat(area.getText()).isEqualTo("x *soft*");
    }

    @Test
    void ctrlKTurnsTheSelectionIntoALinkAndSelectsTheUrl(FxRobot robot) {
        CodeArea area = loaded(robot, "see docs now", 4, 8);
        press(robot, KeyCode.K);
        assertThat(area.getText()).isEqualTo("see [docs](https://) now");
        robot.write("https://example.org");
        assertThat(area.getText()).isEqualTo("see [docs](https://example.org) now");
    }

    @Test
    void shortcutsDoNothingInAReadOnlyEditor(FxRobot robot) {
        CodeArea area = editor.area();
        robot.interact(() -> {
            editor.load("read only", false);
            area.requestFocus();
            area.selectRange(0, 4);
        });
        press(robot, KeyCode.B);
        assertThat(area.getText()).isEqualTo("read only");
    }
}
