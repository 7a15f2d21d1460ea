package org.masthead.ui;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Keeps JavaFX from repainting the whole window on a pulse that changes nothing it can see.
 *
 * <p>When a pulse has nodes to synchronise but none of them leaves a region to repaint (a CSS
 * pass with no visible effect, bounds that come out as they were), Prism finds no dirty region
 * and paints the entire window. While typing in a long article that happened on one pulse in four
 * or five; with the software renderer one such paint of this window took 40-180 ms, and the FX
 * thread waited for it at the next pulse (docs/benchmarks.md, "Editing").
 *
 * <p>The guard is a transparent one-pixel square in the window's corner, changed in every pulse
 * for {@link #ACTIVE_NANOS} after each key or scroll. Every such pulse then has a one-pixel dirty
 * region, so Prism paints only what changed. A change asks for another pulse, so the guard stops
 * once the input has: an idle window stays idle.
 */
final class RepaintGuard {
    static final long ACTIVE_NANOS = 1_000_000_000L;

    // two fills that paint the same, told apart by identity: setting one marks the square changed
    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private static final Color ALSO_CLEAR = new Color(0, 0, 0, 0);

    private final Rectangle square = new Rectangle(1, 1, CLEAR);
    // System.nanoTime() may be any value, even negative: start already expired rather than at 0
    private long activeUntil = System.nanoTime();
    private long changes;

    RepaintGuard(Scene scene, Pane host) {
        square.setId("repaint-guard");
        square.setManaged(false);
        square.setMouseTransparent(true);
        square.setFocusTraversable(false);
        host.getChildren().add(square);
        scene.addEventFilter(KeyEvent.ANY, this::input);
        scene.addEventFilter(ScrollEvent.ANY, this::input);
        scene.addPostLayoutPulseListener(this::pulse);
    }

    private void input(Event event) {
        activeUntil = System.nanoTime() + ACTIVE_NANOS;
    }

    private void pulse() {
        if (System.nanoTime() - activeUntil < 0) {
            square.setFill(square.getFill() == CLEAR ? ALSO_CLEAR : CLEAR);
            changes++;
        }
    }

    /** How many pulses the square was changed in: for tests. */
    long changes() {
        return changes;
    }
}
