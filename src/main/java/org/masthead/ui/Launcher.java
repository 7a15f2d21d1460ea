package org.masthead.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application; called by name from the command line so the CLI never links JavaFX. */
public final class Launcher {
    private Launcher() {
    }

    /** Opens the window on {@code folder} (or the remembered/default folder when null) and returns when it closes. */
    public static void launch(Path folder) {
        MastheadApp.initialFolder = folder;
        // JavaFX warns when loaded from the class path, which the single jar does on purpose.
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl").setLevel(java.util.logging.Level.SEVERE);
        Application.launch(MastheadApp.class);
    }
}
