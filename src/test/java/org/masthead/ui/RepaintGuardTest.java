package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
    // The guard's count at every pulse: the timer asks for a pulse each frame, so pulses go on while the test waits.
    private final List<Long> countAtEachPulse = new CopyOnWriteArrayList<>();
    private AnimationTimer pulses;

    @Start
    void start(Stage stage) {
        field = new TextField();
        StackPane root = new StackPane(field);
        Scene scene = new Scene(root, 300, 100);
        guard = new RepaintGuard(scene, root);
        square = (Rectangle) root.lookup("#repaint-guard");
        stage.setScene(scene);
        stage.show();
        pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                countAtEachPulse.add(guard.changes());
            }
        };
        pulses.start();
    }

    @AfterEach
    void stopPulses() throws Exception {
        WaitForAsyncUtils.asyncFx(pulses::stop).get();
    }

    /** The last {@code count} pulses left the square alone. */
    private boolean restingFor(int count) {
        List<Long> seen = List.copyOf(countAtEachPulse);
        return seen.size() >= count && seen.subList(seen.size() - count, seen.size()).stream().distinct().count() == 1;
    }

    private long changes() throws Exception {
        return WaitForAsyncUtils.asyncFx(guard::changes).get();
    }

    @Test
    void changesTheSquareInEveryPulseWhileKeysComeAndStopsAfter(FxRobot robot) throws Exception {
        // no input: pulses leave the square alone
        waitUntil(() -> restingFor(20));
        long idle = changes();

        robot.clickOn(field).write("abc");
        waitUntil(() -> changes() >= idle + 10);
        assertThat(field.getText()).isEqualTo("abc");

        // a second after the last key the guard rests, so an idle window is not repainted; the wait fails if it never does
        waitUntil(() -> restingFor(20));
        assertThat(changes()).isGreaterThanOrEqualTo(idle + 10);
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
