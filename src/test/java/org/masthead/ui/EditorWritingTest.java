package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.session.EditHistory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enter continues lists, Tab indents their items, and the right-click menu edits the text. */
@ExtendWith(ApplicationExtension.class)
class EditorWritingTest {
    private EditorPane editor;
    private TextField field;
    private final List<EditHistory.TextStep> steps = new ArrayList<>();

    @Start
    void start(Stage stage) {
        editor = new EditorPane();
        editor.setOnChange(steps::add);
        field = new TextField("form value");
        field.setId("a-field");
        field.setContextMenu(editor.contextMenus().forField(field));
        stage.setScene(new Scene(new VBox(field, editor.node()), 500, 300));
        stage.show();
    }

    private CodeArea loaded(FxRobot robot, String text) {
        CodeArea area = editor.area();
        robot.interact(() -> {
            editor.load(text, true);
            area.requestFocus();
            area.moveTo(text.length());
        });
        return area;
    }

    @Test
    void enterContinuesABulletedListAndEndsItOnAnEmptyItem(FxRobot robot) {
        CodeArea area = loaded(robot, "Shopping:\n- apples");
        robot.type(KeyCode.ENTER);
        assertThat(area.getText()).isEqualTo("Shopping:\n- apples\n- ");
        robot.write("pears");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        assertThat(area.getText()).isEqualTo("Shopping:\n- apples\n- pears\n");
        robot.type(KeyCode.ENTER);
        assertThat(area.getText()).as("outside a list Enter is a plain line break")
                .isEqualTo("Shopping:\n- apples\n- pears\n\n");
    }

    @Test
    void enterNumbersTheNextItemAndContinuesTasksAndQuotes(FxRobot robot) {
        CodeArea area = loaded(robot, "1. first");
        robot.type(KeyCode.ENTER).write("second");
        assertThat(area.getText()).isEqualTo("1. first\n2. second");
        area = loaded(robot, "- [x] done");
        robot.type(KeyCode.ENTER);
        assertThat(area.getText()).isEqualTo("- [x] done\n- [ ] ");
        area = loaded(robot, "> quoted");
        robot.type(KeyCode.ENTER);
        assertThat(area.getText()).isEqualTo("> quoted\n> ");
    }

    @Test
    void aContinuationIsOneChangeOfTheText(FxRobot robot) {
        loaded(robot, "- a");
        steps.clear();
        robot.type(KeyCode.ENTER);
        assertThat(steps).containsExactly(new EditHistory.TextStep(3, "", "\n- "));
    }

    @Test
    void tabAndShiftTabIndentListItemsOnly(FxRobot robot) {
        CodeArea area = loaded(robot, "- item");
        robot.type(KeyCode.TAB);
        assertThat(area.getText()).isEqualTo("  - item");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(area.getText()).isEqualTo("- item");
        area = loaded(robot, "plain");
        robot.type(KeyCode.TAB);
        assertThat(area.getText()).as("elsewhere Tab does what it did").isEqualTo("plain\t");
    }

    private List<String> shownItems(FxRobot robot) throws Exception {
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof ContextMenu c && c.isShowing()));
        ContextMenu menu = (ContextMenu) robot.listWindows().stream()
                .filter(w -> w instanceof ContextMenu c && c.isShowing()).findFirst().orElseThrow();
        return menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
    }

    @Test
    void theEditorsContextMenuCopiesPastesAndFormats(FxRobot robot) throws Exception {
        CodeArea area = loaded(robot, "make this bold");
        robot.interact(() -> area.selectRange(10, 14));
        requestMenu(robot, area);
        assertThat(shownItems(robot)).containsSubsequence("Cut", "Copy", "Paste", "Select All", "Bold", "Italic",
                "Link");
        robot.clickOn("#context-copy");
        String copied = fxValue(robot, () -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).isEqualTo("bold");
        robot.interact(() -> area.selectRange(10, 14));
        requestMenu(robot, area);
        shownItems(robot);
        robot.clickOn("#context-bold");
        assertThat(area.getText()).isEqualTo("make this **bold**");
    }

    @Test
    void aFormFieldsContextMenuOffersTheClipboardCommands(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("pasted ");
            Clipboard.getSystemClipboard().setContent(content);
            field.requestFocus();
            field.positionCaret(0);
        });
        requestMenu(robot, field);
        assertThat(shownItems(robot)).containsSubsequence("Cut", "Copy", "Paste", "Select All");
        robot.clickOn("#context-paste");
        assertThat(field.getText()).startsWith("pasted ").endsWith("form value");
    }

    @Test
    void contributorsAddTheirItemsForThePlaceClicked(FxRobot robot) throws Exception {
        List<Integer> asked = new ArrayList<>();
        editor.contextMenus().addContributor((target, offset) -> {
            asked.add(offset);
            return List.of(new MenuItem("Suggestion"));
        });
        CodeArea area = loaded(robot, "teh word");
        robot.interact(() -> area.moveTo(2));
        requestMenu(robot, area);
        assertThat(shownItems(robot).get(0)).isEqualTo("Suggestion");
        assertThat(asked).isNotEmpty();
    }

    /** What a right click (or the menu key) sends; the headless robot's click does not make one. */
    private static void requestMenu(FxRobot robot, javafx.scene.Node node) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            javafx.geometry.Point2D local = node.screenToLocal(b.getMinX() + 20, b.getMinY() + 10);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getMinX() + 20, b.getMinY() + 10, false, null));
        });
    }

    private static <T> T fxValue(FxRobot robot, java.util.concurrent.Callable<T> value) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(value).get();
    }
}
