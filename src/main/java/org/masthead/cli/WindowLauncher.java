package org.masthead.cli;

import java.nio.file.Path;

/**
 * Starts the window and returns when it closes. The command line is given one by the composition
 * root ({@code org.masthead.App}), so that this package never links against JavaFX and commands
 * such as {@code --version} run with no display.
 */
@FunctionalInterface
public interface WindowLauncher {
    /** Opens the window on {@code folder}, or on the remembered folder when it is null. */
    void launch(Path folder) throws Exception;

    /** For a command line built without the window: opening it is refused with a message. */
    WindowLauncher NONE = folder -> {
        throw new IllegalStateException("the window is not part of this build");
    };
}
