package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.content.PngImage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Makes the README's screenshots of the writing aids, in light and dark, and checks that each is a
 * whole PNG of the window. They go to {@code target/screenshots}, or where asked:
 * {@code mvn -o test -Dtest=WriterScreenshotsTest -Dmasthead.screenshots=docs}.
 */
@ExtendWith(ApplicationExtension.class)
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
        for (String name : new String[] {"screenshot-writing.png", "screenshot-dark.png"}) {
            byte[] png = Files.readAllBytes(folder().resolve(name));
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            // width and height, big-endian, in the IHDR chunk: the whole window, not a blank stub
            int width = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
            assertThat((double) width).isEqualTo(stage.getScene().getWidth());
        }
    }

    private static Path folder() {
        return Path.of(System.getProperty("masthead.screenshots", "target/screenshots"));
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        Path dir = folder();
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), PngImage.encode(width, height, pixels));
    }
}
