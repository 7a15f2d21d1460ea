package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * WebKit's native library, loaded off the FX thread before the preview's first WebView needs it.
 * From a jar, JavaFX inflates the 80 MB library and hashes it on every start before loading it:
 * seconds of one core, which the first {@code new WebView()} would otherwise spend on the FX thread
 * while the list waits to paint. Later WebViews find the library loaded and start at once.
 */
final class WebKitLibrary {
    private static volatile boolean loaded;
    private final Background background;
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean started;

    /** For one window, whose background loads the library unless another window's did. */
    WebKitLibrary(Background background) {
        this.background = background;
    }

    /**
     * Starts loading the library once {@code scene} has laid out what the FX thread did so far (the
     * first rows of the list), so that the load's core goes to the list until then; then runs
     * {@code action} as {@link #whenLoadedAndPainted} does.
     */
    void loadAfterPaint(Scene scene, Runnable action) {
        if (loaded || started || scene == null) {
            whenLoadedAndPainted(action);
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                whenLoadedAndPainted(action);
            }
        });
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} once the library is loaded and the window has had a moment to paint, so
     * that WebKit's start-up (seconds on the FX thread) never delays the first frames.
     */
    void whenLoadedAndPainted(Runnable action) {
        whenLoaded(() -> {
            PauseTransition later = new PauseTransition(Duration.millis(100));
            later.setOnFinished(e -> action.run());
            later.play();
        });
    }

    /** Runs {@code action} on the FX thread once the library is loaded (at once when it is). Call on the FX thread. */
    void whenLoaded(Runnable action) {
        if (loaded) {
            action.run();
            return;
        }
        waiting.add(action);
        if (!started) {
            // JavaFX's loader is synchronized and loads once: a second window's load waits for the first.
            started = true;
            background.lane("masthead-webkit").run(WebKitLibrary::load, ok -> {
                loaded = true;
                List<Runnable> ready = List.copyOf(waiting);
                waiting.clear();
                ready.forEach(Platform::runLater);
            });
        }
    }

    /**
     * Loads the library as WebKit's own start would. JavaFX's loader takes one lock for every load,
     * even of a library loaded already, and holds it while it inflates and hashes WebKit; the
     * renderer's first effect loads the effects library through it. So the effects' native side is
     * set up first, and the renderer never waits behind WebKit's seconds. The loader is internal:
     * where the modules keep it out of reach (a jlink image), nothing is loaded here and the first
     * WebView loads the library itself, as before.
     */
    private static boolean load() {
        try {
            Class.forName("com.sun.scenario.effect.impl.sw.sse.SSERendererDelegate");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // no software effects on this platform: nothing for the renderer to wait for either
        }
        try {
            Class.forName("com.sun.glass.utils.NativeLibLoader").getMethod("loadLibrary", String.class)
                    .invoke(null, "jfxwebkit");
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
