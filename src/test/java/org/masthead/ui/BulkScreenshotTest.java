package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.content.PngImage;
import org.masthead.session.FolderTableModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Makes the README's screenshot of a batch preview and checks that it is a whole PNG of the
 * dialog. It goes to {@code target/screenshots}, or where asked:
 * {@code mvn -o test -Dtest=BulkScreenshotTest -Dmasthead.screenshots=docs}.
 */
@ExtendWith(ApplicationExtension.class)
class BulkScreenshotTest {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @Test
    void batchPreview(FxRobot robot) throws Exception {
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        BulkEditWindowTest.select(robot, table, List.of("how-does-a-hash-table-handle-collisions.md",
                "how-does-utf8-encode-characters-as-bytes.md", "how-do-you-balance-a-chemical-equation.md"));
        BulkEditWindowTest.setValue(robot, "seo.title", "Worked answers | Masthead Samples");
        waitUntil(() -> robot.lookup("#diff-rows").tryQuery().isPresent());
        Scene scene = robot.lookup("#batch-preview").query().getScene();
        robot.interact(() -> {
            scene.getWindow().setWidth(1200);
            scene.getWindow().setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        Path dir = Path.of(System.getProperty("masthead.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve("screenshot-bulk.png");
        Files.write(file, PngImage.encode(width, height, pixels));
        byte[] png = Files.readAllBytes(file);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(java.nio.ByteBuffer.wrap(png, 16, 4).getInt()).isEqualTo((int) scene.getWidth());
        BulkEditWindowTest.clickButton(robot, "Cancel");
    }
}
