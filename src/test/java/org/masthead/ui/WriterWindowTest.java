package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.document.BodyStats;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The writing aids of the window: status bar, outline, find's count, zoom, red rows, whole labels. */
@ExtendWith(ApplicationExtension.class)
class WriterWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        Files.writeString(folder.resolve("broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    private CodeArea editorWith(FxRobot robot, String text) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        CodeArea area = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.interact(() -> {
            area.replaceText(text);
            area.requestFocus();
        });
        return area;
    }

    private static <T> T fx(Callable<T> value) throws Exception {
        return WaitForAsyncUtils.asyncFx(value).get();
    }

    @Test
    void theStatusBarCountsWordsCharactersReadingTimeAndShowsTheCaret(FxRobot robot) throws Exception {
        CodeArea area = editorWith(robot, "# Title\n\nOne two three");
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        // Title, One, two, three; 7 + 13 characters beside the two line breaks
        waitUntil(() -> counts.getText().equals("4 words · 20 characters · 1 min read"));
        robot.interact(() -> area.moveTo(2, 4));
        assertThat(robot.lookup("#status-caret").queryAs(Label.class).getText()).isEqualTo("Ln 3, Col 5");
        robot.interact(() -> area.appendText(" four"));
        waitUntil(() -> counts.getText().startsWith("5 words · 25 characters"));
    }

    @Test
    void theOutlineJumpsToAHeadingAndFollowsTheCaret(FxRobot robot) throws Exception {
        CodeArea area = editorWith(robot, "# One\ntext\n## Two\nmore\nmore\n## Three\nend");
        robot.clickOn("#outline-tab");
        @SuppressWarnings("unchecked")
        ListView<BodyStats.Heading> outline = robot.lookup("#outline").queryAs(ListView.class);
        waitUntil(() -> outline.getItems().size() == 3);
        assertThat(outline.getItems()).extracting(BodyStats.Heading::text).containsExactly("One", "Two", "Three");
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof BodyStats.Heading h && h.text().equals("Three")).queryAs(Node.class));
        waitUntil(() -> area.getCurrentParagraph() == 5);
        assertThat(area.getCaretColumn()).isZero();
        robot.interact(() -> area.moveTo(3, 1));
        waitUntil(() -> outline.getSelectionModel().getSelectedItem() != null
                && outline.getSelectionModel().getSelectedItem().text().equals("Two"));
        assertThat(area.getCurrentParagraph()).as("following the caret does not move it").isEqualTo(3);
    }

    @Test
    void findCountsMatchesStepsBothWaysAndHonoursItsOptions(FxRobot robot) throws Exception {
        CodeArea area = editorWith(robot, "cat Cat cat concat");
        robot.interact(() -> area.moveTo(0));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField find = robot.lookup("#find-field").queryAs(TextField.class);
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        robot.interact(() -> find.setText("cat"));
        assertThat(count.getText()).isEqualTo("1 of 4");
        robot.clickOn("#find-next");
        assertThat(count.getText()).isEqualTo("2 of 4");
        robot.clickOn("#find-previous");
        robot.clickOn("#find-previous");
        assertThat(count.getText()).as("back from the first wraps to the last").isEqualTo("4 of 4");
        assertThat(area.getSelection().getStart()).isEqualTo(15);
        robot.interact(() -> fxCheck(robot, "#find-word", true));
        assertThat(count.getText()).endsWith(" of 3");
        robot.interact(() -> fxCheck(robot, "#find-case", true));
        assertThat(count.getText()).endsWith(" of 2");
        robot.interact(() -> {
            fxCheck(robot, "#find-word", false);
            fxCheck(robot, "#find-case", false);
            fxCheck(robot, "#find-regex", true);
            find.setText("c[aeiou]t\\b");
        });
        // cat, Cat, cat and the end of concat; "cot" would match too, "ct" not
        assertThat(count.getText()).endsWith(" of 4");
        for (Button button : robot.lookup(".find-bar .button").queryAllAs(Button.class)) {
            Text shown = (Text) button.lookup(".text");
            assertThat(shown.getText()).as("button %s shows its whole text", button.getId()).isEqualTo(button.getText());
        }
        robot.interact(find::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".find-bar").query().isVisible()).isFalse();
    }

    private static void fxCheck(FxRobot robot, String id, boolean on) {
        robot.lookup(id).queryAs(CheckBox.class).setSelected(on);
    }

    @Test
    void replaceAllIsOneUndoableChange(FxRobot robot) throws Exception {
        CodeArea area = editorWith(robot, "a cat, a cat");
        robot.interact(() -> {
            window.find();
            robot.lookup("#find-field").queryAs(TextField.class).setText("cat");
            robot.lookup("#replace-field").queryAs(TextField.class).setText("dog");
        });
        robot.clickOn("#replace-all");
        assertThat(area.getText()).isEqualTo("a dog, a dog");
        robot.interact(window::undo);
        assertThat(area.getText()).isEqualTo("a cat, a cat");
    }

    private static double editorFontSize(CodeArea area) {
        return area.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getFont().getSize())
                .findFirst().orElseThrow();
    }

    @Test
    void zoomReachesTheEditorFromCtrlEqualsAndTheKeypad(FxRobot robot) throws Exception {
        CodeArea area = editorWith(robot, "some text to measure");
        double before = fx(() -> editorFontSize(area));
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> editorFontSize(area) > before);
        double once = fx(() -> editorFontSize(area));
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        waitUntil(() -> editorFontSize(area) > once);
        robot.interact(() -> window.zoom(0));
        waitUntil(() -> editorFontSize(area) == before);
    }

    @Test
    void aFileThatDoesNotParseIsARedRowWithItsErrorAsTooltip(FxRobot robot) throws Exception {
        // another row is picked, as the selected row is drawn in the selection's colours
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        // read on the FX thread in one go: the list's rows are reused for other articles as batches arrive
        FxTestSupport.waitUntilOnFx(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .filter(WriterWindowTest::isBroken).anyMatch(WriterWindowTest::drawnAsBroken));
        FxTestSupport.waitUntilOnFx(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getItem() instanceof ArticleItem item && !item.hasProblem()
                        && r.lookup(".table-cell .text") instanceof Text t && t.getFill() instanceof Color plain
                        && plain.getRed() < plain.getGreen() + 0.3));
    }

    /** Red text, the problem class, and the article's parse error as its tooltip, naming the file. */
    private static boolean drawnAsBroken(Node node) {
        TableRow<?> row = (TableRow<?>) node;
        ArticleItem item = (ArticleItem) row.getItem();
        return row.getTooltip() != null && row.getTooltip().getText().equals(item.problem())
                && item.problem().contains("broken.md") && row.getStyleClass().contains("problem")
                && row.lookup(".table-cell .text") instanceof Text text && text.getFill() instanceof Color fill
                && fill.getRed() > fill.getGreen() + 0.3;
    }

    private static boolean isBroken(Node node) {
        return node instanceof TableRow<?> row && row.getItem() instanceof ArticleItem item && item.hasProblem();
    }

    @Test
    void formLabelsShowTheirWholeKey(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        robot.interact(() -> stage.setWidth(900));
        waitUntil(() -> !robot.lookup(".field-label").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = robot.lookup(".field-label").queryAllAs(Label.class).stream().toList();
        for (Label label : labels) {
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as("label %s", label.getId()).isEqualTo(label.getText());
            assertThat(label.getTooltip().getText()).startsWith(label.getId().substring("label-".length()));
        }
        assertThat(labels).extracting(Label::getText).contains("page_description");
    }

    @Test
    void datesInTheListShowInFullEvenZoomed(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        robot.interact(() -> {
            window.zoom(1.1);
            window.zoom(1.1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.TableCell<?, ?>> dates = robot.lookup(".table-cell").queryAll().stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "Date".equals(c.getTableColumn().getText())
                        && c.getText() != null && !c.getText().isEmpty()).toList();
        assertThat(dates).isNotEmpty();
        for (javafx.scene.control.TableCell<?, ?> cell : dates) {
            waitUntil(() -> ((Text) cell.lookup(".text")).getText().equals(cell.getText()));
        }
    }
}
