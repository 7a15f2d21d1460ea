package org.masthead.ui;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.masthead.session.ClassWarmup;

/** Starts the JavaFX application; the composition root hands this to the command line. */
public final class Launcher {
    // Held here because java.util.logging keeps loggers weakly; a collected logger forgets its level.
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    /** The classes the FX thread loads to build the window and paint its first rows, beside this class. */
    static final String WARM_CLASSES = "warm-classes.txt";

    private Launcher() {
    }

    /** Opens the window on {@code folder} (or the remembered/default folder when null) and returns when it closes. */
    public static void launch(Path folder) {
        // JavaFX warns when loaded from the class path, which the single jar does on purpose.
        JAVAFX_LOG.setLevel(Level.SEVERE);
        // The window's classes are loaded, and the folder read, while JavaFX starts and the window is built.
        warmUp();
        FolderPrefetch.start(folder);
        Application.launch(MastheadApp.class, folder == null ? new String[0]
                : new String[] {"--" + MastheadApp.FOLDER + "=" + folder.toAbsolutePath()});
    }

    /** Starts loading the window's classes on a thread of their own; done before JavaFX starts. */
    public static void warmUp() {
        ClassWarmup.start(Launcher.class, WARM_CLASSES);
    }
}
