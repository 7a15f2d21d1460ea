package org.masthead.ui;

import java.nio.file.Path;

/** Starts the JavaFX application; called by name from the command line. */
public final class Launcher {
    private Launcher() {
    }

    public static void launch(Path folder) {
        throw new UnsupportedOperationException("window not built yet");
    }
}
