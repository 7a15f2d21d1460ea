package org.masthead.ui;

import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.content.PngImage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Makes the README's screenshots of the writing aids, only when asked:
 * {@code mvn -o test -Dtest=WriterScreenshotsTest -Dmasthead.screenshots=docs}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "masthead.screenshots", matches = ".+")
class WriterScreenshotsTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        stage.setWidth(1400);
        stage.setHeight(860);
        window.openFolder(folder);
    }

    @Test
    void writingAids(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "how-does-a-hash-table-handle-collisions.md");
        CodeArea area = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.interact(() -> {
            area.replaceText(0, 0, "## Chaining\n\n![Buckets holding linked lists](images/chaining.png)\n\n"
                    + "- each bucket holds a list\n- a lookup walks the list\n\n## Open addressing\n\n");
            robot.lookup("#fields-tabs").queryAs(TabPane.class).getSelectionModel().select(1);
            window.find();
            robot.lookup("#find-field").queryAs(TextField.class).setText("bucket");
        });
        waitUntil(() -> !robot.lookup("#status-counts").queryLabeled().getText().startsWith("0 words"));
        shoot(robot, "screenshot-writing.png");
        robot.interact(window::toggleTheme);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "screenshot-dark.png");
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        Path dir = Path.of(System.getProperty("masthead.screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), PngImage.encode(width, height, pixels));
    }
}
