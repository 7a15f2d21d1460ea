package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens on the screen whatever was saved, and saves its bounds in device pixels. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private final Settings settings = FxTestSupport.freshSettings();
    private double scale;
    private Rectangle2D screen;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        scale = Screen.getPrimary().getOutputScaleX();
        screen = Screen.getPrimary().getVisualBounds();
        // saved wider than this screen and partly off its left edge, its centre on the screen
        settings.setWindowBounds(new Settings.WindowBounds((screen.getMinX() - 50) * scale, 10 * scale,
                screen.getWidth() * scale * 1.2, 450 * scale));
        MainWindow window = new MainWindow(stage, settings, new EditJournal(Files.createDirectories(temp.resolve("j"))));
        window.show();
    }

    @Test
    void opensInsideTheScreenAndSavesDevicePixels(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getWidth()).isEqualTo(screen.getWidth());
        assertThat(stage.getScene().getHeight()).isEqualTo(450);
        assertThat(stage.getX()).isEqualTo(screen.getMinX());
        assertThat(stage.getY()).isEqualTo(10);
        robot.interact(() -> {
            stage.setX(screen.getMinX() + 5);
            stage.setWidth(640);
        });
        waitUntil(() -> stage.getScene().getWidth() == 640);
        robot.interact(stage::close);
        waitUntil(() -> !stage.isShowing());
        assertThat(settings.windowBounds()).contains(new Settings.WindowBounds((screen.getMinX() + 5) * scale,
                10 * scale, 640 * scale, 450 * scale));
    }
}
