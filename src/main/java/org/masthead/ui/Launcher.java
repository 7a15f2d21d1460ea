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
        Application.launch(MastheadApp.class);
    }
}
