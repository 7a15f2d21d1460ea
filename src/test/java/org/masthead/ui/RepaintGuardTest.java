package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RepaintGuardTest {
    private RepaintGuard guard;
    private TextField field;
    private Rectangle square;

    @Start
    void start(Stage stage) {
        field = new TextField();
        StackPane root = new StackPane(field);
        Scene scene = new Scene(root, 300, 100);
        guard = new RepaintGuard(scene, root);
        square = (Rectangle) root.lookup("#repaint-guard");
        stage.setScene(scene);
        stage.show();
    }

    private long changes() throws Exception {
        return WaitForAsyncUtils.asyncFx(guard::changes).get();
    }

    @Test
    void changesTheSquareInEveryPulseWhileKeysComeAndStopsAfter(FxRobot robot) throws Exception {
        Thread.sleep(300);
        long idle = changes();
        Thread.sleep(300);
        assertThat(changes()).as("no input, no extra pulses").isEqualTo(idle);

        robot.clickOn(field).write("abc");
        waitUntil(() -> changes() >= idle + 10);
        assertThat(field.getText()).isEqualTo("abc");

        // a second after the last key the guard rests, so an idle window is not repainted
        Thread.sleep(RepaintGuard.ACTIVE_NANOS / 1_000_000 + 300);
        long rested = changes();
        Thread.sleep(400);
        assertThat(changes()).isEqualTo(rested);
    }

    @Test
    void theSquareCannotBeSeenOrClicked() {
        assertThat(square.getWidth()).isEqualTo(1);
        assertThat(square.getHeight()).isEqualTo(1);
        assertThat(((Color) square.getFill()).getOpacity()).isZero();
        assertThat(square.isMouseTransparent()).isTrue();
        assertThat(square.isManaged()).isFalse();
    }
}
