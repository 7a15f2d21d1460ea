package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File > Duplicate, Delete and Open Recent; View > Fields and Outline; Help > Keyboard Shortcuts.
 * File > Rename/Move is a folder-wide change: {@link RenameMoveWindowTest}.
 */
@ExtendWith(ApplicationExtension.class)
class FileCommandsWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Stage stage;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    private static MenuItem menuItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> all = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            all.addAll(menu.getItems());
        }
        return all.stream().filter(i -> i.getText() != null && text.equals(i.getText().replace("_", ""))).findFirst().orElseThrow();
    }

    /** Fires a menu item whose dialog waits for an answer: later, so the test thread can give it. */
    private static void fireLater(FxRobot robot, String text) {
        MenuItem item = menuItem(robot, text);
        Platform.runLater(item::fire);
    }

    /** Clicks the dialog's button once it is shown; the scene is looked through on the FX thread, which is changing it. */
    private static void clickDialogButton(FxRobot robot, String text) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Button> button = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            robot.interact(() -> button.set(robot.lookup(".dialog-pane .button")
                    .match((Button b) -> b.getText().equals(text)).tryQuery().map(Button.class::cast).orElse(null)));
            return button.get() != null;
        });
        robot.clickOn(button.get());
    }

    @Test
    void duplicateOpensAByteForByteCopy(FxRobot robot) throws Exception {
        Path file = FxTestSupport.openArticle(robot, stage, ARTICLE).path();
        robot.interact(() -> menuItem(robot, "Duplicate").fire());
        String copyName = ARTICLE.replace(".md", "-copy.md");
        waitUntil(() -> stage.getTitle().equals(copyName + " — Masthead"));
        assertThat(Files.readAllBytes(folder.resolve(copyName))).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void deleteAsksWithoutATrashThenRemovesTheFileFromDiskAndList(FxRobot robot) throws Exception {
        Path file = FxTestSupport.openArticle(robot, stage, ARTICLE).path();
        fireLater(robot, "Delete…");
        clickDialogButton(robot, "OK");
        waitUntil(() -> !Files.exists(file));
        waitUntil(() -> robot.lookup("#article-list").queryTableView().getItems().stream()
                .noneMatch(i -> ((org.masthead.session.ArticleItem) i).path().equals(file)));
        waitUntil(() -> !stage.getTitle().contains(ARTICLE));
    }

    @Test
    void theFormCanBeCollapsedAndComesBack(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        CheckMenuItem fields = (CheckMenuItem) robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-show-fields".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            fields.setSelected(false);
            fields.fire();
        });
        assertThat(robot.lookup("#fields-tabs").tryQuery()).as("collapsed").isEmpty();
        robot.interact(() -> {
            fields.setSelected(true);
            fields.fire();
        });
        assertThat(robot.lookup("#fields-tabs").query().isVisible()).isTrue();
    }

    @Test
    void keyboardShortcutsListEveryAcceleratorOfTheMenus(FxRobot robot) throws Exception {
        robot.interact(() -> menuItem(robot, "Keyboard Shortcuts").fire());
        waitUntil(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        List<String> shown = robot.lookup("#shortcuts .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<String> accelerators = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getDisplayText()).toList();
        assertThat(accelerators).hasSizeGreaterThan(15);
        assertThat(shown).containsAll(accelerators);
        assertThat(shown).anyMatch(t -> t.endsWith("› Save"));
    }

    @Test
    void openRecentListsTheFolderOpened(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        robot.interact(file::show);
        Menu recent = (Menu) file.getItems().stream().filter(i -> "menu-open-recent".equals(i.getId()))
                .findFirst().orElseThrow();
        waitUntil(() -> recent.getItems().stream().anyMatch(i -> i.getText().equals(folder.toAbsolutePath().toString())));
        robot.interact(file::hide);
    }
}
