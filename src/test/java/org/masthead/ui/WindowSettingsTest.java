package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.session.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowSettingsTest {
    @TempDir
    Path temp;

    private final Settings settings = FxTestSupport.freshSettings();

    @Start
    void start(Stage stage) {
    }

    @Test
    void theWindowRemembersItsSizeSplitsZoomThemeAndFolder(FxRobot robot) throws Exception {
        Stage[] stages = new Stage[2];
        MainWindow[] windows = new MainWindow[2];
        robot.interact(() -> {
            stages[0] = new Stage();
            windows[0] = new MainWindow(stages[0], settings);
            windows[0].show();
            windows[0].openFolder(temp);
            stages[0].setWidth(1000);
            stages[0].setHeight(700);
        });
        robot.interact(() -> {
            SplitPane main = (SplitPane) stages[0].getScene().lookup("#main-split");
            main.setDividerPositions(0.3, 0.7);
            ((SplitPane) stages[0].getScene().lookup("#editing-split")).setDividerPositions(0.55);
            windows[0].zoom(1.1);
            windows[0].toggleTheme();
        });
        robot.interact(() -> stages[0].hide());

        robot.interact(() -> {
            stages[1] = new Stage();
            windows[1] = new MainWindow(stages[1], settings);
            windows[1].show();
        });
        SplitPane main = (SplitPane) stages[1].getScene().lookup("#main-split");
        assertThat(main.getDividerPositions()[0]).isCloseTo(0.3, within(0.02));
        assertThat(main.getDividerPositions()[1]).isCloseTo(0.7, within(0.02));
        assertThat(((SplitPane) stages[1].getScene().lookup("#editing-split")).getDividerPositions()[0]).isCloseTo(0.55, within(0.02));
        assertThat(stages[1].getScene().getWidth()).isCloseTo(stages[0].getScene().getWidth(), within(1.0));
        assertThat(windows[1].isDarkTheme()).isTrue();
        assertThat(stages[1].getScene().getRoot().getStyle()).contains("-fx-font-size: 14px");
        assertThat(settings.lastFolder()).contains(temp.toAbsolutePath());
        robot.interact(() -> stages[1].hide());
    }
}
